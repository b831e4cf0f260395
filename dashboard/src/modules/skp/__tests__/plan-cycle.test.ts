import { plansOpen } from '../utils/plan-cycle';

describe('plansOpen', () => {
  test.each([
    ['PLANNING', true],
    ['ACTIVE', true],
    ['CALIBRATION', false],
    ['CLOSED', false],
  ] as const)('a cycle %s: %s', (status, open) => {
    expect(plansOpen({ status })).toBe(open);
  });

  test('no cycle read yet: nothing is offered', () => {
    expect(plansOpen(null)).toBe(false);
  });
});
