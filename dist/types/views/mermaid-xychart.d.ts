/**
 * A line chart as a Mermaid block, which GitHub draws in comments, job summaries and markdown
 * files. `xychart-beta` came with Mermaid 10.6: the name GitHub's Mermaid knows it by.
 */
export interface LineChart {
    title: string;
    /** The x-axis's title. */
    axis: string;
    /** One a point: short, or they overlap. */
    labels: readonly string[];
    values: readonly number[];
    /** The line's color, as `#rrggbb`. */
    color: string;
}
/** A fenced Mermaid block: one line of `values` over `labels`. */
export declare function mermaidLineChart(chart: LineChart): string;
