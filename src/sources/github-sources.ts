import { errorMessage } from '../error-message.js';
import { isFullSha } from '../git-sha.js';
import { commitSha, httpStatus, type GitHubClient } from '../github/octokit.js';
import { isQuotaRefusal } from '../github/api-quota.js';
import { canonicalName, nameKey } from '../names/repo-name.js';
import { failureRecord, successRecord, type StatsRecord } from '../stats/record.js';
import { SourceError } from '../stats/source-error.js';
import { commitOfArchive } from '../stats/archive-commit.js';
import { archiveStats, type ArchiveLimits } from './archive-stats.js';
import type { ComputeOptions, HeadCheck, SourceProvider } from './source-provider.js';

/**
 * How tarballs are fetched: `api`, one REST request each (private repositories too); `archive`,
 * the server's source-archive URLs (public repositories only, no API quota); `auto`, archive URLs
 * first and the API for what they do not serve.
 */
export type DownloadMode = 'auto' | 'api' | 'archive';
export const DOWNLOAD_MODES: readonly DownloadMode[] = ['auto', 'api', 'archive'];

function splitName(repo: string): { owner: string; repo: string } {
  const [owner, name] = repo.split('/') as [string, string];
  return { owner, repo: name };
}

/**
 * The repository an archive came from, by the URL its download ended at: GitHub redirects a
 * renamed or moved repository's old name to the new one, and serves its archives from
 * `…/OWNER/REPO/tar.gz/REF`, `…/OWNER/REPO/legacy.tar.gz/REF` or `…/OWNER/REPO/archive/REF.tar.gz`.
 */
function servedName(finalUrl: string): string | null {
  let path: string;
  try {
    path = new URL(finalUrl).pathname;
  } catch {
    return null;
  }
  const match = /\/([^/]+)\/([^/]+)\/(?:legacy\.tar\.gz|tar\.gz|archive)\/[^/]/.exec(path);
  return match ? canonicalName(`${decodeURIComponent(match[1]!)}/${decodeURIComponent(match[2]!)}`) : null;
}

/** The new name, when the archive of `repo` came from another repository name. */
function renameOf(repo: string, finalUrl: string): { renamed: string } | Record<string, never> {
  const served = servedName(finalUrl);
  return served !== null && nameKey(served) !== nameKey(repo) ? { renamed: served } : {};
}

/** The record of a downloaded archive: its stats, or a definite failure of the archive itself. */
async function recordOf(repo: string, body: ReadableStream<Uint8Array>, finalUrl: string, limits: ArchiveLimits): Promise<StatsRecord> {
  const rename = renameOf(repo, finalUrl);
  try {
    const result = await archiveStats(body, repo, limits);
    return { ...successRecord(repo, commitOfArchive(result), result.stats), ...rename };
  } catch (error) {
    if (error instanceof SourceError) return { ...failureRecord(repo, null, error.message), ...rename };
    throw error;
  }
}

/** A definite answer about `repo` in an API error (gone, hidden, blocked), or null for one worth another try. */
function definiteFailure(repo: string, error: unknown): string | null {
  const status = httpStatus(error);
  if (status === 404 || status === 422) return `repository ${repo} not found (or not visible with this token)`;
  if (status === 451) return `repository ${repo} is unavailable for legal reasons`;
  if (status === 410) return `repository ${repo} is gone`;
  if (status === 403 && !isQuotaRefusal(error) && !/rate limit/i.test(errorMessage(error))) return `access to ${repo} refused: ${errorMessage(error)}`;
  return null;
}

/** Tarballs through the REST API: one request each, the commit read from the archive itself. */
class ApiTarballs {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly limits: ArchiveLimits,
  ) {}

  async compute(repo: string, options: ComputeOptions): Promise<StatsRecord> {
    let response;
    try {
      response = await this.octokit.request(options.commit ? 'GET /repos/{owner}/{repo}/tarball/{ref}' : 'GET /repos/{owner}/{repo}/tarball', {
        ...splitName(repo),
        ...(options.commit ? { ref: options.commit } : {}),
        request: { parseSuccessResponseBody: false, signal: options.signal },
      });
    } catch (error) {
      const failure = definiteFailure(repo, error);
      if (failure === null) throw error;
      return failureRecord(repo, null, failure);
    }
    return recordOf(repo, response.data as unknown as ReadableStream<Uint8Array>, response.url, this.limits);
  }
}

