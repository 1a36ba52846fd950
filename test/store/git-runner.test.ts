import { GitRunner } from '../../src/store/git-runner.js';
import { tempDir } from '../support/temp-dir.js';

describe('GitRunner', () => {
  it('tells a missing git from a missing folder (Node says "spawn git ENOENT" for both)', async () => {
    const dir = tempDir();
    try {
      await expect(new GitRunner(`${dir.path}/nowhere`).run(['status'])).rejects.toThrow(`${dir.path}/nowhere: no such folder`);
      await expect(new GitRunner(dir.path).run(['--version'], { env: { PATH: `${dir.path}/empty` } })).rejects.toThrow(
        'git is not installed, or not on the PATH (spawn git ENOENT)',
      );
      expect(await new GitRunner(dir.path).run(['--version'])).toMatch(/^git version /);
    } finally {
      dir.cleanup();
    }
  });
});
