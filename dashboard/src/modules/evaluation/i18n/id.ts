// Texts of the annual evaluation (the quarters beside the year) and of the kecamatan's
// organisation predicate; spread into i18n/dictionaries/id.ts.
export const annualEvaluationId = {
  'annual.quarters.title': 'Penilaian triwulan',
  'annual.quarters.hint':
    'Hasil TW I–IV yang sudah final menjadi bahan penilaian akhir tahun, di samping capaian tahunan.',
  'annual.quarters.notEvaluated': 'Belum dinilai',
  'annual.quarters.achievement': 'Capaian',
  'annual.quarters.summary': 'Umpan balik',
  'annual.quarters.indicators': 'Capaian per indikator',
  'annual.quarters.indicatorLine': 'Target {target} · realisasi {value} · capaian {percent}',
  'annual.quarters.indicatorNotReported': 'Target {target} · belum dilaporkan',
  'annual.quarters.indicatorNarrative': 'Kualitatif · {state}',
  'annual.quarters.narrativeReported': 'realisasi naratif dilaporkan',
  'annual.suggested': 'Saran rating hasil kerja: {rating}.',
  'annual.basis.ACHIEVEMENT':
    'Dari capaian tahunan {achievement}; belum ada penilaian triwulan yang final.',
  'annual.basis.ACHIEVEMENT_AND_QUARTERS':
    'Dari capaian tahunan dan penilaian triwulan ({count} triwulan final), masing-masing separuh.',
  'annual.basis.QUARTERS_ONLY':
    'Dari penilaian triwulan ({count} triwulan final); capaian tahunan belum ada.',
  'annual.basis.ORGANIZATION_PREDICATE':
    'Mengikuti predikat kinerja organisasi {unit}: {predicate}.',

  'calibration.reference.number': 'Nomor keputusan',
  'calibration.reference.date': 'Tanggal keputusan',
  'calibration.reference.hint':
    'Predikat kecamatan ditetapkan Pemerintah Kota Surabaya; catat sesuai surat keputusannya.',
  'calibration.reference.required': 'Wajib diisi untuk predikat kecamatan',
  'calibration.reference.tooLong': 'Paling banyak 100 karakter',
  'calibration.reference.future': 'Tidak boleh setelah hari ini',
  'calibration.reference.recorded': 'Keputusan nomor {number}, tanggal {date}',
  'calibration.recordedByHr':
    'Predikat kecamatan ditetapkan Pemerintah Kota dan dicatat oleh Subbagian Umum dan Kepegawaian.',
  'calibration.recordedByCamat': 'Predikat unit di bawah kecamatan dicatat oleh Camat.',
} as const;
