import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from '../lib/context.js';
import { runTimed } from '../lib/processes.js';

/** A GitHub-style tarball of the corpus: `OWNER-REPO-SHORTSHA/` holding a tree of real Go code. */
export interface Tarball {
  repo: string;
  path: string;
  gzipBytes: number;
  /** Uncompressed size (gzip's ISIZE: exact below 4 GiB). */
  tarBytes: number;
  /** For the synthetic tarball: how many copies of the Go tree it holds. */
  copies?: number;
}

/** The golang/go repository as Debian's golang-1.19-src ships it: api/, misc/, src/ (the std lib), test/. */
export const GO_TREE = '/usr/share/go-1.19';
const GOCODE = '/usr/share/gocode/src';

/** GitHub name → source tree. The Go tree is the large case; the others are libraries as Debian packages them. */
const SOURCES: Record<string, string> = {
  'golang/go': GO_TREE,
  'pkg/errors': `${GOCODE}/github.com/pkg/errors`,
  'spf13/cobra': `${GOCODE}/github.com/spf13/cobra`,
  'stretchr/testify': `${GOCODE}/github.com/stretchr/testify`,
  'golang/net': `${GOCODE}/golang.org/x/net`,
  'golang/sys': `${GOCODE}/golang.org/x/sys`,
  'golang/text': `${GOCODE}/golang.org/x/text`,
  'golang/tools': `${GOCODE}/golang.org/x/tools`,
  'gorilla/mux': `${GOCODE}/github.com/gorilla/mux`,
  'sirupsen/logrus': `${GOCODE}/github.com/sirupsen/logrus`,
  'google/go-cmp': `${GOCODE}/github.com/google/go-cmp`,
  'go-yaml/yaml': `${GOCODE}/gopkg.in/yaml.v3`,
  'prometheus/client_golang': `${GOCODE}/github.com/prometheus/client_golang`,
  'protocolbuffers/protobuf-go': `${GOCODE}/google.golang.org/protobuf`,
};

/** GitHub's top folder: `OWNER-REPO-` and 7 hex digits (here a hash of the name: stable between runs). */
function topFolder(repo: string): string {
  const sha = createHash('sha1').update(repo).digest('hex').slice(0, 7);
  return `${repo.replace('/', '-')}-${sha}`;
}

/** Deterministic archives: same bytes on every machine with the same sources and tar. */
const STABLE_TAR = ['--sort=name', '--mtime=2024-01-01 00:00Z', '--owner=0', '--group=0', '--numeric-owner'];

function describe(repo: string, path: string): Tarball {
  const fd = openSync(path, 'r');
  try {
    const gzipBytes = fstatSync(fd).size;
    const trailer = Buffer.alloc(4);
    readSync(fd, trailer, 0, 4, gzipBytes - 4);
    return { repo, path, gzipBytes, tarBytes: trailer.readUInt32LE(0) };
  } finally {
    closeSync(fd);
  }
}

/** Writes `path` through a temporary name, so an interrupted build is never taken for a corpus file. */
async function buildOnce(path: string, build: (tmp: string) => Promise<void>): Promise<void> {
  if (existsSync(path)) return;
  const tmp = `${path}.partial`;
  rmSync(tmp, { force: true });
  await build(tmp);
  renameSync(tmp, path);
}

/** The corpus tarballs, built into `.bench/corpus/` on first use (`tar czf`, gzip's default level 6). */
export async function corpus(context: BenchContext): Promise<Tarball[]> {
  mkdirSync(context.corpusDir, { recursive: true });
  const tarballs: Tarball[] = [];
  for (const [repo, tree] of Object.entries(SOURCES)) {
    if (!existsSync(tree)) throw new Error(`corpus source ${tree} is missing (install the Debian package that ships it)`);
    const path = join(context.corpusDir, `${repo.replace('/', '-')}.tar.gz`);
    await buildOnce(path, async (tmp) => {
      context.log(`building corpus tarball ${repo}`);
      const top = topFolder(repo);
      await runTimed('tar', ['-czf', tmp, ...STABLE_TAR, '-C', tree, `--transform=s,^\\.,${top},`, '.']);
    });
    tarballs.push(describe(repo, path));
  }
  return tarballs;
}

/**
 * A synthetic huge tarball: the Go tree `copies` times under one top folder, streamed by tar
 * (through symlinks it dereferences), so nothing holds it in memory, here or in Tusk.
 */
export async function hugeTarball(context: BenchContext, copies: number): Promise<Tarball> {
  const repo = `golang/go-x${copies}`;
  const path = join(context.corpusDir, `golang-go-x${copies}.tar.gz`);
  await buildOnce(path, async (tmp) => {
    context.log(`building a synthetic tarball of ${copies} copies of ${GO_TREE} (once; about ${copies * 8} s)`);
    const links = join(context.corpusDir, `go-x${copies}-links`);
    rmSync(links, { recursive: true, force: true });
    mkdirSync(links);
    const names = Array.from({ length: copies }, (_, i) => `copy-${i + 1}`);
    for (const name of names) symlinkSync(GO_TREE, join(links, name));
    try {
      // --hard-dereference: every copy's files are the same inodes, which tar would store as hard links.
      await runTimed('tar', ['-czhf', tmp, '--hard-dereference', ...STABLE_TAR, '-C', links, `--transform=s,^,${topFolder(repo)}/,`, ...names]);
    } finally {
      rmSync(links, { recursive: true, force: true });
    }
  });
  return { ...describe(repo, path), copies };
}

/** Reads every file once, so no side of a comparison pays for the first read from disk. */
export async function warmPageCache(tarballs: readonly Tarball[]): Promise<void> {
  await runTimed('sh', ['-c', 'cat "$@" > /dev/null', 'sh', ...tarballs.map((t) => t.path)]);
}
