import { json, notFound, repositoryEmpty, unprocessable, type Reply } from '../http.js';
import { isEmpty, isFullSha, isPlainRefName, readRef } from '../refs.js';
import type { Repo } from '../repos.js';
import { optionalBoolean, requiredString } from '../request-body.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { refShape } from '../shapes.js';

/** The commit a request names by its full sha; refs here point at commits only. */
async function existingCommit(repo: Repo, sha: string): Promise<string> {
  const commit = isFullSha(sha) ? await repo.git.peel(sha, 'commit') : null;
  if (!commit) throw unprocessable('Object does not exist');
  return commit;
}

async function currentRef(repo: Repo, ref: string): Promise<string | null> {
  return isPlainRefName(ref) ? readRef(repo, ref) : null;
}

async function getRef({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  const ref = `refs/${params.ref}`;
  const sha = await currentRef(repo, ref);
  if (sha) return json(200, refShape(baseUrl, repo, ref, sha));
  throw (await isEmpty(repo)) ? repositoryEmpty() : notFound();
}

async function matchingRefs({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  if (await isEmpty(repo)) throw repositoryEmpty();
  const prefix = `refs/${params.ref ?? ''}`;
  const refs = (await repo.git.forEachRef('refs/')).filter(({ ref }) => ref.startsWith(prefix));
  return json(
    200,
    refs.map(({ ref, sha }) => refShape(baseUrl, repo, ref, sha)),
  );
}

async function createRef({ repo, body, baseUrl }: RouteContext): Promise<Reply> {
  const ref = requiredString(body, 'ref');
  if (!/^refs\/[^/]+\/./.test(ref)) throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
  if (!isPlainRefName(ref)) throw unprocessable(`${ref} is not a valid ref name.`);
  const sha = await existingCommit(repo, requiredString(body, 'sha'));
  return repo.refUpdates.run(async () => {
    if (await readRef(repo, ref)) throw unprocessable('Reference already exists');
    await repo.git.updateRef(ref, sha, null);
    return json(201, refShape(baseUrl, repo, ref, sha));
  });
}

/** A compare-and-swap under the repository's ref lock: two racing fast-forwards cannot both win. */
async function updateRef({ repo, params, body, baseUrl }: RouteContext): Promise<Reply> {
  const ref = `refs/${params.ref}`;
  const requested = requiredString(body, 'sha');
  const force = optionalBoolean(body, 'force');
  return repo.refUpdates.run(async () => {
    const current = await currentRef(repo, ref);
    if (!current) throw unprocessable('Reference does not exist');
    const sha = await existingCommit(repo, requested);
    if (!force && !(await repo.git.isAncestor(current, sha))) throw unprocessable('Update is not a fast forward');
    await repo.git.updateRef(ref, sha, current);
    return json(200, refShape(baseUrl, repo, ref, sha));
  });
}

async function deleteRef({ repo, params }: RouteContext): Promise<Reply> {
  const ref = `refs/${params.ref}`;
  return repo.refUpdates.run(async () => {
    const current = await currentRef(repo, ref);
    if (!current) throw unprocessable('Reference does not exist');
    await repo.git.deleteRef(ref, current);
    return { status: 204 };
  });
}

export const refRoutes: Route[] = [
  repoRoute('GET', '/git/ref/(?<ref>.+)', getRef),
  repoRoute('GET', '/git/matching-refs/(?<ref>.*)', matchingRefs),
  repoRoute('POST', '/git/refs', createRef),
  repoRoute('PATCH', '/git/refs/(?<ref>.+)', updateRef),
  repoRoute('DELETE', '/git/refs/(?<ref>.+)', deleteRef),
];
