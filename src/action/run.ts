import * as core from '@actions/core';

/** The action's entry: the one place that talks to @actions/core. */
export async function run(): Promise<void> {
  try {
    core.setFailed('tusk: the pipeline is not built yet');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
