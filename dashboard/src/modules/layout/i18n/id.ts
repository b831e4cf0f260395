// Texts of the app shell and its grouped main menu; spread into i18n/dictionaries/id.ts.
export const layoutId = {
  'shell.menu': 'Menu',
  'shell.closeMenu': 'Tutup menu',
  'shell.mainNav': 'Navigasi utama',
  'shell.logout': 'Keluar',
  'shell.signedInAs': 'Masuk sebagai',

  'nav.home': 'Beranda',
  'nav.employees': 'Pegawai',
  'nav.orgStructure': 'Unit Kerja & Jabatan',
  'nav.cycles': 'Siklus Kinerja',
  'nav.auditLog': 'Jejak Audit',

  'nav.mySkp': 'SKP Saya',
  'nav.report': 'Laporan Kinerja',
  'nav.approval': 'Persetujuan SKP',
  'nav.cascade': 'Kaskade',

  'nav.evaluations': 'Penilaian',
  'nav.myEvaluations': 'Penilaian Saya',
  'nav.feedback': 'Umpan Balik',
  'nav.calibration': 'Kalibrasi',

  'nav.group.self': 'Saya',
  'nav.group.team': 'Tim',
  'nav.group.kecamatan': 'Kecamatan',
  'nav.group.analysis': 'Analisis',
  'nav.groupHasCurrent': '(berisi halaman ini)',
  'nav.groupUnread': 'ada pesan belum dibaca',
  'nav.playground': 'GraphQL playground',
} as const;
