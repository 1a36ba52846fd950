import { byKey } from '../../src/pipeline/merge-records.js';
import { planDatums } from '../../src/pipeline/plan.js';
import { failureRecord, pendingRecord, successRecord, type StatsRecord } from '../../src/stats/record.js';

const ok = (repo: string, commit = 'c'.repeat(40)): StatsRecord => successRecord(repo, commit, { files: 1, lines: 2, deps: 3, unparsed: 0 });
const names = (...list: string[]) => list.map((name, i) => ({ name, file: 'projects.txt', line: i + 1 }));
const workNames = (plan: ReturnType<typeof planDatums>) => plan.work.map((item) => item.name);

describe('planDatums', () => {
  it('reuses records with stats, computes new and failed ones, and lists removed names', () => {
    const previous = [ok('a/one'), failureRecord('b/two', null, 'boom'), ok('c/gone')];
    const plan = planDatums(names('A/One', 'b/two', 'd/new'), byKey(previous), false);
    expect(plan.reuse).toEqual([{ ...ok('a/one'), repo: 'A/One' }]); // the input's current spelling
    expect(workNames(plan)).toEqual(['d/new', 'b/two']); // new names before failed ones
    expect(plan.work.map((item) => item.recheck)).toEqual([false, false]);
    expect(plan.removed).toEqual(['c/gone']);
  });

  it('puts pending datums first, then new names, then failed ones', () => {
    const previous = [failureRecord('a/failed', null, 'x'), pendingRecord('z/pending'), ok('m/done'), pendingRecord('b/pending')];
    const plan = planDatums(names('a/failed', 'b/pending', 'c/new', 'm/done', 'z/pending'), byKey(previous), false);
    expect(workNames(plan)).toEqual(['b/pending', 'z/pending', 'c/new', 'a/failed']);
    expect(plan.work[0]!.previous).toEqual(pendingRecord('b/pending'));
    expect(plan.reuse.map((record) => record.repo)).toEqual(['m/done']);
  });

  it('re-checks, instead of reusing, every record with stats when refreshing; pending ones still come first', () => {
    const plan = planDatums(names('a/one', 'b/two', 'c/three'), byKey([ok('a/one'), failureRecord('b/two', null, 'x'), pendingRecord('c/three')]), true);
    expect(workNames(plan)).toEqual(['c/three', 'b/two', 'a/one']);
    expect(plan.work.map((item) => item.recheck)).toEqual([false, false, true]);
    expect(plan.reuse).toEqual([]);
  });

  it('reuses a stale record (kept through a transient failure) in commit mode', () => {
    const stale = { ...ok('a/one'), stale: 'GitHub API error 502' };
    expect(planDatums(names('a/one'), byKey([stale]), false).reuse).toEqual([stale]);
  });

  it('with no previous data commit, computes everything', () => {
    expect(workNames(planDatums(names('a/one', 'b/two'), new Map(), false))).toEqual(['a/one', 'b/two']);
  });
});
