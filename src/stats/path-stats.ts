import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { canonicalName } from '../names/repo-name.js';
import { directoryStats } from './directory-stats.js';
import { commitOfArchive } from './archive-commit.js';
import { tarballStats, type TarballOptions } from './tarball-stats.js';
import { successRecord, type StatsRecord } from './record.js';
import { SourceError } from './source-error.js';

/** A repository's source on disk: a GitHub-style tarball or a directory. */
export interface LocalSource {
  repo: string;
  path: string;
}

/** A tarball's file name without its extension, so that a bare `owner/repo.tar.gz` names `owner/repo`. */
function withoutTarballExtension(name: string): string {
  return name.replace(/\.(tar\.gz|tgz)$/i, '');
}

/**
 * Parses a `tusk stats` SOURCE: `owner/repo=PATH`, or a bare PATH named by its last two path
 * elements (a directory, or a tarball `owner/repo.tar.gz`).
 */
export function parseSourceArgument(argument: string): LocalSource {
  const eq = argument.indexOf('=');
  if (eq !== -1) {
    const name = argument.slice(0, eq);
    const repo = canonicalName(name);
    if (!repo) throw new SourceError(`${argument}: "${name}" is not a repository name (owner/repo)`);
    return { repo, path: argument.slice(eq + 1) };
  }
  const full = resolve(argument);
  const repo = canonicalName(`${basename(dirname(full))}/${withoutTarballExtension(basename(full))}`);
  if (!repo) throw new SourceError(`${argument}: cannot name a repository after this path; write owner/repo=${argument}`);
  return { repo, path: argument };
}

/**
 * The record of a local source; throws SourceError, naming the path, when it cannot be read.
 * A tarball's commit is the one its pax header names, else its top folder's short SHA.
 */
export async function localSourceRecord(source: LocalSource, options: TarballOptions = {}): Promise<StatsRecord> {
  let info;
  try {
    info = await stat(source.path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new SourceError(`${source.path}: ${code === 'ENOENT' ? 'no such file or directory' : message}`);
  }
  if (info.isDirectory()) return successRecord(source.repo, null, await directoryStats(source.path, source.repo));
  // A pipe (`<(curl ...)`, /dev/stdin) has no size to check: it is read as the stream it is.
  if (info.isFile() && info.size === 0) throw new SourceError(`${source.path}: empty file, not a tarball`);
  const archive = await tarballStats(createReadStream(source.path, { highWaterMark: 1 << 20 }), source.repo, source.path, options);
  return successRecord(source.repo, commitOfArchive(archive), archive.stats);
}
