/**
 * The benchmark's child process: work that must be timed inside a fresh Node process, so that
 * Node's startup is left out and no earlier measurement has warmed its JIT. Prints one JSON line.
 *
 *   child.js engine REPO=FILE [--twice]        one tarball through the engine (dist/lib.js); --twice
 *                                              also times a second, warm, pass in the same process
 *   child.js engine-all CONCURRENCY REPO=FILE…  every tarball, CONCURRENCY in flight (mapConcurrent)
 *   child.js idle                              loads the library and does nothing (a memory baseline)
 *   child.js diff ROWS                          diffData, then the bot's comment, then the job summary
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Library from '../../src/lib.js';
import { renderJobSummary } from '../../src/diff/job-summary.js';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../../src/diff/markdown.js';
import { diffData } from '../../src/diff/model.js';
import { mapConcurrent } from '../lib/map-concurrent.js';
import { diffSides } from './diff-records.js';

/** This file is bundled to `.bench/build/child.js`: two levels below the project root. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The committed library bundle, the code `node dist/cli.js` runs. */
async function library(): Promise<typeof Library> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'lib.js')).href)) as typeof Library;
}

async function engine(argument: string, twice: boolean): Promise<object> {
  // Parsed as `tusk stats` parses its SOURCE arguments.
  const { localSourceRecord, parseSourceArgument } = await library();
  const source = parseSourceArgument(argument);
  const start = performance.now();
  const record = await localSourceRecord(source);
  const ms = performance.now() - start;
  if (!twice) return { ms, records: [record] };
  const again = performance.now();
  await localSourceRecord(source);
  return { ms, warmMs: performance.now() - again, records: [record] };
}

async function engineAll(concurrency: number, sources: string[]): Promise<object> {
  const { localSourceRecord, parseSourceArgument } = await library();
  const start = performance.now();
  const records = await mapConcurrent(sources.map(parseSourceArgument), concurrency, (s) => localSourceRecord(s));
  return { ms: performance.now() - start, records };
}

function diff(rows: number): object {
  const { before, after } = diffSides(rows);
  const context = {
    base: { label: 'tusk/main', dataCommit: 'a'.repeat(40) },
    head: { label: 'pull/1', commit: 'b'.repeat(40) },
    repositoryUrl: 'https://github.com/acme/data',
  };
  const start = performance.now();
  const model = diffData({ records: before, invalid: [] }, { records: after, invalid: [] });
  const modelled = performance.now();
  // The bot's comment: its hidden marker takes a few of the characters GitHub allows.
  const comment = renderMarkdown(model, context, { maxLength: COMMENT_MAX_LENGTH - 40 });
  const commented = performance.now();
  const summary = renderJobSummary(model, context);
  const summarised = performance.now();
  return {
    ms: commented - start,
    modelMs: modelled - start,
    commentMs: commented - modelled,
    summaryMs: summarised - commented,
    added: model.added.length,
    changed: model.changed.length,
    unchanged: model.unchanged,
    commentChars: comment.length,
    summaryChars: summary.length,
  };
}

async function main(argv: string[]): Promise<object> {
  const [command, ...rest] = argv;
  if (command === 'engine' && (rest.length === 1 || (rest.length === 2 && rest[1] === '--twice'))) return engine(rest[0]!, rest.length === 2);
  if (command === 'engine-all' && rest.length >= 2) return engineAll(Number(rest[0]), rest.slice(1));
  if (command === 'idle' && rest.length === 0) return { ms: 0, library: Object.keys(await library()).length };
  if (command === 'diff' && rest.length === 1) return diff(Number(rest[0]));
  throw new Error(`usage: child.js engine REPO=FILE [--twice] | engine-all CONCURRENCY REPO=FILE… | idle | diff ROWS (got: ${argv.join(' ')})`);
}

try {
  process.stdout.write(`${JSON.stringify({ ...(await main(process.argv.slice(2))), maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
