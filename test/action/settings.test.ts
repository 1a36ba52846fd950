import { jobForEvent } from '../../src/action/event.js';
import { parseSettings } from '../../src/action/settings.js';
import { dataBranchFor } from '../../src/store/data-layout.js';

const inputs = (overrides: Record<string, string> = {}) => (name: string) =>
  ({ token: 't', input: 'projects.txt', 'data-branch': 'tusk/{branch}', mode: 'auto', concurrency: '8', 'max-tarball-mb': '1024', ...overrides })[name] ?? '';

describe('action settings', () => {
  it('parses the defaults and several input globs', () => {
    const settings = parseSettings(inputs({ input: 'projects.txt\nlists/*.txt\n' }));
    expect(settings).toEqual({ token: 't', input: ['projects.txt', 'lists/*.txt'], dataBranch: 'tusk/{branch}', mode: 'auto', concurrency: 8, maxTarballBytes: 1024 * 1024 * 1024 });
    expect(dataBranchFor(settings.dataBranch, 'feature/x')).toBe('tusk/feature/x');
  });

  it.each([
    [{ token: '' }, 'input "token" is empty'],
    [{ input: ' \n' }, 'input "input" is empty'],
    [{ mode: 'push' }, 'input "mode" must be one of auto, commit, comment, refresh, got "push"'],
    [{ concurrency: '0' }, 'input "concurrency" must be a whole number from 1 to 64, got "0"'],
    [{ concurrency: 'eight' }, 'got "eight"'],
    [{ 'data-branch': 'tusk/{branch}..x' }, 'input "data-branch" is not a valid branch name: "tusk/{branch}..x"'],
  ])('rejects %j naming the input', (override, message) => {
    expect(() => parseSettings(inputs(override))).toThrow(message);
  });
});

describe('jobForEvent', () => {
  const push = { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: { after: 'b'.repeat(40) } };

  it('maps events to modes', () => {
    expect(jobForEvent('auto', push)).toEqual({ mode: 'commit', branch: 'main', sourceCommit: 'b'.repeat(40) });
    expect(jobForEvent('auto', { ...push, eventName: 'schedule', payload: {} })).toEqual({ mode: 'refresh', branch: 'main', sourceCommit: 'a'.repeat(40) });
    const pull = { eventName: 'pull_request_target', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: { pull_request: { number: 7, base: { ref: 'dev' } } } };
    expect(jobForEvent('auto', pull)).toEqual({ mode: 'comment', pullNumber: 7, baseBranch: 'dev' });
    expect(jobForEvent('refresh', push)).toMatchObject({ mode: 'refresh' });
  });

  it('skips what has no branch input, and refuses what auto cannot map', () => {
    expect(jobForEvent('auto', { ...push, ref: 'refs/tags/v1' })).toMatchObject({ mode: 'skip' });
    expect(jobForEvent('auto', { ...push, payload: { deleted: true } })).toMatchObject({ mode: 'skip' });
    expect(() => jobForEvent('auto', { ...push, eventName: 'issues' })).toThrow('mode "auto" has nothing to do on "issues" events');
    expect(() => jobForEvent('comment', push)).toThrow('mode "comment" needs a pull_request or pull_request_target event');
  });
});
