import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { parseTree, TREE_MODE, writeLooseObject } from './object-format.js';
import { ObjectReader, type ObjectType } from './object-reader.js';
import { spawnThroughHelper, startThroughHelper } from '../spawner.js';

export type { ObjectType } from './object-reader.js';

/** Who made a commit. `date` is anything git accepts (ISO 8601 included); absent means now. */
export interface Identity {
  name: string;
  email: string;
  date?: string;
}

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** Bytes, for blobs only. */
  size?: number;
  path: string;
}

export interface BatchObject {
  sha: string;
  type: ObjectType;
  content: Buffer;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} exited with ${exitCode}: ${stderr.trim()}`);
  }
}

const ZERO_SHA = '0'.repeat(40);

// No user or system config: the emulator must behave the same on every machine.
const HERMETIC_ENV = {
  PATH: process.env.PATH ?? '',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  LC_ALL: 'C',
};

interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Exit codes that answer a question (e.g. "not an ancestor") rather than signal failure. */
  allowExit?: number[];
}

interface RunResult {
  stdout: Buffer;
  exitCode: number;
}

/**
 * git, hermetic, through the spawner's helper: a fork of a large jest worker costs ten times one
 * of the helper.
 */
export async function runGit(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { exitCode, stdout, stderr } = await spawnThroughHelper('git', args, { ...HERMETIC_ENV, ...options.env }, options.input);
  if (exitCode === 0 || options.allowExit?.includes(exitCode)) return { stdout, exitCode };
  throw new GitError(args, exitCode, stderr);
}

function identityEnv(role: 'AUTHOR' | 'COMMITTER', who: Identity): Record<string, string> {
  const env: Record<string, string> = { [`GIT_${role}_NAME`]: who.name, [`GIT_${role}_EMAIL`]: who.email };
  if (who.date) env[`GIT_${role}_DATE`] = who.date;
  return env;
}

/** Characters git trims from the ends of a name or an email (ident.c's crud()). */
const CRUD = /^[\x00-\x20.,:;<>"\\']|[\x00-\x20.,:;<>"\\']$/;
/** An ISO 8601 time with its offset, as GitHub's API takes it (fractions of a second are git's to read). */
const ISO_DATE = /^(\d{4})-\d\d-\d\dT\d\d:\d\d:\d\d(Z|([+-])(\d\d):?(\d\d))$/;

/**
 * `Name <email> <seconds> <+hhmm>` as commit-tree writes it, or null where git would change the name
 * or email (trimmed, refused) or read a date that is not plain ISO 8601 with an offset.
 */
function gitSignature(who: Identity): string | null {
  for (const part of [who.name, who.email]) if (part === '' || CRUD.test(part) || /[<>\n]/.test(part)) return null;
  let seconds: number;
  let offset: string;
  if (who.date === undefined) {
    seconds = Math.floor(Date.now() / 1000);
    const minutes = -new Date().getTimezoneOffset(); // git's "now" is in the local time zone
    const abs = Math.abs(minutes);
    offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  } else {
    const match = ISO_DATE.exec(who.date);
    if (!match || Number(match[1]) < 1970 || Number(match[1]) > 2099 || (match[3] === '-' && match[4] === '00' && match[5] === '00')) return null;
    offset = match[2] === 'Z' ? '+0000' : `${match[3]}${match[4]}${match[5]}`;
    seconds = Date.parse(match[2] === 'Z' ? who.date : `${who.date.slice(0, 19)}${match[3]}${match[4]}:${match[5]}`) / 1000;
    if (!Number.isInteger(seconds) || seconds < 0) return null;
  }
  return `${who.name} <${who.email}> ${seconds} ${offset}`;
}

function splitNul(output: Buffer): string[] {
  return output
    .toString('utf8')
    .split('\0')
    .filter((item) => item !== '');
}

function parseTreeLine(line: string): TreeEntry {
  const match = /^(\d+) (blob|tree|commit) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(line);
  if (!match) throw new Error(`unexpected ls-tree output: ${line}`);
  const [, mode, type, sha, size, path] = match;
  const entry: TreeEntry = { mode: mode!, type: type as TreeEntry['type'], sha: sha!, path: path! };
  if (size !== '-') entry.size = Number(size);
  return entry;
}

/**
 * Git plumbing on one bare repository: one method per git verb, never through a shell. Objects are
 * read through one long-lived `git cat-file` and written in-process as git writes loose objects;
 * everything else is a git process of its own.
 */
export class Git {
  /**
   * Answers of `peel`, so that a busy emulator spawns fewer git processes: those for a full sha
   * never change; those for a ref ('' for none) hold until this class moves a ref. (Tests move refs only
   * through the emulator, which goes through here.)
   */
  private readonly peeledShas = new Map<string, string>();
  private readonly peeledRefs = new Map<string, string>();
  /** Counts ref moves: a peel that saw one start or finish while it ran is not kept. */
  private refMoves = 0;
  /** Blob sizes by sha: a blob never changes. */
  private readonly blobSizes = new Map<string, Promise<number>>();

  private readonly reader: ObjectReader;

  constructor(readonly dir: string) {
    this.reader = new ObjectReader(dir, HERMETIC_ENV);
  }

  /** Ends the object reader's process; a later read starts it again. */
  close(): void {
    this.reader.close();
  }

  /**
   * A new bare repository, laid out as `git init --bare` lays it out but for the template's sample
   * hooks, description and info/exclude, which nothing here reads: an emulator makes one for every
   * repository a test names, and a git process each cost more than all the files.
   */
  static async initBare(dir: string, defaultBranch: string): Promise<Git> {
    if (!/^[A-Za-z0-9._/-]+$/.test(defaultBranch) || existsSync(dir)) {
      await runGit(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, dir]); // git checks the name, and keeps what is there
      return new Git(dir);
    }
    for (const folder of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags']) await mkdir(join(dir, folder), { recursive: true });
    await writeFile(join(dir, 'HEAD'), `ref: refs/heads/${defaultBranch}\n`);
    await writeFile(join(dir, 'config'), '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n');
    return new Git(dir);
  }

  static async cloneBare(source: string, dir: string): Promise<Git> {
    await runGit(['clone', '--quiet', '--bare', source, dir]);
    return new Git(dir);
  }

  private run(args: string[], options?: RunOptions): Promise<RunResult> {
    return runGit([`--git-dir=${this.dir}`, ...args], options);
  }

  private async text(args: string[], options?: RunOptions): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8').trim();
  }

  /**
   * Whether a full sha names an object of `type`: read from the object's header. (Peeling a blob
   * to its type would have git read all of it and check its hash: 100 ms for a data file of
   * 100,000 records, on each tree that names it.)
   */
  async isObjectOf(sha: string, type: ObjectType): Promise<boolean> {
    return (await this.reader.info(sha))?.type === type;
  }

  /** The sha `rev` names, peeled to `type`, or null when there is none. */
  async peel(rev: string, type: ObjectType | 'object'): Promise<string | null> {
    const key = `${rev}^{${type}}`;
    const cache = /^[0-9a-f]{40}$/.test(rev) ? this.peeledShas : rev.startsWith('refs/') ? this.peeledRefs : null;
    const known = cache?.get(key);
    if (known !== undefined) return known === '' ? null : known;
    const moves = this.refMoves;
    // A short sha is left to rev-parse: the reader may not see a loose object it once looked past.
    const sha = cache ? ((await this.reader.info(key))?.sha ?? '') : await this.text(['rev-parse', '--verify', '--quiet', key], { allowExit: [1] });
    // A ref that is missing stays missing until a ref moves (the tarball route tries
    // refs/heads/SHA and refs/tags/SHA before the sha); a missing object may yet be written.
    if (cache === this.peeledRefs && moves === this.refMoves) cache.set(key, sha);
    else if (cache === this.peeledShas && sha !== '') cache.set(key, sha);
    return sha === '' ? null : sha;
  }

  async catFile(type: ObjectType, sha: string): Promise<Buffer> {
    const object = await this.reader.contents(sha);
    if (object?.type !== type) throw new GitError(['cat-file', type, sha], 128, `fatal: ${sha} is not a ${type}`);
    return object.content;
  }

  /** Many objects, each named by its full sha. */
  async catFileBatch(shas: string[]): Promise<BatchObject[]> {
    return Promise.all(
      shas.map(async (sha) => {
        const object = await this.reader.contents(sha);
        if (!object) throw new Error(`object ${sha} is missing`);
        return { sha: object.sha, type: object.type, content: object.content };
      }),
    );
  }

  /** The sha of the object a full ref name (refs/heads/x) points at, or null. */
  async readRef(ref: string): Promise<string | null> {
    return (await this.reader.info(ref))?.sha ?? null;
  }

  /** A recursive listing is git's own (it may be 100,000 entries); one level is read in-process. */
  async lsTree(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    if (recursive) return splitNul((await this.run(['ls-tree', '-z', '-l', '-r', '-t', treeish])).stdout).map(parseTreeLine);
    const tree = await this.reader.contents(`${treeish}^{tree}`);
    if (!tree) throw new GitError(['ls-tree', treeish], 128, `fatal: not a tree object: ${treeish}`);
    return Promise.all(
      parseTree(tree.content).map(async ({ mode, name, sha }): Promise<TreeEntry> => {
        const type = mode === TREE_MODE ? 'tree' : mode === '160000' ? 'commit' : 'blob';
        const entry: TreeEntry = { mode: mode.padStart(6, '0'), type, sha, path: name };
        if (type === 'blob') entry.size = await this.blobSize(sha);
        return entry;
      }),
    );
  }

  /** A blob's size, asked of git once a blob (a tree of 100,000 entries may name one blob 100,000 times). */
  private blobSize(sha: string): Promise<number> {
    let size = this.blobSizes.get(sha);
    if (size === undefined) {
      size = this.reader.info(sha).then((info) => info!.size);
      this.blobSizes.set(sha, size);
    }
    return size;
  }

  async hashObject(content: Buffer): Promise<string> {
    return this.writeObject('blob', content);
  }

  writeObject(type: ObjectType, content: Buffer): Promise<string> {
    return writeLooseObject(this.dir, type, content);
  }

  /**
   * A commit object with the message byte for byte, as commit-tree keeps it from stdin. Written
   * in-process, as git writes it, when git would copy the signatures as they are: a run makes one
   * for every data commit, and commit-tree was a process for each. Any other signature or date
   * format is left to commit-tree itself.
   */
  async commitTree(tree: string, parents: string[], message: string, author: Identity, committer: Identity): Promise<string> {
    const signatures = [gitSignature(author), gitSignature(committer)];
    const known = await Promise.all([this.isObjectOf(tree, 'tree'), ...parents.map((parent) => this.isObjectOf(parent, 'commit'))]);
    if (signatures.includes(null) || known.includes(false)) return this.commitTreeByGit(tree, parents, message, author, committer);
    const header = [`tree ${tree}`, ...parents.map((parent) => `parent ${parent}`), `author ${signatures[0]}`, `committer ${signatures[1]}`];
    return this.writeObject('commit', Buffer.from(`${header.join('\n')}\n\n${message}`, 'utf8'));
  }

  private async commitTreeByGit(tree: string, parents: string[], message: string, author: Identity, committer: Identity): Promise<string> {
    const parentArgs = parents.flatMap((parent) => ['-p', parent]);
    return this.text(['commit-tree', tree, ...parentArgs], {
      input: message,
      env: { ...identityEnv('AUTHOR', author), ...identityEnv('COMMITTER', committer) },
    });
  }

  /** Compare-and-swap: fails unless the ref is at `oldSha` (null: must not exist). */
  async updateRef(ref: string, newSha: string, oldSha: string | null): Promise<void> {
    await this.movingRefs(() => this.moveLooseRef(ref, newSha, oldSha));
  }

  /**
   * update-ref as git does it for a loose ref, in-process: the ref's lock file taken exclusively
   * (a git process at work on it holds the same lock), the old value checked, the new one renamed
   * into place. A repository with packed refs (a clone, or a test that packed them) and a new
   * value that is not a commit are left to git itself.
   */
  private async moveLooseRef(ref: string, newSha: string, oldSha: string | null): Promise<void> {
    const args = ['update-ref', ref, newSha, oldSha ?? ZERO_SHA];
    if (existsSync(join(this.dir, 'packed-refs')) || !(await this.isObjectOf(newSha, 'commit'))) {
      await this.run(args);
      return;
    }
    const path = join(this.dir, ref);
    const refused = (why: string) => new GitError(args, 128, `fatal: cannot lock ref '${ref}': ${why}`);
    let lock: FileHandle;
    try {
      await mkdir(dirname(path), { recursive: true });
      lock = await open(`${path}.lock`, 'wx');
    } catch (error) {
      throw refused((error as Error).message);
    }
    try {
      const current = await readFile(path, 'utf8').then(
        (text) => text.trim(),
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return null;
          throw refused(error.message);
        },
      );
      if (current !== oldSha) throw refused(`is at ${current ?? 'nothing'} but expected ${oldSha ?? 'nothing'}`);
      await lock.writeFile(`${newSha}\n`);
      await lock.close();
      await rename(`${path}.lock`, path);
    } catch (error) {
      await lock.close().catch(() => {});
      await rm(`${path}.lock`, { force: true });
      throw error;
    }
  }

  async deleteRef(ref: string, oldSha: string): Promise<void> {
    await this.movingRefs(() => this.run(['update-ref', '-d', ref, oldSha]));
  }

  /** Forgets what refs pointed at, before and after `move` (a peel may run meanwhile). */
  private async movingRefs(move: () => Promise<unknown>): Promise<void> {
    this.refMoves++;
    this.peeledRefs.clear();
    try {
      await move();
    } finally {
      this.refMoves++;
      this.peeledRefs.clear();
    }
  }

  async forEachRef(prefix: string): Promise<{ ref: string; sha: string }[]> {
    const output = await this.text(['for-each-ref', '--format=%(objectname) %(refname)', prefix]);
    return output
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => ({ sha: line.slice(0, 40), ref: line.slice(41) }));
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowExit: [1] })).exitCode === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    return (await this.text(['merge-base', a, b], { allowExit: [1] })) || null;
  }

  async revList(revs: string[], options: { skip?: number; max?: number; reverse?: boolean } = {}): Promise<string[]> {
    const args = ['rev-list', `--skip=${options.skip ?? 0}`];
    if (options.max !== undefined) args.push(`--max-count=${options.max}`);
    if (options.reverse) args.push('--reverse');
    const output = await this.text([...args, ...revs, '--']);
    return output === '' ? [] : output.split('\n');
  }

  async countCommits(revs: string[]): Promise<number> {
    return Number(await this.text(['rev-list', '--count', ...revs, '--']));
  }

  /** Copies `ref` of another repository (with its objects) into this one as `target`. */
  async fetch(sourceDir: string, ref: string, target: string): Promise<void> {
    await this.movingRefs(() => this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', sourceDir, `+${ref}:${target}`]));
  }

  /** The merged tree, or null on conflict. */
  async mergeTree(base: string, head: string): Promise<string | null> {
    const { stdout, exitCode } = await this.run(['merge-tree', '--write-tree', base, head], { allowExit: [1] });
    return exitCode === 0 ? stdout.toString('utf8').split('\n')[0]!.trim() : null;
  }

  async sizeKiB(): Promise<number> {
    const counts = await this.text(['count-objects', '-v']);
    const value = (key: string): number => Number(new RegExp(`^${key}: (\\d+)$`, 'm').exec(counts)?.[1] ?? 0);
    return value('size') + value('size-pack');
  }

  /** `git archive` as a stream that errors, rather than ends short, when git fails. */
  archive(sha: string, prefix: string): Readable {
    const args = [`--git-dir=${this.dir}`, 'archive', '--format=tar', `--prefix=${prefix}`, sha];
    const child = startThroughHelper('git', args, HERMETIC_ENV, { stdin: false });
    const output = new PassThrough();
    child.stdout.pipe(output, { end: false });
    child.on('error', (error: Error) => output.destroy(error));
    child.on('close', (code: number, stderr: string) => {
      if (code === 0) output.end();
      else output.destroy(new GitError(args, code, stderr));
    });
    output.on('close', () => child.kill());
    return output;
  }
}
