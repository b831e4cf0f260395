import type { homeId } from './id';

// English texts of the landing page; spread into i18n/dictionaries/en.ts.
export const homeEn: Record<keyof typeof homeId, string> = {
  'home.greeting.morning': 'Good morning, {name}',
  'home.greeting.midday': 'Good afternoon, {name}',
  'home.greeting.afternoon': 'Good afternoon, {name}',
  'home.greeting.evening': 'Good evening, {name}',
  'home.intro': 'A summary of your staff record in Kinerja.',
  'home.summaryTitle': 'Your staff record',
  'home.viewProfile': 'View full profile',
  'home.noEmployee': 'This account is not linked to an employee record.',
  'home.roles': 'Roles',
  'home.openDirectory': 'Open the employee directory',

  'home.landingIntro': 'What you need to know today, at a glance.',
  'home.section.self': 'My performance',
  'home.section.team': 'My team',
  'home.section.kecamatan': 'Kecamatan',
  'home.section.analysis': 'Analytics',
  'home.section.profile': 'Profile',

  'home.performance.title': 'My performance',
  'home.performance.empty': 'No final evaluation yet. Your first predicate will show here.',
  'home.performance.latestOf': 'Latest final evaluation: {period} {year}',
  'home.performance.achievement': 'Achievement {value} %',
  'home.performance.change.up': 'up from the one before',
  'home.performance.change.down': 'down from the one before',
  'home.performance.change.same': 'same as the one before',
  'home.performance.link': 'See the trend in My Performance',

  'home.jp.title': 'Learning hours (JP)',
  'home.jp.year': 'in {year}',
  'home.jp.missing': '{missing} JP short of 20 JP.',
  'home.jp.link': 'Open My Development',

  'home.pending.title': 'Waiting for you',
  'home.pending.evaluations': 'evaluation(s) awaiting your acknowledgement',
  'home.pending.feedback': 'feedback not yet acknowledged',
  'home.pending.inbox': 'unread message(s)',
  'home.pending.plan': 'your {year} SKP, not yet submitted',
  'home.pending.planReturned': 'your {year} SKP, returned: revise it and submit it again',
  'home.pending.approvals': '{year} SKP waiting for your approval',
  'home.pending.none': 'Nothing is waiting for you. You are all caught up.',

  'home.team.title': 'My team',
  'home.team.pending': 'action(s) waiting for you',
  'home.team.attention': 'of {total} members need attention',
  'home.team.firstActions': 'First actions',
  'home.team.whoNeedsYou': 'Needs attention',
  'home.team.reason.overdueRealizations': 'realisation overdue',
  'home.team.reason.overdueEvaluations': 'evaluation overdue',
  'home.team.reason.weakPredicate': 'predicate below Good',
  'home.team.link': 'Open My team',

  'home.curve.title': 'Distribution curve',
  'home.curve.noSettledCycle': 'No cycle is in calibration or closed yet.',
  'home.curve.of': 'Kecamatan, cycle {year}: {total} annual predicates',
  'home.curve.link': 'Open Calibration',

  'home.completion.title': 'SKP and evaluation completion',
  'home.completion.of': 'Cycle {year}, the whole kecamatan',
  'home.completion.plans': 'SKP approved ({done} of {total} employees)',
  'home.completion.evaluations': 'evaluations final ({done} of {total} due)',
  'home.completion.link': 'Open Summary',

  'home.jpTotals.title': 'JP below target',
  'home.jpTotals.noPns': 'No PNS counted.',
  'home.jpTotals.below': 'of {total} PNS have not reached 20 JP in {year}',
  'home.jpTotals.runningOut': 'The year is running out: they are flagged.',
  'home.jpTotals.link': 'Open ASN Development',

  'home.analysis.title': 'What the data says',
  'home.analysis.body':
    'De-identified predicate distributions by unit, rank, position level, employment type and gender; groups under 5 people are suppressed.',
  'home.analysis.open': 'Open Analytics',
  'home.analysis.playground': 'GraphQL playground',
};
