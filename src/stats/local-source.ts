import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { errorMessage } from '../error-message.js';
import { canonicalName } from '../names/repo-name.js';
import { directoryStats } from './directory-stats.js';
import { tarballStats } from './tarball-stats.js';
import { successRecord, type Stats, type StatsRecord } from './record.js';
import { SourceError } from './source-error.js';

/** A repository's source on disk: a GitHub-style tarball or a directory. */
export interface LocalSource {
  repo: string;
  path: string;
}

/** GitHub's top folder `OWNER-REPO-SHORTSHA` tells the commit a tarball was made from. */
function commitOfTopFolder(topFolder: string | null): string | null {
  const match = topFolder ? /-([0-9a-f]{7,40})$/.exec(topFolder) : null;
  return match ? match[1]! : null;
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

async function readDirectory(source: LocalSource): Promise<Stats> {
  try {
    return await directoryStats(source.path, source.repo);
  } catch (error) {
    // fs messages name the path they failed on; the source's own path says which source it was.
    throw new SourceError(`${source.path}: ${errorMessage(error)}`);
  }
}

/** The record of a local source; throws SourceError, naming the path, when it cannot be read. */
export async function localSourceRecord(source: LocalSource): Promise<StatsRecord> {
  let info;
  try {
    info = await stat(source.path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new SourceError(`${source.path}: ${code === 'ENOENT' ? 'no such file or directory' : message}`);
  }
  if (info.isDirectory()) return successRecord(source.repo, null, await readDirectory(source));
  if (info.size === 0) throw new SourceError(`${source.path}: empty file, not a tarball`);
  const { stats, topFolder } = await tarballStats(
    createReadStream(source.path, { highWaterMark: 1 << 20 }),
    source.repo,
    source.path,
  );
  return successRecord(source.repo, commitOfTopFolder(topFolder), stats);
}
