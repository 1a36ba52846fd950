import { type TrendPoint } from './trend.js';
export declare const CHART_PATH = "stats/totals.svg";
/** The chart of `points` (oldest first), as an SVG document. */
export declare function renderTotalsChart(points: readonly TrendPoint[]): string;
