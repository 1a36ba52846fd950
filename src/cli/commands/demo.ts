import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitRunner } from '../../store/git-runner.js';
import { LocalGitBackend } from '../../store/local-git-backend.js';
import { WorkTree } from '../../store/work-tree.js';
import type { CliIo } from '../io.js';

const FIRST_INPUT = `# Go repositories whose stats Tusk keeps
pkg/errors
github.com/gorilla/mux
https://github.com/sirupsen/logrus
spf13/cobra
`;
const ADDED_NAME = 'google/go-cmp';

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

/**
 * `tusk demo [DIR]`: the whole pipeline on a fresh local repository, offline, with the Go sources
 * shipped in demo/sources; each step is the CLI command a user would type.
 */
export function registerDemo(program: Command, io: CliIo, run: (argv: string[]) => Promise<number>): void {
  program
    .command('demo')
    .description('create a local repository, run the pipeline, add a name, run again, then show log and diff (offline)')
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
        ['diff', 'tusk/main~1', 'tusk/main'],
        ['get', 'stats/results'],
      ];
      for (const step of steps) {
        io.out(`\n$ tusk ${step.join(' ')}`);
        const code = await run([...step, '--local', repo]);
        if (code !== 0) throw new Error(`tusk ${step[0]} failed (exit ${code})`);
      }
      io.out(`\nThe data branch is tusk/main in ${repo}: try \`git -C ${repo} log --stat tusk/main\`.`);
    });
}
