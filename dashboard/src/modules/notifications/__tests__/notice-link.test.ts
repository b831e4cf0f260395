import { knownNoticeKind, noticeLink, OBJECTION_PAGE } from '../utils/notice-link';

describe('noticeLink', () => {
  it.each([
    ['evaluation.final', 'Evaluation', '7', '/penilaian-saya?evaluasi=7'],
    ['evaluation.final', null, null, '/penilaian-saya'],
    ['objection.upheld', 'Objection', '3', '/penilaian-saya'],
    ['objection.rejected', 'Objection', '3', '/penilaian-saya'],
    ['objection.filed', 'Objection', '3', `${OBJECTION_PAGE}/3`],
    ['objection.reassigned', 'Objection', '3', `${OBJECTION_PAGE}/3`],
    ['objection.responded', 'Objection', '3', `${OBJECTION_PAGE}/3`],
    ['objection.filed', 'Evaluation', '3', OBJECTION_PAGE],
    ['plan.submitted', 'PerformancePlan', '12', '/persetujuan/12'],
    ['deadline.skp', 'PerformancePlan', '12', '/persetujuan/12'],
    ['deadline.skp', 'Employee', '12', '/persetujuan'],
    ['deadline.realizations', 'PerformancePlan', '12', '/laporan'],
    ['deadline.evaluation', 'PerformancePlan', '12', '/penilaian'],
    ['feedback.reply', 'Feedback', '5', '/umpan-balik'],
    ['development.pembinaan', 'DevelopmentPlan', '2', '/pengembangan-saya'],
    ['something.else', 'Thing', '1', null],
    [null, null, null, null],
  ])('%s %s:%s → %s', (kind, entity, entityId, expected) => {
    expect(noticeLink({ kind, entity, entityId })).toBe(expected);
  });
});

it('knownNoticeKind names only the kinds with a translated heading', () => {
  expect(knownNoticeKind('deadline.skp')).toBe('deadline.skp');
  expect(knownNoticeKind('objection.reassigned')).toBe('objection.reassigned');
  expect(knownNoticeKind('deadline')).toBeNull();
  expect(knownNoticeKind(null)).toBeNull();
});
