import { Readable, pipeline } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { errorMessage } from '../error-message.js';
import { commitSha, httpStatus, type GitHubClient } from '../github/octokit.js';
import { failureRecord, successRecord, type StatsRecord } from '../stats/record.js';
import { SourceError } from '../stats/source-error.js';
import { tarballStats } from '../stats/tarball-stats.js';
import { sizeLimit } from './size-limit.js';
import type { SourceProvider } from './source-provider.js';

/** A tarball larger than this gives its repository a record with an error (1 GiB). */
export const DEFAULT_MAX_TARBALL_BYTES = 1024 * 1024 * 1024;

function splitName(repo: string): { owner: string; repo: string } {
  const [owner, name] = repo.split('/') as [string, string];
  return { owner, repo: name };
}

/** Why a request about `repo` failed, in words for its record. */
function describeFailure(repo: string, error: unknown): string {
  const status = httpStatus(error);
  if (status === 404 || status === 422) return `repository ${repo} not found (or not visible with this token)`;
  if (status === 451) return `repository ${repo} is unavailable for legal reasons`;
  if (status !== undefined) return `GitHub API error ${status}: ${errorMessage(error)}`;
  return errorMessage(error);
}

/**
 * Sources from GitHub: each repository's default-branch head is resolved to a commit, then its
 * tarball is streamed straight into the stats engine.
 */
export class GitHubSources implements SourceProvider {
  /** Heads `headMoved` found moved, taken by the `compute` that follows so it asks only once. */
  private readonly movedHeads = new Map<string, string>();

  constructor(
    private readonly octokit: GitHubClient,
    private readonly maxTarballBytes: number,
  ) {}

  async compute(repo: string): Promise<StatsRecord> {
    let commit: string | null = null;
    try {
      commit = this.movedHeads.get(repo) ?? (await this.headCommit(repo));
      this.movedHeads.delete(repo);
      const stream = await this.tarball(repo, commit);
      const label = `${repo}@${commit.slice(0, 7)}`;
      const tooLarge = (): Error => new SourceError(`${label}: tarball is larger than the limit of ${this.maxTarballBytes} bytes`);
      // pipeline() tears down the download when the engine stops early, and passes its errors on.
      const limited = pipeline(stream, sizeLimit(this.maxTarballBytes, tooLarge), () => {});
      const { stats } = await tarballStats(limited, repo, label);
      return successRecord(repo, commit, stats);
    } catch (error) {
      return failureRecord(repo, commit, error instanceof SourceError ? error.message : describeFailure(repo, error));
    }
  }

  async headMoved(repo: string, commit: string | null): Promise<boolean> {
    if (!commit) return true;
    try {
      // A conditional request: 304 means unchanged, and does not count against the rate limit.
      const head = await this.headCommit(repo, commit);
      if (head !== commit) this.movedHeads.set(repo, head);
      return head !== commit;
    } catch (error) {
      return httpStatus(error) !== 304;
    }
  }

  private headCommit(repo: string, knownCommit?: string): Promise<string> {
    return commitSha(this.octokit, splitName(repo), 'HEAD', knownCommit);
  }

  private async tarball(repo: string, commit: string): Promise<Readable> {
    const response = await this.octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      ...splitName(repo),
      ref: commit,
      request: { parseSuccessResponseBody: false },
    });
    return Readable.fromWeb(response.data as unknown as WebReadableStream<Uint8Array>);
  }
}
