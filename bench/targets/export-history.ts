/**
 * Target 10: `tusk export` of a long data branch (100 data commits of 10,000 records; 20 of 2,000
 * with --quick) against writing the same rows with a plain `git show` loop in the shell.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { actionNode } from '../../scripts/action-node.mjs';
import { formatDataCommitMessage } from '../../src/store/data-commit-message.js';
import { dataFiles } from '../../src/store/data-layout.js';
import { textOf } from '../../src/store/repo-backend.js';
import { successRecord, type StatsRecord } from '../../src/stats/record.js';
import { cliArgs, type BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import { interleave } from '../lib/interleave.js';
import { hasGnuTime, runShell, runWithPeakRss } from '../lib/processes.js';
import { timeRow } from '../lib/rows.js';
import type { Row } from '../lib/table.js';

/** The records of data commit `i`: the same names, their numbers growing with each commit. */
function recordsAt(i: number, count: number): StatsRecord[] {
  return Array.from({ length: count }, (_, n) =>
    successRecord(`owner${n % 997}/repository-${n}`, (i * count + n).toString(16).padStart(40, '0'), {
      files: 1 + (n % 50),
      lines: 1000 + n + i * 7,
      deps: n % 40,
      unparsed: 0,
    }),
  );
}

/** A repository whose tusk/main holds `commits` data commits of `records` records each, made by git fast-import. */
async function buildHistory(dir: string, commits: number, records: number): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await runShell('git init --quiet "$1"', [dir]);
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`)))),
  );
  const write = (text: string): Promise<void> => new Promise((resolve) => (child.stdin.write(text) ? resolve() : child.stdin.once('drain', resolve)));
  for (let i = 0; i < commits; i++) {
    const data = recordsAt(i, records);
    const lines = data.reduce((sum, r) => sum + r.lines!, 0);
    const deps = data.reduce((sum, r) => sum + r.deps!, 0);
    const message = formatDataCommitMessage({
      inputCommit: i.toString(16).padStart(40, 'a'),
      mode: 'commit',
      counts: { processed: records, reused: 0, failed: 0, pending: 0, outdated: 0, rows: records, invalid: 0, lines, deps },
    });
    const file = textOf(dataFiles(data).records);
    await write(
      `commit refs/heads/tusk/main\ncommitter Tusk <tusk@localhost> ${1_700_000_000 + i * 60} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`,
    );
    await write(`M 100644 inline stats/records.jsonl\ndata ${Buffer.byteLength(file)}\n${file}\n\n`);
  }
  child.stdin.end();
  await done;
}

/** The baseline: every data commit's records, each line led by its data commit, in a shell loop of `git show`. */
const GIT_SHOW_LOOP = 'cd "$1" && for c in $(git rev-list tusk/main); do git show "$c:stats/records.jsonl" | sed "s/^/$c,/"; done > "$2"';

export async function exportHistoryRows(context: BenchContext): Promise<Row[]> {
  const [commits, records] = context.quick ? [20, 2_000] : [100, 10_000];
  const repo = join(context.scratchDir, `export-history-${commits}x${records}`);
  if (!existsSync(join(repo, '.git', 'refs', 'heads', 'tusk', 'main'))) {
    context.log(`10 building a data branch of ${commits} data commits of ${records} records`);
    await buildHistory(repo, commits, records);
  }
  const out = join(context.scratchDir, 'export-history-out');
  const sizes = new Map<string, number>();
  const peaks = new Map<string, number>();
  const measure = async (name: string, command: string, args: string[]): Promise<number> => {
    rmSync(out, { force: true });
    const run = hasGnuTime() ? await runWithPeakRss(command, args) : { ...(await runShell('"$@"', [command, ...args])), peakRssBytes: NaN };
    sizes.set(name, statSync(out).size);
    peaks.set(name, Math.max(peaks.get(name) ?? 0, run.peakRssBytes));
    return run.ms;
  };
  const node24 = actionNode(context.root).path;
  const exportArgs = (format: string, ...more: string[]): string[] =>
    cliArgs(context, 'export', '--format', format, out, '--local', repo, '--branch', 'main', ...more);
  const recent = commits / 10;
  const samples = await interleave(
    [
      { name: 'csv', run: () => measure('csv', process.execPath, exportArgs('csv')) },
      { name: 'csv recent', run: () => measure('csv recent', process.execPath, exportArgs('csv', '-n', String(recent))) },
      { name: 'sqlite', run: () => measure('sqlite', node24, exportArgs('sqlite')) },
      { name: 'git show', run: () => measure('git show', 'sh', ['-c', GIT_SHOW_LOOP, 'sh', repo, out]) },
    ],
    context.repetitions,
    (round) => context.log(`10 export of ${commits} data commits x ${records} records: round ${round}`),
  );
  const what = `${commits} data commits x ${format.count(records)} records`;
  const baseline = samples.get('git show')!;
  const peak = (name: string): string => format.megabytes(peaks.get(name)!);
  const memory = (id: string, name: string, label: string): Row => ({
    id,
    what: `peak RSS of ${label} (${what}) vs the \`git show\` loop's (git's own)`,
    tusk: peak(name),
    baseline: peak('git show'),
    ratio: format.ratio(peaks.get(name)! / peaks.get('git show')!),
    target: 'report',
    verdict: 'report',
    runs: '-',
  });
  const growth = peaks.get('csv')! / peaks.get('csv recent')!;
  return [
    timeRow({
      id: '10a',
      what: `\`tusk export --format csv\`, ${what} (${format.megabytes(sizes.get('csv')!)}), vs a \`git show | sed\` loop (${format.megabytes(sizes.get('git show')!)})`,
      tusk: samples.get('csv')!,
      baseline,
      limit: { max: 2, text: '≤ 2×' },
    }),
    timeRow({ id: '10b', what: `\`tusk export --format sqlite\` on Node 24 (node:sqlite), ${what}, vs the same loop`, tusk: samples.get('sqlite')!, baseline }),
    {
      id: '10c',
      what: `peak RSS of \`tusk export --format csv\`: all ${commits} data commits vs the newest ${recent} (it streams: holding them would take ${commits / recent}×)`,
      tusk: peak('csv'),
      baseline: peak('csv recent'),
      ratio: format.ratio(growth),
      target: '≤ 2×',
      verdict: growth <= 2 ? 'PASS' : 'FAIL',
      runs: '-',
    },
    memory('10d', 'csv', '`tusk export --format csv`'),
    memory('10e', 'sqlite', '`tusk export --format sqlite` on Node 24'),
  ];
}
