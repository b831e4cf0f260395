import type { layoutId } from './id';

// English texts of the grouped main menu; spread into i18n/dictionaries/en.ts.
export const layoutEn: Record<keyof typeof layoutId, string> = {
  'nav.group.self': 'Me',
  'nav.group.team': 'Team',
  'nav.group.kecamatan': 'Kecamatan',
  'nav.group.analysis': 'Analytics',
  'nav.groupHasCurrent': '(contains this page)',
  'nav.groupUnread': 'unread messages',
  'nav.playground': 'GraphQL playground',
};
