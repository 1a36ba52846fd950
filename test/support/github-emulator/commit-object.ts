import type { Git } from './git.js';

export interface Signature {
  name: string;
  email: string;
  /** ISO 8601 in UTC, as GitHub shows it: 2024-01-02T03:04:05Z. */
  date: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  /** Byte for byte what was committed, trailers and final newline included. */
  message: string;
}

function parseSignature(value: string): Signature {
  const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(value);
  if (!match) throw new Error(`unexpected commit signature: ${value}`);
  const date = new Date(Number(match[3]) * 1000).toISOString().replace('.000Z', 'Z');
  return { name: match[1]!, email: match[2]!, date };
}

/** Parses the raw object `git cat-file commit` prints. */
export function parseCommit(sha: string, raw: Buffer): CommitObject {
  const text = raw.toString('utf8');
  const headerEnd = text.indexOf('\n\n');
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const fields = new Map<string, string[]>();
  // Continuation lines (a signature's body) start with a space and belong to the header before.
  for (const line of header.split('\n').filter((line) => !line.startsWith(' '))) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    fields.set(key, [...(fields.get(key) ?? []), line.slice(space + 1)]);
  }
  const single = (key: string): string => {
    const value = fields.get(key)?.[0];
    if (value === undefined) throw new Error(`commit ${sha} has no ${key}`);
    return value;
  };
  return {
    sha,
    tree: single('tree'),
    parents: fields.get('parent') ?? [],
    author: parseSignature(single('author')),
    committer: parseSignature(single('committer')),
    message: headerEnd < 0 ? '' : text.slice(headerEnd + 2),
  };
}

export async function readCommit(git: Git, sha: string): Promise<CommitObject> {
  return parseCommit(sha, await git.catFile('commit', sha));
}

export async function readCommits(git: Git, shas: string[]): Promise<CommitObject[]> {
  return (await git.catFileBatch(shas)).map((object) => parseCommit(object.sha, object.content));
}
