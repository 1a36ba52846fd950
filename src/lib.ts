/** The library: what `import { ... } from 'tusk'` offers. */
export type { StatsRecord, Stats } from './stats/record.js';
export { localSourceRecord, parseSourceArgument, type LocalSource } from './stats/local-source.js';
export { tarballStats } from './stats/tarball-stats.js';
export { directoryStats } from './stats/directory-stats.js';
export { SourceError } from './stats/source-error.js';
export { canonicalName } from './names/repo-name.js';
export { parseInputFiles, type ParsedInput, type InvalidLine, type InputName } from './names/input-file.js';
