/** Where the objection pages live (the atasan's decision and the pejabat penilai's response). */
export const OBJECTION_PAGE = '/keberatan';

/** The kinds the dashboard names in the user's language (heading and sentence); others show their kind code. */
export const KNOWN_NOTICE_KINDS = [
  'evaluation.final',
  'objection.filed',
  'objection.reassigned',
  'objection.responded',
  'objection.upheld',
  'objection.rejected',
  'plan.submitted',
  'deadline.skp',
  'deadline.realizations',
  'deadline.evaluation',
  'feedback.reply',
  'development.pembinaan',
  'acting.assigned',
  'evaluator.vacancy',
] as const;
export type KnownNoticeKind = (typeof KNOWN_NOTICE_KINDS)[number];

export function knownNoticeKind(kind: string | null | undefined): KnownNoticeKind | null {
  return KNOWN_NOTICE_KINDS.find((known) => known === kind) ?? null;
}

/** The page a notice leads to: its evaluation, objection, plan, report or feedback; null if none. */
export function noticeLink({
  kind,
  entity,
  entityId,
}: {
  kind: string | null;
  entity: string | null;
  entityId: string | null;
}): string | null {
  switch (kind) {
    case 'evaluation.final':
      return entity === 'Evaluation' && entityId
        ? `/penilaian-saya?evaluasi=${entityId}`
        : '/penilaian-saya';
    case 'objection.upheld':
    case 'objection.rejected':
      return '/penilaian-saya';
    case 'objection.filed':
    case 'objection.reassigned':
    case 'objection.responded':
      return entity === 'Objection' && entityId ? `${OBJECTION_PAGE}/${entityId}` : OBJECTION_PAGE;
    case 'plan.submitted':
    case 'deadline.skp':
      return entity === 'PerformancePlan' && entityId ? `/persetujuan/${entityId}` : '/persetujuan';
    case 'deadline.realizations':
      return '/laporan';
    case 'deadline.evaluation':
      return '/penilaian';
    case 'feedback.reply':
      return '/umpan-balik';
    case 'development.pembinaan':
      return '/pengembangan-saya';
    default:
      return null;
  }
}
