/** How the pipeline reports what it does: the action maps it to @actions/core, the CLI to its streams. */
export interface PipelineLog {
  info(message: string): void;
  warning(message: string): void;
  /** Runs `fn` as a named phase of the log. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Called as datums finish: how many of the planned ones are done. */
  progress?(state: { done: number; total: number; failed: number; reused: number }): void;
}
