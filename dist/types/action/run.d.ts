/** The action's entry: the one place that talks to @actions/core. */
export declare function run(): Promise<void>;
