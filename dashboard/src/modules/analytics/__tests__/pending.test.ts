import { pendingActionHref } from '../utils/pending';

const action = (kind: string, extra: Partial<Parameters<typeof pendingActionHref>[0]> = {}) => ({
  __typename: 'PendingAction' as const,
  kind,
  employeeId: '9',
  employee: null,
  period: null,
  planId: null,
  objectionId: null,
  ...extra,
});

test('pending actions link to where they are acted on', () => {
  expect(pendingActionHref(action('APPROVE_PLAN', { planId: '12' }))).toBe('/persetujuan/12');
  expect(pendingActionHref(action('EVALUATE', { planId: '12', period: 'TW2' }))).toBe(
    '/penilaian/12/TW2',
  );
  expect(pendingActionHref(action('EVALUATE', { planId: '12' }))).toBe('/penilaian');
  expect(pendingActionHref(action('DECIDE_OBJECTION', { objectionId: '3' }))).toBe('/keberatan/3');
  expect(pendingActionHref(action('DECIDE_OBJECTION'))).toBe('/keberatan');
  expect(pendingActionHref(action('SOMETHING_NEW'))).toBeNull();
});
