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
  'notifications.markAllRead': 'Mark all as read',
  'notifications.loadMore': 'Load more',
  'notifications.loadingMore': 'Loading…',
  'notifications.loading': 'Loading the inbox…',
  'notifications.error': 'The inbox could not be loaded. Try again later.',
  'notifications.open': 'Open',
};
