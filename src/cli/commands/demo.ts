import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS } from '../../defaults.js';
import { dataBranchFor } from '../../store/data-layout.js';
import { GitRunner } from '../../store/git-runner.js';
import { LocalGitBackend } from '../../store/local-git-backend.js';
import { WorkTree } from '../../store/work-tree.js';
import { README_PATH } from '../../views/data-readme.js';
import { CHART_PATH } from '../../views/totals-chart.js';
import type { CliIo } from '../io.js';

const FIRST_INPUT = `# Go repositories whose stats Tusk keeps
pkg/errors
github.com/gorilla/mux
https://github.com/sirupsen/logrus
spf13/cobra
`;
const ADDED_NAME = 'google/go-cmp';
/** The data branch of `main`, by the default template, as `tusk run` names it. */
const DATA_BRANCH = dataBranchFor(DEFAULTS.dataBranch, 'main');
/** Where the demo copies the data branch's README and chart, to be opened: a folder git ignores. */
const VIEW_DIR = 'data-branch';

/** The folder of offline sources shipped with Tusk, found from this module wherever it is bundled. */
function demoSources(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'demo', 'sources');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('demo/sources is missing from this installation of Tusk');
}

/** A new repository with a first input file, committed on `main`. */
async function createRepository(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await new GitRunner(dir).run(['init', '--quiet', '--initial-branch=main']);
  const backend = new LocalGitBackend(dir);
  if (await backend.branchHead('main')) throw new Error(`${dir} already has a main branch: give the demo a new folder`);
  await backend.commitFiles('main', null, [{ path: 'projects.txt', content: FIRST_INPUT }], 'Add projects.txt\n');
  await new WorkTree(dir).checkoutFromHead(['projects.txt']);
}

/** Copies the data branch's README.md and chart into `repo`/data-branch/, at their paths on the branch (the README shows the chart by its relative path). */
async function copyDataBranchView(repo: string): Promise<{ readme: string; chart: string }> {
  const backend = new LocalGitBackend(repo);
  const dir = join(repo, VIEW_DIR);
  const readme = join(dir, README_PATH);
  const chart = join(dir, CHART_PATH);
  await mkdir(dirname(chart), { recursive: true });
  await writeFile(readme, (await backend.readFile(DATA_BRANCH, README_PATH)) ?? '');
  await writeFile(chart, (await backend.readFile(DATA_BRANCH, CHART_PATH)) ?? '');
  await mkdir(join(repo, '.git', 'info'), { recursive: true });
  await appendFile(join(repo, '.git', 'info', 'exclude'), `/${VIEW_DIR}/\n`);
  return { readme, chart };
}

/**
 * `tusk demo [DIR]`: the whole pipeline on a fresh local repository, offline, with the Go sources
 * shipped in demo/sources; each step is the CLI command a user would type.
 */
export function registerDemo(program: Command, io: CliIo, run: (argv: string[]) => Promise<number>): void {
  program
    .command('demo')
    .description(
      "create a local repository, run the pipeline, add a name, run again, then show log, history and diff, and the data branch's README and chart (offline)",
    )
    .argument('[dir]', 'where to create the repository (default: a new temporary folder)')
    .action(async (dir: string | undefined) => {
      const repo = dir ? resolve(io.cwd, dir) : await mkdtemp(join(tmpdir(), 'tusk-demo-'));
      const sources = demoSources();
      await createRepository(repo);
      io.out(`# a new repository in ${repo}, with projects.txt on main:\n${FIRST_INPUT}`);
      const steps: string[][] = [
        ['run', '--sources', sources],
        ['put', ADDED_NAME],
        ['run', '--sources', sources],
        ['log'],
        ['history'],
        ['diff', `${DATA_BRANCH}~1`, DATA_BRANCH],
        ['get', 'stats/results'],
      ];
      for (const step of steps) {
        io.out(`\n$ tusk ${step.join(' ')}`);
        const code = await run([...step, '--local', repo]);
        if (code !== 0) throw new Error(`tusk ${step[0]} failed (exit ${code})`);
      }
      const view = await copyDataBranchView(repo);
      io.out(`\nThe data branch is ${DATA_BRANCH} in ${repo}: try \`git -C ${repo} log --stat ${DATA_BRANCH}\`.`);
      io.out(
        `It explains itself: its README, as GitHub shows it on the branch, is copied to ${view.readme}, and its chart of the totals to ${view.chart} (open it in a browser).`,
      );
    });
}
