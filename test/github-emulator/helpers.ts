import { gunzipSync } from 'node:zlib';
import { Octokit } from '@octokit/rest';
import { Parser, type ReadEntry } from 'tar';
import type { GitHubEmulator } from '../support/github-emulator/index.js';

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** A plain Octokit (no retries, no throttling) on the emulator. */
export function client(emulator: GitHubEmulator, auth?: string): Octokit {
  return new Octokit({ ...(auth ? { auth } : {}), baseUrl: emulator.url, log: quiet });
}

let repoCount = 0;

/** A fresh repository with a first commit on main. */
export async function freshRepo(
  emulator: GitHubEmulator,
  files: Record<string, string | Buffer> = { 'README.md': 'hello\n' },
  options: { private?: boolean } = {},
): Promise<{ owner: string; repo: string; head: string }> {
  repoCount += 1;
  const owner = 'Octo-Org';
  const repo = `Repo-${repoCount}`;
  await emulator.createRepo(owner, repo, options);
  const head = await emulator.commitFiles(owner, repo, 'main', files, 'initial\n');
  return { owner, repo, head };
}

export async function tarEntries(archive: Buffer): Promise<string[]> {
  const paths: string[] = [];
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      paths.push(entry.path);
      entry.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
    parser.end(archive);
  });
  return paths;
}

/** The top folders of a tarball's entries. */
export async function topFolders(archive: Buffer): Promise<string[]> {
  return [...new Set((await tarEntries(archive)).map((path) => path.split('/')[0]!))];
}

/** The `comment` of a tar's pax global header (the first block, type 'g'), where git archive writes the commit. */
export function paxComment(gzipped: Buffer): string | null {
  const tar = gunzipSync(gzipped);
  if (String.fromCharCode(tar[156]!) !== 'g') return null;
  const size = parseInt(tar.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim(), 8);
  const records = tar.subarray(512, 512 + size).toString('utf8');
  return /^\d+ comment=(.*)$/m.exec(records)?.[1] ?? null;
}

export async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

/** GET without following redirects. */
export function getManual(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { redirect: 'manual', headers });
}
