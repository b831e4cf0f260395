import { PerformanceCycle } from '../cycle.entity';
import { deadlinesOf } from '../timing';
import { computeCycleDeadlines } from '../utils/deadlines.util';

const cycle = (overrides: Partial<PerformanceCycle> = {}) =>
  Object.assign(new PerformanceCycle(), {
    year: 2026,
    skpDueOn: null,
    realizationDueDays: 10,
    reportingWindowDays: 30,
    evaluationDueDays: 20,
    annualEvaluationDueOn: null,
    ...overrides,
  });

describe('deadlinesOf', () => {
  it('gives what computeCycleDeadlines gives for the row’s settings', () => {
    const row = cycle({ skpDueOn: '2026-02-15', evaluationDueDays: 25 });
    expect(deadlinesOf(row)).toEqual(
      computeCycleDeadlines({
        year: 2026,
        skpDueOn: '2026-02-15',
        realizationDueDays: 10,
        reportingWindowDays: 30,
        evaluationDueDays: 25,
        annualEvaluationDueOn: null,
      }),
    );
  });

  it('computes once per distinct settings and shares the answer frozen', () => {
    const first = deadlinesOf(cycle());
    expect(deadlinesOf(cycle())).toBe(first);
    expect(Object.isFrozen(first) && first.schedule.every(Object.isFrozen)).toBe(true);
    expect(() => {
      (first.schedule as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('follows a change of any setting (HR moves a due date)', () => {
    const before = deadlinesOf(cycle());
    const after = deadlinesOf(cycle({ realizationDueDays: 15 }));
    expect(after).not.toBe(before);
    expect(after.schedule[0].realizationsDueOn).not.toBe(before.schedule[0].realizationsDueOn);
    expect(deadlinesOf(cycle({ year: 2027 })).schedule[0].startsOn).toBe('2027-01-01');
  });
});
