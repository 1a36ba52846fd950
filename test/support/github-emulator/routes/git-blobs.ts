import { json, notFound, unprocessable, type Reply } from '../http.js';
import { isFullSha } from '../refs.js';
import { optionalString, requiredString } from '../request-body.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { wrappedBase64 } from '../shapes.js';
import { BLOB_MAX_BYTES, blobTooLarge } from '../size-limits.js';

function blobUrl(baseUrl: string, fullName: string, sha: string): string {
  return `${baseUrl}/repos/${fullName}/git/blobs/${sha}`;
}

async function getBlob({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  const sha = params.sha!;
  if (!isFullSha(sha) || !(await repo.git.isObjectOf(sha, 'blob'))) throw notFound();
  const content = await repo.git.catFile('blob', sha);
  if (content.length > BLOB_MAX_BYTES) throw blobTooLarge();
  return json(200, {
    sha,
    node_id: Buffer.from(`Blob:${sha}`).toString('base64'),
    size: content.length,
    url: blobUrl(baseUrl, repo.fullName, sha),
    content: wrappedBase64(content),
    encoding: 'base64',
  });
}

function decodeContent(content: string, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(content, 'base64');
  if (encoding === 'utf-8' || encoding === 'utf8') return Buffer.from(content, 'utf8');
  throw unprocessable(`encoding must be one of: utf-8, base64 (got ${encoding})`);
}

async function createBlob({ repo, body, baseUrl }: RouteContext): Promise<Reply> {
  const content = decodeContent(requiredString(body, 'content'), optionalString(body, 'encoding') ?? 'utf-8');
  if (content.length > BLOB_MAX_BYTES) throw unprocessable(`content is too large: a blob may be at most ${BLOB_MAX_BYTES} bytes`);
  const sha = await repo.git.hashObject(content);
  return json(201, { sha, url: blobUrl(baseUrl, repo.fullName, sha) });
}

export const gitBlobRoutes: Route[] = [repoRoute('GET', '/git/blobs/(?<sha>[^/]+)', getBlob), repoRoute('POST', '/git/blobs', createBlob)];
