import { GitRunner } from '../../src/store/git-runner.js';
import { git } from '../support/git-fixtures.js';
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

  it('commits as the user when git knows both their name and email, and as Tusk otherwise', async () => {
    const dir = tempDir();
    const saved = { global: process.env.GIT_CONFIG_GLOBAL, noSystem: process.env.GIT_CONFIG_NOSYSTEM };
    // Only the repository's own configuration counts here, not this machine's.
    process.env.GIT_CONFIG_GLOBAL = '/dev/null';
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    const tusk = { GIT_AUTHOR_NAME: 'Tusk', GIT_AUTHOR_EMAIL: 'tusk@localhost', GIT_COMMITTER_NAME: 'Tusk', GIT_COMMITTER_EMAIL: 'tusk@localhost' };
    try {
      git(dir.path, 'init', '--quiet');
      expect(await new GitRunner(dir.path).commitEnv()).toEqual(tusk);
      git(dir.path, 'config', 'User.Name', 'Ada');
      expect(await new GitRunner(dir.path).commitEnv()).toEqual(tusk);
      git(dir.path, 'config', 'user.email', 'ada@example.com');
      expect(await new GitRunner(dir.path).commitEnv()).toEqual({});
    } finally {
      for (const [name, value] of [
        ['GIT_CONFIG_GLOBAL', saved.global],
        ['GIT_CONFIG_NOSYSTEM', saved.noSystem],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      dir.cleanup();
    }
  });
});
