// Texts of the landing page (Beranda); spread into i18n/dictionaries/id.ts.
export const homeId = {
  'home.landingIntro': 'Yang perlu Anda ketahui hari ini, sekilas.',
  'home.section.self': 'Kinerja saya',
  'home.section.team': 'Tim saya',
  'home.section.kecamatan': 'Kecamatan',
  'home.section.analysis': 'Analisis',
  'home.section.profile': 'Profil',

  'home.performance.title': 'Kinerja saya',
  'home.performance.empty': 'Belum ada penilaian final. Predikat pertama Anda akan tampil di sini.',
  'home.performance.latestOf': 'Penilaian final terakhir: {period} {year}',
  'home.performance.achievement': 'Capaian {value} %',
  'home.performance.change.up': 'naik dari sebelumnya',
  'home.performance.change.down': 'turun dari sebelumnya',
  'home.performance.change.same': 'sama dengan sebelumnya',
  'home.performance.link': 'Lihat tren di Kinerja Saya',

  'home.jp.title': 'Jam pelajaran (JP)',
  'home.jp.year': 'tahun {year}',
  'home.jp.missing': 'Kurang {missing} JP menuju 20 JP.',
  'home.jp.link': 'Buka Pengembangan Saya',

  'home.pending.title': 'Menunggu Anda',
  'home.pending.evaluations': 'penilaian menunggu tanda terima Anda',
  'home.pending.feedback': 'umpan balik belum Anda tanggapi',
  'home.pending.inbox': 'pesan belum dibaca',
  'home.pending.none': 'Tidak ada yang menunggu Anda. Semua sudah ditindaklanjuti.',

  'home.team.title': 'Tim saya',
  'home.team.pending': 'tindakan menunggu Anda',
  'home.team.attention': 'dari {total} anggota perlu perhatian',
  'home.team.firstActions': 'Tindakan pertama',
  'home.team.whoNeedsYou': 'Perlu perhatian',
  'home.team.reason.overdueRealizations': 'realisasi terlambat',
  'home.team.reason.overdueEvaluations': 'penilaian terlambat',
  'home.team.reason.weakPredicate': 'predikat di bawah Baik',
  'home.team.link': 'Buka Tim Saya',

  'home.curve.title': 'Kurva distribusi',
  'home.curve.noSettledCycle': 'Belum ada siklus dalam kalibrasi atau yang sudah ditutup.',
  'home.curve.of': 'Kecamatan, siklus {year}: {total} predikat tahunan',
  'home.curve.link': 'Buka Kalibrasi',

  'home.completion.title': 'Kelengkapan SKP dan penilaian',
  'home.completion.of': 'Siklus {year}, seluruh kecamatan',
  'home.completion.plans': 'SKP disetujui ({done} dari {total} pegawai)',
  'home.completion.evaluations': 'penilaian final ({done} dari {total} jatuh tempo)',
  'home.completion.link': 'Buka Ringkasan',

  'home.jpTotals.title': 'JP di bawah target',
  'home.jpTotals.noPns': 'Tidak ada PNS yang dihitung.',
  'home.jpTotals.below': 'dari {total} PNS belum mencapai 20 JP pada {year}',
  'home.jpTotals.runningOut': 'Tahun segera berakhir: mereka sudah ditandai.',
  'home.jpTotals.link': 'Buka Pengembangan ASN',

  'home.analysis.title': 'Apa kata data',
  'home.analysis.body':
    'Sebaran predikat tanpa identitas menurut unit, golongan, jenjang jabatan, jenis kepegawaian dan jenis kelamin; kelompok di bawah 5 orang disembunyikan.',
  'home.analysis.open': 'Buka Analisis',
  'home.analysis.playground': 'GraphQL playground',
} as const;
