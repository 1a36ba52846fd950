/** The library: what `import { ... } from 'tusk'` offers. */
export { TuskClient, type TuskClientOptions, type GitHubConnection, type PutResult, type RunOptions } from './client/tusk-client.js';
export type { CommitPipelineResult, RunCounts } from './pipeline/commit-pipeline.js';
export type { PipelineLog } from './pipeline/pipeline-log.js';
export type { DataCommit } from './store/data-store.js';
export type { DataCommitCounts } from './store/data-commit-message.js';
export type { StatsRecord, Stats } from './stats/record.js';
export { localSourceRecord, parseSourceArgument, type LocalSource } from './stats/local-source.js';
export { tarballStats, type TarballStats } from './stats/tarball-stats.js';
export { directoryStats } from './stats/directory-stats.js';
export { SourceError } from './stats/source-error.js';
export { canonicalName } from './names/repo-name.js';
export { parseInputFiles, type ParsedInput, type InvalidLine, type InputName, type InputFile } from './names/input-file.js';
export { diffData, type DataDiff, type Row, type ChangedRow } from './diff/model.js';
export { renderMarkdown } from './diff/markdown.js';
export { renderText } from './diff/text.js';
export { renderJson } from './diff/json.js';
export type { DiffContext } from './diff/context.js';
