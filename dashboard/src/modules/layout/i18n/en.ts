import type { layoutId } from './id';

// English texts of the app shell and its grouped main menu; spread into i18n/dictionaries/en.ts.
export const layoutEn: Record<keyof typeof layoutId, string> = {
  'shell.menu': 'Menu',
  'shell.closeMenu': 'Close menu',
  'shell.mainNav': 'Main navigation',
  'shell.logout': 'Sign out',
  'shell.signedInAs': 'Signed in as',

  'nav.home': 'Home',
  'nav.employees': 'Employees',
  'nav.orgStructure': 'Units & Positions',
  'nav.cycles': 'Performance cycles',
  'nav.auditLog': 'Audit trail',

  'nav.mySkp': 'My SKP',
  'nav.report': 'Performance report',
  'nav.approval': 'SKP approval',
  'nav.cascade': 'Cascade',

  'nav.evaluations': 'Evaluations',
  'nav.myEvaluations': 'My evaluations',
  'nav.feedback': 'Feedback',
  'nav.calibration': 'Calibration',

  'nav.group.self': 'Me',
  'nav.group.team': 'Team',
  'nav.group.kecamatan': 'Kecamatan',
  'nav.group.analysis': 'Analytics',
  'nav.groupHasCurrent': '(contains this page)',
  'nav.groupUnread': 'unread messages',
  'nav.playground': 'GraphQL playground',
};
