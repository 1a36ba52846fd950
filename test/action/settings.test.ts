import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jobForEvent } from '../../src/action/event.js';
import { parseSettings } from '../../src/action/settings.js';
import { RUN_LIMIT_DEFAULTS, RUN_LIMIT_NAMES } from '../../src/settings/run-limits.js';
import { dataBranchFor } from '../../src/store/data-layout.js';

const inputs =
  (overrides: Record<string, string> = {}) =>
  (name: string) =>
    ({ token: 't', input: 'projects.txt', 'data-branch': 'tusk/{branch}', mode: 'auto', concurrency: '8', 'max-tarball-mb': '1024', ...overrides })[name] ?? '';

describe('action settings', () => {
  const MINUTE = 60_000;
  const defaults = {
    concurrency: 8,
    download: 'auto',
    maxTarballBytes: 1024 * 1024 * 1024,
    maxInflatedBytes: 8192 * 1024 * 1024,
    timeBudgetMs: 330 * MINUTE,
    checkpointDatums: 1000,
    checkpointIntervalMs: 5 * MINUTE,
    requestTimeoutMs: MINUTE,
    datumTimeoutMs: 15 * MINUTE,
    shard: { index: 1, count: 1 },
  };

  it('parses "force": names one a line or by spaces, or all; anything else is refused by name', () => {
    expect(parseSettings(inputs({ force: 'all' })).force).toEqual({ all: true });
    expect(parseSettings(inputs({ force: 'go/A\nhttps://github.com/go/b  go/c' })).force).toEqual({ keys: new Set(['go/a', 'go/b', 'go/c']) });
    expect(() => parseSettings(inputs({ force: 'go/a not-a-name' }))).toThrow('input "force" must be repository names (owner/repo) or "all", got "not-a-name"');
  });

  it('parses the defaults and several input globs', () => {
    const settings = parseSettings(inputs({ input: 'projects.txt\nlists/*.txt\n' }));
    expect(settings).toEqual({
      token: 't',
      input: ['projects.txt', 'lists/*.txt'],
      dataBranch: 'tusk/{branch}',
      mode: 'auto',
      limits: defaults,
      force: { keys: new Set() },
    });
    expect(dataBranchFor(settings.dataBranch, 'feature/x')).toBe('tusk/feature/x');
  });

  it('takes the limits in their own units: durations, whole numbers, a download mode', () => {
    const settings = parseSettings(
      inputs({
        download: 'archive',
        'time-budget': '1h30m',
        'checkpoint-interval': '90s',
        'checkpoint-datums': '50',
        'request-timeout': '2m',
        'datum-timeout': '45',
        'max-inflated-mb': '100',
        shard: '3/8',
      }),
    );
    expect(settings.limits).toEqual({
      ...defaults,
      download: 'archive',
      timeBudgetMs: 90 * MINUTE,
      checkpointIntervalMs: 90_000,
      checkpointDatums: 50,
      requestTimeoutMs: 2 * MINUTE,
      datumTimeoutMs: 45 * MINUTE,
      maxInflatedBytes: 100 * 1024 * 1024,
      shard: { index: 3, count: 8 },
    });
  });

  it('gives every limit the default action.yml states, so that users read the truth there', () => {
    const yml = readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8');
    for (const name of RUN_LIMIT_NAMES) {
      const stated = new RegExp(`\\n  ${name}:\\n(?:    .*\\n)*?    default: '?([^'\\n]*)'?\\n`).exec(yml)?.[1];
      expect([name, stated]).toEqual([name, RUN_LIMIT_DEFAULTS[name]]);
    }
    expect(parseSettings(inputs(Object.fromEntries(RUN_LIMIT_NAMES.map((name) => [name, RUN_LIMIT_DEFAULTS[name]])))).limits).toEqual(defaults);
  });

  it.each([
    [{ token: '' }, 'input "token" is empty'],
    [{ input: ' \n' }, 'input "input" is empty'],
    [{ mode: 'push' }, 'input "mode" must be one of auto, commit, comment, refresh, got "push"'],
    [{ concurrency: '0' }, 'input "concurrency" must be a whole number from 1 to 64, got "0"'],
    [{ concurrency: 'eight' }, 'got "eight"'],
    [{ 'data-branch': 'tusk/{branch}..x' }, 'input "data-branch" is not a valid branch name: "tusk/{branch}..x"'],
    [{ download: 'ftp' }, 'input "download" must be one of auto, api, archive, got "ftp"'],
    [
      { 'time-budget': 'forever' },
      'input "time-budget" must be a duration of at least 1s, such as 90s, 10m or 5h30m (a bare number is minutes), got "forever"',
    ],
    [{ 'request-timeout': '0s' }, 'input "request-timeout" must be a duration of at least 1s'],
    [{ 'checkpoint-datums': '0' }, 'input "checkpoint-datums" must be a whole number from 1 to 10000000, got "0"'],
    [
      { shard: '0/4' },
      'input "shard" must be K/N, this job\'s part of a run split in N (K from 1 to N, N at most 256), such as 3/8 (in a workflow, ${{ matrix.shard }}/8), got "0/4"',
    ],
    [{ shard: '5/4' }, 'got "5/4"'],
    [{ shard: '1/257' }, 'got "1/257"'],
  ])('rejects %j naming the input', (override, message) => {
    expect(() => parseSettings(inputs(override))).toThrow(message);
  });
});

describe('jobForEvent', () => {
  const push = { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: { after: 'b'.repeat(40) } };

  it('maps events to modes', () => {
    expect(jobForEvent('auto', push)).toEqual({ mode: 'commit', branch: 'main', sourceCommit: 'b'.repeat(40) });
    expect(jobForEvent('auto', { ...push, eventName: 'schedule', payload: {} })).toEqual({ mode: 'refresh', branch: 'main', sourceCommit: 'a'.repeat(40) });
    const pull = {
      eventName: 'pull_request_target',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      payload: { pull_request: { number: 7, base: { ref: 'dev' } } },
    };
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
