import { type TarballOptions } from './tarball-stats.js';
import { type StatsRecord } from './record.js';
/** A repository's source on disk: a GitHub-style tarball or a directory. */
export interface LocalSource {
    repo: string;
    path: string;
}
/**
 * Parses a `tusk stats` SOURCE: `owner/repo=PATH`, or a bare PATH named by its last two path
 * elements (a directory, or a tarball `owner/repo.tar.gz`).
 */
export declare function parseSourceArgument(argument: string): LocalSource;
/**
 * The record of a local source; throws SourceError, naming the path, when it cannot be read.
 * A tarball's commit is the one its pax header names, else its top folder's short SHA.
 */
export declare function localSourceRecord(source: LocalSource, options?: TarballOptions): Promise<StatsRecord>;
