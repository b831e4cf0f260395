// Texts of performance cycles and their reporting periods; spread into dictionaries/id.ts.
export const cyclesId = {
  'cycleStatus.PLANNING': 'Perencanaan',
  'cycleStatus.ACTIVE': 'Aktif',
  'cycleStatus.CALIBRATION': 'Kalibrasi',
  'cycleStatus.CLOSED': 'Ditutup',
  'period.TW1': 'TW I',
  'period.TW2': 'TW II',
  'period.TW3': 'TW III',
  'period.TW4': 'TW IV',
  'period.ANNUAL': 'Tahunan',
  'periodLong.TW1': 'Triwulan I',
  'periodLong.TW2': 'Triwulan II',
  'periodLong.TW3': 'Triwulan III',
  'periodLong.TW4': 'Triwulan IV',
  'periodLong.ANNUAL': 'Akhir tahun',

  'cycle.label': 'Siklus kinerja',
  'cycle.option': '{year} · {status}',
  'cycle.none': 'Belum ada siklus kinerja',
  'cycle.noneHint': 'Subbagian Umum dan Kepegawaian membuka siklus kinerja setiap tahun.',
} as const;
