import { planDatums } from '../../src/pipeline/plan.js';
import { failureRecord, successRecord, type StatsRecord } from '../../src/stats/record.js';

const ok = (repo: string, commit = 'c'.repeat(40)): StatsRecord => successRecord(repo, commit, { files: 1, lines: 2, deps: 3, unparsed: 0 });
const names = (...list: string[]) => list.map((name, i) => ({ name, file: 'projects.txt', line: i + 1 }));

describe('planDatums', () => {
  it('reuses records without error, computes new and failed ones, and lists removed names', () => {
    const previous = [ok('a/one'), failureRecord('b/two', null, 'boom'), ok('c/gone')];
    const plan = planDatums(names('A/One', 'b/two', 'd/new'), previous, false);
    expect(plan.reuse).toEqual([{ ...ok('a/one'), repo: 'A/One' }]); // the input's current spelling
    expect(plan.compute).toEqual(['b/two', 'd/new']);
    expect(plan.removed).toEqual(['c/gone']);
    expect(plan.recheck).toEqual([]);
  });

  it('re-checks, instead of reusing, every record without error when refreshing', () => {
    const plan = planDatums(names('a/one', 'b/two'), [ok('a/one'), failureRecord('b/two', null, 'x')], true);
    expect(plan.recheck.map((r) => r.repo)).toEqual(['a/one']);
    expect(plan.compute).toEqual(['b/two']);
    expect(plan.reuse).toEqual([]);
  });

  it('with no previous data commit, computes everything', () => {
    expect(planDatums(names('a/one', 'b/two'), [], false).compute).toEqual(['a/one', 'b/two']);
  });
});
