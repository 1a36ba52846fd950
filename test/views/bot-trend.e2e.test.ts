import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { seedGoRepo } from '../support/go-repos.js';
import { pushEvent, runAction } from '../support/run-action.js';

/** Each data commit's `Tusk-Lines` trailer, oldest first, as git itself reads it. */
function linesTrailers(bare: string): number[] {
  return git(bare, 'log', '--reverse', '--format=%(trailers:key=Tusk-Lines,valueonly)', 'tusk/main').split('\n').filter(Boolean).map(Number);
}

describe("the bot's trend", () => {
  let emulator: GitHubEmulator;
  afterEach(() => emulator.close());

  it('charts where the pull request takes the totals after the base data commits, in the comment and the job summary', async () => {
    emulator = await GitHubEmulator.start();
    for (const [repo, bodyLines] of [
      ['a', 1],
      ['b', 5],
      ['c', 30],
    ] as const)
      await seedGoRepo(emulator, { owner: 'go', repo, deps: ['example.com/x'], bodyLines });
    await emulator.createRepo('acme', 'data');
    const bare = emulator.repoDir('acme', 'data');
    let previous: string | null = null;
    for (const projects of ['go/a\n', 'go/a\ngo/b\n']) {
      const sha = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': projects }, 'projects');
      expect((await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', previous, sha) })).exitCode).toBe(0);
      previous = sha;
    }
    await emulator.commitFiles('acme', 'data', 'feature', { 'projects.txt': 'go/a\ngo/b\ngo/c\n' }, 'add go/c', { from: 'main' });
    const pull = await emulator.createPullRequest({ owner: 'acme', repo: 'data', base: 'main', head: { owner: 'acme', repo: 'data', branch: 'feature' } });
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: {
        name: 'pull_request',
        ref: `refs/pull/${pull.number}/merge`,
        sha: pull.mergeSha!,
        payload: {
          action: 'synchronize',
          number: pull.number,
          pull_request: { number: pull.number, base: { ref: 'main', sha: pull.baseSha }, head: { ref: 'feature', sha: pull.headSha } },
        },
      },
    });
    expect([run.exitCode, run.stdout.split('\n').filter((l) => l.startsWith('::error'))]).toEqual([0, []]);

    const [history, withPull] = [linesTrailers(bare), Number(run.summary.match(/lines ([\d,]+) → ([\d,]+) \(\+/)![2]!.replace(/,/g, ''))];
    expect(history).toHaveLength(2);
    const lineChart = `  title "Lines"\n  x-axis "data commits, oldest first, then the pull request" ["1", "2", "PR"]`;
    const values = `  line [${[...history, withPull].join(', ')}]`;
    const [comment] = emulator.comments('acme', 'data', pull.number);
    for (const body of [comment!.body, run.summary]) {
      expect(body).toContain('#### Trend');
      expect(body.match(/^```mermaid$/gm)).toHaveLength(3);
      expect(body).toContain(lineChart);
      expect(body.slice(body.indexOf(lineChart))).toContain(values);
      expect(body).toContain(`| 2 | [\`${git(bare, 'rev-parse', '--short=7', 'tusk/main')}\`]`);
    }
  });
});