/** What a source-archive URL answered, when it gave no archive: nothing there, a refusal (the site's rate limit), or no answer. */
type ArchiveRefusal = 'not-found' | 'refused' | { unreachable: string };

/** Tarballs from the server's source-archive URLs: no API quota, public repositories only. */
class ArchiveUrls {
  constructor(
    private readonly serverUrl: string,
    private readonly fetch: typeof globalThis.fetch,
    private readonly limits: ArchiveLimits,
  ) {}

  async compute(repo: string, options: ComputeOptions): Promise<StatsRecord | ArchiveRefusal> {
    const url = `${this.serverUrl.replace(/\/+$/, '')}/${repo}/archive/${options.commit ?? 'HEAD'}.tar.gz`;
    let response: Response;
    try {
      response = await this.fetch(url, { signal: options.signal, redirect: 'follow' });
    } catch (error) {
      if (options.signal.aborted) throw error;
      // fetch says only "fetch failed": why (no such host, refused, TLS) is in its cause.
      const cause = (error as { cause?: unknown } | null)?.cause;
      const reason = cause === undefined ? errorMessage(error) : `${errorMessage(error)}: ${errorMessage(cause)}`;
      return { unreachable: reason.includes(url) ? reason : `${reason} (${url})` };
    }
    if (response.status === 404) return 'not-found';
    if (response.status === 403 || response.status === 429) return 'refused';
    if (!response.ok || !response.body) return { unreachable: `HTTP ${response.status} from ${url}` };
    return recordOf(repo, response.body, response.url, this.limits);
  }
}

export interface GitHubSourcesOptions {
  octokit: GitHubClient;
  /** The web root, e.g. https://github.com, for source-archive URLs. */
  serverUrl: string;
  download: DownloadMode;
  limits: ArchiveLimits;
  /** fetch for the archive URLs (with the run's request timeout). */
  fetch: typeof globalThis.fetch;
}

/** Sources from GitHub, by the chosen download mode; refresh's head checks are free conditional requests. */
export class GitHubSources implements SourceProvider {
  private readonly api: ApiTarballs;
  private readonly archives: ArchiveUrls;
  /** Once the archive URLs refuse (the site's own rate limit), `auto` uses the API for the rest of the run. */
  private archivesRefused = false;

  constructor(private readonly options: GitHubSourcesOptions) {
    this.api = new ApiTarballs(options.octokit, options.limits);
    this.archives = new ArchiveUrls(options.serverUrl, options.fetch, options.limits);
  }

  /** What the next datum costs: the API's tarball request, or nothing while the archive URLs serve. */
  get apiRequestsPerDatum(): number {
    const { download } = this.options;
    return download === 'api' || (download === 'auto' && this.archivesRefused) ? 1 : 0;
  }

  async compute(repo: string, options: ComputeOptions): Promise<StatsRecord> {
    const { download } = this.options;
    if (download === 'api' || (download === 'auto' && this.archivesRefused)) return this.api.compute(repo, options);
    const result = await this.archives.compute(repo, options);
    if (typeof result === 'object' && 'repo' in result) return result;
    if (result === 'refused') this.archivesRefused = true;
    if (download === 'auto') return this.api.compute(repo, options);
    if (result === 'refused') throw new Error(`${this.options.serverUrl} refused the archive of ${repo} (rate limited)`);
    if (result !== 'not-found') throw new Error(result.unreachable);
    return failureRecord(
      repo,
      null,
      `repository ${repo} not found, or not public (archive downloads serve public repositories only; download through the API with a token that can read it)`,
    );
  }

  async headMoved(repo: string, commit: string | null, signal: AbortSignal): Promise<HeadCheck> {
    // Without a full SHA there is nothing to compare: compute it again.
    if (!commit || !isFullSha(commit)) return { moved: true, head: null };
    try {
      // A conditional request: 304 means unchanged, and does not count against the quota.
      const head = await commitSha(this.options.octokit, splitName(repo), 'HEAD', commit, signal);
      return head === commit ? { moved: false } : { moved: true, head };
    } catch (error) {
      if (httpStatus(error) === 304) return { moved: false };
      // Gone or hidden: computing it records that answer. Anything else may pass: the caller keeps the record.
      if (definiteFailure(repo, error) !== null) return { moved: true, head: null };
      throw error;
    }
  }
}
