// Texts of the grouped main menu; spread into i18n/dictionaries/id.ts.
export const layoutId = {
  'nav.group.self': 'Saya',
  'nav.group.team': 'Tim',
  'nav.group.kecamatan': 'Kecamatan',
  'nav.group.analysis': 'Analisis',
  'nav.groupHasCurrent': '(berisi halaman ini)',
  'nav.groupUnread': 'ada pesan belum dibaca',
  'nav.playground': 'GraphQL playground',
} as const;
