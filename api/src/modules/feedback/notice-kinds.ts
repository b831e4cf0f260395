// Every kind of notice the API writes: clients word each one in the reader's language from its
// `params` (the dashboard's test reads this list, so a new kind needs its texts there too).
export const NOTICE_KINDS = [
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

export type NoticeKind = (typeof NOTICE_KINDS)[number];
