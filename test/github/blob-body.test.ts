/**
 * A new blob's body, made as it is sent: the same JSON as GitHub's documented one, however the
 * content is cut into pieces; sent without fetch keeping a copy of it; and still delivered to a
 * renamed repository, which GitHub answers with a redirect.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { BlobBody } from '../../src/github/blob-body.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { timedFetch } from '../../src/github/timed-fetch.js';
import { collectGarbage } from '../../src/runtime/garbage-collection.js';
import { GitHubBackend } from '../../src/store/github-backend.js';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';

async function bytesOf(body: BlobBody): Promise<Buffer> {
  const pieces: Uint8Array[] = [];
  for await (const piece of body) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** The body as JSON.stringify would write it from the whole content. */
function expectedBody(content: Buffer): string {
  return JSON.stringify({ encoding: 'base64', content: content.toString('base64') });
}

/** `content` cut at `cuts` (offsets, in any order). */
function cut(content: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (content.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i) => content.subarray(start, at[i] ?? content.length));
}

describe('a new blob body made as it is sent', () => {
  it('is the base64 JSON body of the whole content, however the content is cut into pieces, each time it is sent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(), { maxLength: 12 }), async (bytes, cuts) => {
        const content = Buffer.from(bytes);
        const body = new BlobBody(cut(content, cuts));
        const sent = await bytesOf(body);
        expect(sent.toString('latin1')).toBe(expectedBody(content));
        expect(sent.length).toBe(body.length);
        // A retry sends it again from the beginning, and a redirect's resend whole.
        expect((await bytesOf(body)).equals(sent)).toBe(true);
        expect(body.joined().equals(sent)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for content of many slices, in pieces of odd lengths', async () => {
    const content = randomBytes(9 * 1024 * 1024 + 7);
    const body = new BlobBody(cut(content, [1, 1_000_001, 5_000_002, 5_000_003]));
    expect((await bytesOf(body)).toString('latin1')).toBe(expectedBody(content));
  });

  it('is sent without fetch keeping a copy of it', async () => {
    // fetch that may follow a redirect clones the request, and the clone's body fills with all
    // that is sent. Measured at the server, in this process, as the last byte arrives, while the
    // request is still in flight.
    const content = randomBytes(48 * 1024 * 1024);
    let heldAtEnd = -1;
    let received = 0;
    const server = createServer((request, response) => {
      request.on('data', (chunk: Buffer) => (received += chunk.length));
      request.on('end', () => {
        // Collected first: what is still held then is held by someone (the pieces sent are not).
        collectGarbage('major');
        heldAtEnd = process.memoryUsage().arrayBuffers;
        response.writeHead(201, { 'content-type': 'application/json' }).end('{"sha":"0"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const body = new BlobBody([content]);
      collectGarbage('major');
      const before = process.memoryUsage().arrayBuffers;
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blobs`;
      const response = await timedFetch({ timeoutMs: 30_000 })(url, {
        method: 'POST',
        headers: { 'content-length': String(body.length) },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(201);
      expect(received).toBe(body.length);
      // The body is 64 MB: a copy would hold all of it here.
      expect(heldAtEnd - before).toBeLessThan(body.length / 2);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);

  it("reaches a renamed repository's new place, which GitHub answers a write to the old name with a redirect", async () => {
    const emulator = await GitHubEmulator.start();
    try {
      await emulator.createRepo('acme', 'old-name');
      emulator.renameRepo('acme', 'old-name', 'new-name');
      const backend = new GitHubBackend(createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {} }), 'acme', 'old-name');
      const records = [Buffer.from('{"repo":"a/b"}\n'), Buffer.from('{"repo":"c/d"}\n')];
      const written = await backend.commitFiles('tusk/main', null, [{ path: 'stats/records.jsonl', content: records }], 'data\n');
      expect(written).toEqual({ sha: expect.any(String) });
      expect(git(emulator.repoDir('acme', 'new-name'), 'show', 'tusk/main:stats/records.jsonl')).toBe('{"repo":"a/b"}\n{"repo":"c/d"}'); // git() trims the last newline
      const blobRequests = emulator.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/git/blobs'));
      expect(blobRequests.map((request) => request.status)).toEqual([307, 307, 201]);
    } finally {
      await emulator.close();
    }
  });
});
