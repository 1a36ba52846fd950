/** A failure the CLI reports in one line, with its exit code (2: usage, 1: anything else). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
