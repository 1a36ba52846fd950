import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../support/git-fixtures.js';
import { tusk } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { parseSvg, within } from './svg.js';

describe('tusk demo', () => {
  it("ends by pointing at the data branch's README and chart, copied where they can be opened", async () => {
    const dir = tempDir();
    try {
      const repo = join(dir.path, 'demo');
      const result = await tusk(['demo', repo], { cwd: dir.path });
      expect(result.code).toBe(0);
      const readme = join(repo, 'data-branch', 'README.md');
      const chart = join(repo, 'data-branch', 'stats', 'totals.svg');
      expect(result.out).toMatch(/\$ tusk history\nDATA +INPUT +DATE +REPOSITORIES +DEPS +LINES\n[0-9a-f]{7} .* 5 +11 +41531\n[0-9a-f]{7} .* 4 +11 +28958\n/);
      expect(result.out.trimEnd().split('\n').pop()).toBe(
        `It explains itself: its README, as GitHub shows it on the branch, is copied to ${readme}, and its chart of the totals to ${chart} (open it in a browser).`,
      );
      expect(readFileSync(readme, 'utf8')).toBe(`${git(repo, 'show', 'tusk/main:README.md')}\n`);
      expect(readFileSync(readme, 'utf8')).toContain('](stats/totals.svg)'); // the chart, by its path beside the README
      expect(within(parseSvg(readFileSync(chart, 'utf8')), 'lines', 'circle')).toHaveLength(2);
      expect(git(repo, 'status', '--porcelain')).toBe(''); // the copies are no change to the demo's repository
    } finally {
      dir.cleanup();
    }
  });
});
