import type { notificationsId } from './id';

// English texts of the inbox; spread into dictionaries/en.ts.
export const notificationsEn: Record<keyof typeof notificationsId, string> = {
  'notifications.title': 'Inbox',
  'notifications.unread': '{count} unread messages',
  'notifications.markRead': 'Mark as read',
  'notifications.kind.objection.upheld': 'Objection upheld',
  'notifications.kind.objection.rejected': 'Objection rejected',
  'notifications.kind.development.pembinaan': 'Required pembinaan',
  'notifications.kind.evaluation.final': 'Evaluation final',
  'notifications.kind.objection.filed': 'Objection filed',
  'notifications.kind.objection.reassigned': 'An objection is now yours to decide',
  'notifications.kind.objection.responded': 'Response to an objection',
  'notifications.kind.plan.submitted': 'SKP submitted for your approval',
  'notifications.kind.deadline.skp': 'SKP awaiting your approval',
  'notifications.kind.deadline.realizations': 'Realisations not reported',
  'notifications.kind.deadline.evaluation': 'Evaluation not final',
  'notifications.kind.feedback.reply': 'Feedback reply',
  'notifications.kind.acting.assigned': 'Plt/Plh appointment',
  'notifications.kind.evaluator.vacancy': 'Pejabat penilai changed',
  'notifications.text.evaluation.final': 'Your {period} {year} performance evaluation is final.',
  'notifications.text.evaluation.finalAnnual':
    'Your annual {year} performance evaluation is final. An objection may be filed until {objectionDeadline}.',
  'notifications.text.objection.filed':
    '{name} filed an objection to the annual {year} performance evaluation you made.',
  'notifications.text.objection.reassigned':
    'As the pejabat penilai’s superior, you now decide an objection to an annual performance evaluation.',
  'notifications.text.objection.responded':
    'The pejabat penilai responded to the objection: {response}',
  'notifications.text.objection.upheld.EMPLOYEE': 'Your objection was upheld: {reason}',
  'notifications.text.objection.upheld.EVALUATOR':
    'The objection to the evaluation you made was upheld: {reason}',
  'notifications.text.objection.rejected.EMPLOYEE': 'Your objection was rejected: {reason}',
  'notifications.text.objection.rejected.EVALUATOR':
    'The objection to the evaluation you made was rejected: {reason}',
  'notifications.text.plan.submitted': '{name} submitted their SKP; it awaits your approval.',
  'notifications.text.deadline.skp': 'The SKP of {name} awaits your approval (due {dueOn}).',
  'notifications.text.deadline.realizations':
    'The {period} realisations are not fully reported (due {dueOn}).',
  'notifications.text.deadline.evaluation':
    'The {period} evaluation of {name} is not final (due {dueOn}).',
  'notifications.text.feedback.reply': '{name} replied to feedback.',
  'notifications.text.development.pembinaan.EMPLOYEE':
    'Your {year} development plan has a required pembinaan: predicate {predicate} in the annual {evaluationYear} evaluation.',
  'notifications.text.development.pembinaan.SUPERVISOR':
    '{name} needs pembinaan in {year}: predicate {predicate} in the annual {evaluationYear} evaluation.',
  'notifications.text.acting.assigned':
    'You are appointed {actingKind} head of {unit} ({startsOn} to {endsOn}, {decree}): you are the pejabat penilai of its staff during the term.',
  'notifications.text.evaluator.vacancy':
    'The head of {unit} is vacant without a Plt/Plh: the SKP of {name} is now evaluated by the next head up.',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.loadMore': 'Load more',
  'notifications.loadingMore': 'Loading…',
  'notifications.loading': 'Loading the inbox…',
  'notifications.error': 'The inbox could not be loaded. Try again later.',
  'notifications.open': 'Open',
};
