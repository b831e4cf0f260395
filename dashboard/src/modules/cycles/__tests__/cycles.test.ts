import type { CycleStatus } from '../../api/generated/graphql';
import { nextPlanningCycle } from '../utils/cycles';

const cycle = (year: number, status: CycleStatus) => ({ year, status });

describe('nextPlanningCycle', () => {
  test.each([
    ['no cycles', [], null],
    ['none in planning', [cycle(2026, 'ACTIVE'), cycle(2025, 'CLOSED')], null],
    ['the one in planning', [cycle(2027, 'PLANNING'), cycle(2026, 'ACTIVE')], 2027],
    [
      'the earliest of two in planning, whatever the order',
      [cycle(2028, 'PLANNING'), cycle(2026, 'ACTIVE'), cycle(2027, 'PLANNING')],
      2027,
    ],
    ['a first year still in planning, nothing active', [cycle(2026, 'PLANNING')], 2026],
  ] as const)('%s', (_case, cycles, year) => {
    expect(nextPlanningCycle(cycles)?.year ?? null).toBe(year);
  });
});
