import type { deadlinesId } from './id';

// English texts of deadlines and overdue items; spread into i18n/dictionaries/en.ts.
export const deadlinesEn: Record<keyof typeof deadlinesId, string> = {
  'deadlines.locale': 'en-GB',
  'deadlines.kind.SKP_NOT_APPROVED': 'SKP not approved',
  'deadlines.kind.REALIZATION_MISSING': 'Realisations not reported',
  'deadlines.kind.EVALUATION_NOT_FINAL': 'Evaluation not final',
  'deadlines.kind.ANNUAL_EVALUATION_NOT_FINAL': 'Annual evaluation not final',
  'deadlines.upcoming.SKP': 'SKP approved',
  'deadlines.upcoming.REALIZATIONS': 'Realisations {period}',
  'deadlines.upcoming.EVALUATION': 'Evaluation {period}',
  'deadlines.upcoming.ANNUAL_EVALUATION': 'Annual evaluation',
  'deadlines.inDays.today': 'today',
  'deadlines.inDays.future': 'in {days} days',
  'deadlines.daysLate': '{days} days',

  'deadlines.card.title': 'Deadlines',
  'deadlines.card.overdueOwn': 'of your items are past their deadline',
  'deadlines.card.overdueTeam': 'items past their deadline, for {people} employees',
  'deadlines.card.noOverdue': 'Nothing is past its deadline.',
  'deadlines.card.next': 'Next deadlines',
  'deadlines.card.noUpcoming': 'No deadlines left in this cycle.',
  'deadlines.card.noCycle': 'No cycle is running yet.',
  'deadlines.card.linkTeam': 'See who is behind',
  'deadlines.card.linkOwn': 'Open the performance report',

  'deadlines.table.title': 'Past their deadline ({count})',
  'deadlines.table.caption': 'Who is behind, with what, and since when',
  'deadlines.table.employee': 'Employee',
  'deadlines.table.kind': 'What',
  'deadlines.table.period': 'Period',
  'deadlines.table.dueOn': 'Deadline',
  'deadlines.table.daysLate': 'Late by',
  'deadlines.table.responsible': 'Who must act',
  'deadlines.table.sortBy': 'Sort by days late',
  'deadlines.table.none': 'Nothing is past its deadline in this unit.',
  'deadlines.table.more': 'Showing {shown} of {total}.',

  'deadlines.form.title': 'Deadlines of the {year} cycle',
  'deadlines.form.hint':
    'Leave a date empty for the default (31 January). Days count from the end of the quarter.',
  'deadlines.form.skpDueOn': 'SKP approved by',
  'deadlines.form.annualEvaluationDueOn': 'Annual evaluation final by',
  'deadlines.form.realizationDueDays': 'Realisations (days after the quarter)',
  'deadlines.form.evaluationDueDays': 'Quarterly evaluations (days after the quarter)',
  'deadlines.form.reportingWindowDays': 'Reporting closes (days after the period)',
  'deadlines.form.save': 'Save deadlines',
  'deadlines.form.saved': 'Deadlines saved.',
  'deadlines.form.closed': 'The cycle is closed: its deadlines no longer change.',
  'deadlines.form.schedule': 'Schedule per period',
  'deadlines.form.reportingWindow': 'Reporting',
  'deadlines.form.finalizableFrom': 'Final from',

  'deadlines.conflict.periodNotEnded':
    'This period has not ended: its evaluation can be finalised from {date}. Save it as a draft for now.',
  'deadlines.conflict.reportingClosed': 'Reporting for this period closed on {date}.',
};
