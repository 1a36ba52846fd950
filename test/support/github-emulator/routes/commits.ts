import type { IncomingHttpHeaders } from 'node:http';
import { readCommit, readCommits, type CommitObject } from '../commit-object.js';
import { json, notFound, repositoryEmpty, unprocessable, type Reply } from '../http.js';
import { linkHeaders, pageRequest } from '../pagination.js';
import { isEmpty, resolveCommit } from '../refs.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { repoCommitShape } from '../shapes.js';

function wantsSha(headers: IncomingHttpHeaders): boolean {
  return /application\/vnd\.github(\.v3)?\.sha/.test(headers.accept ?? '');
}

/** If-None-Match as clients send it: one or more tags, weak or strong, quoted or not. */
function isCached(headers: IncomingHttpHeaders, sha: string): boolean {
  const tags = (headers['if-none-match'] ?? '').split(',');
  return tags
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1'),
    )
    .includes(sha);
}

async function getCommit({ repo, params, headers, baseUrl }: RouteContext): Promise<Reply> {
  const ref = params.ref!;
  const sha = await resolveCommit(repo, ref);
  if (!sha) throw (await isEmpty(repo)) ? repositoryEmpty() : unprocessable(`No commit found for SHA: ${ref}`);
  const etag = `"${sha}"`;
  if (isCached(headers, sha)) return { status: 304, headers: { etag } };
  if (wantsSha(headers)) return { status: 200, headers: { etag, 'content-type': 'text/plain; charset=utf-8' }, raw: sha };
  return json(200, repoCommitShape(baseUrl, repo, await readCommit(repo.git, sha)), { etag });
}

/** Newest first, in `git rev-list` order, paginated with a Link header. */
async function listCommits({ repo, query, url, baseUrl }: RouteContext): Promise<Reply> {
  const ref = query.get('sha') ?? 'HEAD';
  const head = await resolveCommit(repo, ref);
  if (!head) throw (await isEmpty(repo)) ? repositoryEmpty() : notFound(`No commit found for SHA: ${ref}`);
  const page = pageRequest(query);
  const total = await repo.git.countCommits([head]);
  const shas = await repo.git.revList([head], { skip: (page.page - 1) * page.perPage, max: page.perPage });
  const commits = await readCommits(repo.git, shas);
  return json(
    200,
    commits.map((commit) => repoCommitShape(baseUrl, repo, commit)),
    linkHeaders(url, page, total),
  );
}

const COMPARE_COMMITS_LIMIT = 250;

function compareStatus(aheadBy: number, behindBy: number): string {
  if (aheadBy === 0 && behindBy === 0) return 'identical';
  if (behindBy === 0) return 'ahead';
  return aheadBy === 0 ? 'behind' : 'diverged';
}

function isPaginated(query: URLSearchParams): boolean {
  return query.has('per_page') || query.has('page');
}

/** Without pagination parameters GitHub lists the first 250 commits, oldest first. */
function compareWindow(shas: string[], query: URLSearchParams): string[] {
  if (!isPaginated(query)) return shas.slice(0, COMPARE_COMMITS_LIMIT);
  const { page, perPage } = pageRequest(query);
  return shas.slice((page - 1) * perPage, page * perPage);
}

async function compareCommits({ repo, params, query, url, baseUrl }: RouteContext): Promise<Reply> {
  const [, baseRef, headRef] = /^(.+?)\.\.\.(.+)$/.exec(params.basehead!) ?? [];
  const base = baseRef ? await resolveCommit(repo, baseRef) : null;
  const head = headRef ? await resolveCommit(repo, headRef) : null;
  if (!base || !head) throw notFound();
  const mergeBase = await repo.git.mergeBase(base, head);
  if (!mergeBase) throw notFound(`No common ancestor between ${baseRef} and ${headRef}.`);
  const aheadBy = await repo.git.countCommits([head, `^${base}`]);
  const behindBy = await repo.git.countCommits([base, `^${head}`]);
  const listed = compareWindow(await repo.git.revList([head, `^${base}`], { reverse: true }), query);
  const [baseCommit, mergeBaseCommit, ...commits] = await readCommits(repo.git, [base, mergeBase, ...listed]);
  const shape = (commit: CommitObject): object => repoCommitShape(baseUrl, repo, commit);
  const body = {
    status: compareStatus(aheadBy, behindBy),
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: aheadBy,
    base_commit: shape(baseCommit!),
    merge_base_commit: shape(mergeBaseCommit!),
    commits: commits.map(shape),
  };
  return json(200, body, isPaginated(query) ? linkHeaders(url, pageRequest(query), aheadBy) : {});
}

export const commitRoutes: Route[] = [
  repoRoute('GET', '/commits', listCommits),
  repoRoute('GET', '/commits/(?<ref>.+)', getCommit),
  repoRoute('GET', '/compare/(?<basehead>.+)', compareCommits),
];
