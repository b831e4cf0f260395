import { FeedbackKind } from '../api/src/modules/feedback/feedback.entity';
import { Predicate, Rating } from '../api/src/modules/evaluation/evaluation.enums';
import { CoreValue } from '../api/src/modules/plan/plan.enums';

// What evaluators, employees and colleagues write in the Gayungan demo: feedback per RHK and per
// BerAKHLAK value, summaries, objections and continuous feedback. Plain data; the seed
// (`evaluation.seed.ts`) picks from it. Placeholders: `{rhk}` an RHK description, `{capaian}` an
// achievement in percent, `{tahun}` the cycle year, `{periode}` the period's name, `{nilai}` a
// core value's name.

export const CORE_VALUE_NAMES: Record<CoreValue, string> = {
  [CoreValue.BERORIENTASI_PELAYANAN]: 'Berorientasi Pelayanan',
  [CoreValue.AKUNTABEL]: 'Akuntabel',
  [CoreValue.KOMPETEN]: 'Kompeten',
  [CoreValue.HARMONIS]: 'Harmonis',
  [CoreValue.LOYAL]: 'Loyal',
  [CoreValue.ADAPTIF]: 'Adaptif',
  [CoreValue.KOLABORATIF]: 'Kolaboratif',
};

/** How a period is named in the texts. */
export const PERIOD_NAMES: Record<string, string> = {
  TW1: 'triwulan I',
  TW2: 'triwulan II',
  TW3: 'triwulan III',
  TW4: 'triwulan IV',
  ANNUAL: 'tahun',
};

/** Feedback on one RHK, by how far its indicators got (`UNREPORTED`: nothing reported). */
export type TargetBand = 'ABOVE' | 'MEETS' | 'BELOW' | 'UNREPORTED';
export const TARGET_FEEDBACK: Record<TargetBand, readonly string[]> = {
  ABOVE: [
    'Capaian {capaian} % melampaui target. Cara kerja yang dipakai layak dibagikan kepada rekan satu seksi.',
    'Realisasi di atas target ({capaian} %) dengan bukti dukung yang lengkap dan rapi. Pertahankan.',
    'Hasil kerja melebihi target ({capaian} %); mohon target tahun depan disesuaikan dengan kemampuan ini.',
  ],
  MEETS: [
    'Target tercapai ({capaian} %) dan bukti dukung sesuai. Pertahankan ketepatan waktu pelaporan.',
    'Capaian {capaian} %, sesuai rencana. Kualitas hasil kerja baik dan tidak ada berkas yang dikembalikan.',
    'Realisasi sesuai target ({capaian} %). Ke depan, lengkapi bukti dukung dengan rekap dari aplikasi.',
    'Capaian {capaian} %. Pekerjaan berjalan sesuai jadwal; koordinasi dengan kelurahan sudah baik.',
  ],
  BELOW: [
    'Capaian baru {capaian} % dari target. Susun rencana percepatan bersama atasan dan laporkan kemajuannya tiap bulan.',
    'Realisasi di bawah target ({capaian} %). Kendala di lapangan perlu segera disampaikan agar dapat dicarikan jalan keluar.',
    'Capaian {capaian} % belum memenuhi target; sebagian kegiatan tertunda dan bukti dukungnya belum lengkap.',
  ],
  UNREPORTED: [
    'Realisasi periode ini belum dilaporkan sehingga capaiannya dihitung 0 %. Segera unggah laporan dan bukti dukung.',
    'Belum ada laporan realisasi untuk RHK ini pada periode ini; capaian dihitung 0 %.',
  ],
};

/** Feedback on one BerAKHLAK value by its rating; the weaker rating says what to improve. */
export const VALUE_FEEDBACK: Record<CoreValue, Record<Rating, readonly string[]>> = {
  [CoreValue.BERORIENTASI_PELAYANAN]: {
    [Rating.DI_ATAS_EKSPEKTASI]: [
      'Sangat responsif kepada warga; pemohon yang datang dilayani tuntas dan ramah, banyak apresiasi di kanal pengaduan.',
      'Proaktif menjemput bola ke RT/RW untuk warga lansia dan disabilitas yang kesulitan datang ke kantor.',
    ],
    [Rating.SESUAI_EKSPEKTASI]: [
      'Melayani warga dengan ramah dan sesuai standar pelayanan.',
      'Pelayanan kepada pemohon berjalan baik dan sesuai SOP.',
    ],
    [Rating.DI_BAWAH_EKSPEKTASI]: [
      'Perlu meningkatkan komunikasi publik: penjelasan persyaratan kepada warga masih kurang jelas dan ada keluhan di kanal pengaduan. Disarankan mengikuti pelatihan pelayanan prima dan komunikasi publik.',
      'Respons terhadap pengaduan warga masih lambat dan jarang dikabarkan hasilnya. Perlu membiasakan tindak lanjut paling lambat satu hari kerja.',
      'Sikap di loket saat antrean panjang perlu diperbaiki; warga mengeluhkan nada bicara yang kurang ramah. Perlu pembinaan pelayanan prima.',
    ],
  },
  [CoreValue.AKUNTABEL]: {
    [Rating.DI_ATAS_EKSPEKTASI]: [
      'Selalu melaporkan realisasi tepat waktu dengan bukti dukung yang lengkap dan tertelusur.',
      'Sangat cermat mengelola administrasi dan barang milik daerah; menjadi rujukan rekan lain.',
    ],
    [Rating.SESUAI_EKSPEKTASI]: [
      'Bertanggung jawab atas tugas dan melaporkan hasil kerja dengan jujur.',
      'Disiplin dan cermat dalam menyelesaikan tugas.',
    ],
    [Rating.DI_BAWAH_EKSPEKTASI]: [
      'Laporan realisasi sering terlambat dan bukti dukung tidak lengkap. Perlu disiplin mengunggah bukti paling lambat tanggal 10 setelah triwulan.',
      'Pencatatan penggunaan barang milik daerah belum tertib. Perlu pendampingan tata kelola administrasi.',
    ],
  },
  [CoreValue.KOMPETEN]: {
    [Rating.DI_ATAS_EKSPEKTASI]: [
      'Menguasai aplikasi layanan dengan sangat baik dan aktif mengajari rekan baru.',
      'Terus belajar dan membagikan materi pelatihan kepada tim.',
    ],
    [Rating.SESUAI_EKSPEKTASI]: [
      'Menguasai tugas pokok dan menyelesaikannya dengan kualitas yang baik.',
      'Kompetensi teknis memadai untuk tugas saat ini.',
    ],
    [Rating.DI_BAWAH_EKSPEKTASI]: [
      'Masih sering salah input di aplikasi layanan sehingga berkas dikembalikan. Disarankan mengikuti bimbingan teknis aplikasi.',
      'Perlu meningkatkan kemampuan menyusun laporan dan mengolah data; disarankan mengikuti pelatihan pengolahan data.',
    ],
  },
  [CoreValue.HARMONIS]: {
    [Rating.DI_ATAS_EKSPEKTASI]: [
      'Menjadi perekat tim; suka menolong rekan dan menjaga suasana kerja yang kondusif.',
    ],
    [Rating.SESUAI_EKSPEKTASI]: [
      'Menghargai rekan kerja dan warga apa pun latar belakangnya.',
      'Hubungan kerja dengan rekan dan atasan terjaga baik.',
    ],
    [Rating.DI_BAWAH_EKSPEKTASI]: [
      'Beberapa kali terjadi gesekan dengan rekan satu seksi. Perlu menjaga cara menyampaikan pendapat dan menghargai rekan.',
    ],
  },
  [CoreValue.LOYAL]: {
    [Rating.DI_ATAS_EKSPEKTASI]: [
      'Menjaga nama baik instansi dan kerahasiaan data warga dengan sangat baik, termasuk di media sosial.',
    ],
    [Rating.SESUAI_EKSPEKTASI]: [
      'Setia pada tugas dan menjaga kerahasiaan data warga.',
      'Menjalankan kebijakan pimpinan dengan baik.',
    ],
    [Rating.DI_BAWAH_EKSPEKTASI]: [
      'Pernah membagikan dokumen kedinasan di grup percakapan di luar kedinasan. Perlu pembinaan tentang kerahasiaan data pribadi warga.',
    ],
  },
  [CoreValue.ADAPTIF]: {
    [Rating.DI_ATAS_EKSPEKTASI]: [
      'Cepat menyesuaikan diri dengan aplikasi dan SOP baru, bahkan mengusulkan perbaikan alur layanan.',
      'Antusias mencoba cara kerja baru dan menjadi pelopor digitalisasi arsip seksi.',
    ],
    [Rating.SESUAI_EKSPEKTASI]: [
      'Menyesuaikan diri dengan perubahan aplikasi dan SOP dengan baik.',
      'Terbuka terhadap perubahan cara kerja.',
    ],
    [Rating.DI_BAWAH_EKSPEKTASI]: [
      'Masih enggan memakai aplikasi baru dan kembali ke cara manual. Perlu pendampingan literasi digital.',
      'Lambat menyesuaikan diri dengan perubahan SOP layanan. Perlu lebih terbuka pada cara kerja baru.',
    ],
  },
  [CoreValue.KOLABORATIF]: {
    [Rating.DI_ATAS_EKSPEKTASI]: [
      'Aktif membantu seksi lain dan kelurahan pada kegiatan besar kecamatan tanpa menunggu perintah.',
      'Koordinasi dengan RT/RW dan perangkat daerah lain sangat baik.',
    ],
    [Rating.SESUAI_EKSPEKTASI]: [
      'Bekerja sama dengan baik dalam tim.',
      'Berkoordinasi dengan kelurahan sebelum turun ke lapangan.',
    ],
    [Rating.DI_BAWAH_EKSPEKTASI]: [
      'Kurang berkoordinasi dengan rekan dan kelurahan sehingga beberapa kegiatan berjalan sendiri-sendiri. Perlu membiasakan koordinasi sebelum turun ke lapangan.',
      'Jarang terlibat dalam kerja tim lintas seksi. Perlu lebih terbuka berbagi informasi dan beban kerja.',
    ],
  },
};

/** Annual summaries by predicate. */
export const ANNUAL_SUMMARIES: Record<Predicate, readonly string[]> = {
  [Predicate.SANGAT_BAIK]: [
    'Kinerja tahun {tahun} sangat baik: capaian {capaian} % dan perilaku kerja menjadi teladan. Layak diusulkan sebagai pegawai berprestasi kecamatan.',
    'Sepanjang {tahun} hasil kerja melampaui target ({capaian} %) dengan perilaku kerja di atas ekspektasi. Pertahankan dan bagikan praktik baik kepada tim.',
  ],
  [Predicate.BAIK]: [
    'Kinerja tahun {tahun} baik: capaian {capaian} % dan perilaku kerja sesuai ekspektasi.',
    'Target tahun {tahun} tercapai ({capaian} %). Tahun depan, tingkatkan kualitas bukti dukung dan inisiatif perbaikan layanan.',
    'Secara umum tugas tahun {tahun} terlaksana dengan baik ({capaian} %); pertahankan ketepatan waktu pelaporan.',
  ],
  [Predicate.BUTUH_PERBAIKAN]: [
    'Capaian tahun {tahun} baru {capaian} %; beberapa RHK tidak tercapai. Perlu rencana pengembangan dan pendampingan atasan pada tahun berikutnya.',
    'Hasil kerja tahun {tahun} di bawah ekspektasi ({capaian} %). Perilaku kerja cukup baik, namun perencanaan dan pelaporan perlu diperbaiki.',
  ],
  [Predicate.KURANG]: [
    'Hasil kerja tahun {tahun} tercapai ({capaian} %), tetapi perilaku kerja di bawah ekspektasi. Wajib mengikuti pembinaan perilaku kerja.',
  ],
  [Predicate.SANGAT_KURANG]: [
    'Hasil kerja ({capaian} %) dan perilaku kerja tahun {tahun} di bawah ekspektasi. Wajib mengikuti pembinaan dan pendampingan intensif.',
  ],
};

/** Some quarterly evaluations carry a short summary. */
export const QUARTER_SUMMARIES: Record<Predicate, readonly string[]> = {
  [Predicate.SANGAT_BAIK]: [
    'Kinerja {periode} sangat baik ({capaian} %). Terima kasih atas inisiatifnya.',
  ],
  [Predicate.BAIK]: [
    'Kinerja {periode} sesuai rencana ({capaian} %).',
    'Capaian {periode} {capaian} %. Lanjutkan, dan perhatikan ketepatan waktu laporan.',
  ],
  [Predicate.BUTUH_PERBAIKAN]: [
    'Capaian {periode} baru {capaian} %. Mari bahas rencana percepatan pada pertemuan bulanan.',
  ],
  [Predicate.KURANG]: [
    'Target {periode} tercapai, tetapi perilaku kerja perlu segera diperbaiki; kita bicarakan dalam pembinaan.',
  ],
  [Predicate.SANGAT_KURANG]: [
    'Hasil kerja dan perilaku {periode} di bawah ekspektasi; dijadwalkan pertemuan pembinaan.',
  ],
};

/** Appended to an annual summary the curve calibration changed. */
export const CALIBRATION_NOTE =
  'Predikat disesuaikan pada rapat kalibrasi kurva distribusi kecamatan.';

/** Summary of a 2026 annual draft saved for the calibration before the annual reports. */
export const CALIBRATION_DRAFT_SUMMARY =
  'Draf penilaian akhir tahun {tahun} untuk rapat kalibrasi. Realisasi tahunan belum dilaporkan (capaian tercatat 0 %); penilaian sementara mengacu pada capaian triwulan I–III ({capaian} %).';

export const OBJECTION_REASONS = {
  /** The employee believes the result was under-rated. */
  result: [
    'Capaian tahunan saya tercatat {capaian} %, padahal laporan realisasi triwulan IV yang terlambat karena tugas penertiban sudah disetujui. Mohon hasil kerja dinilai ulang sesuai ekspektasi.',
    'Sebagian target tidak tercapai karena kegiatan dibatalkan oleh kebijakan kota, bukan karena kelalaian saya. Bukti surat pembatalan terlampir; mohon dipertimbangkan kembali.',
  ],
  /** The employee disputes a behaviour rating. */
  behavior: [
    'Penilaian perilaku kerja di bawah ekspektasi tidak pernah disampaikan dalam umpan balik triwulan sebelumnya. Mohon ditinjau kembali dengan mempertimbangkan catatan kinerja saya sepanjang tahun.',
  ],
  /** The employee expected a higher predicate. */
  higher: [
    'Capaian saya {capaian} % melampaui target dan saya menjadi narasumber beberapa kegiatan kecamatan. Saya mohon predikat dipertimbangkan menjadi Sangat Baik.',
  ],
} as const;

export const OBJECTION_DECISIONS = {
  upheld: [
    'Keberatan diterima. Bukti dukung yang diajukan sah dan belum dipertimbangkan pejabat penilai; hasil kerja dinilai sesuai ekspektasi.',
    'Keberatan diterima setelah klarifikasi dengan pejabat penilai: kendala berada di luar kendali pegawai. Penilaian direvisi.',
  ],
  rejected: [
    'Keberatan ditolak. Penilaian sudah sesuai realisasi dan bukti dukung yang dilaporkan; pegawai diminta menyusun rencana pengembangan bersama atasan.',
    'Keberatan ditolak setelah klarifikasi dengan pejabat penilai. Capaian sudah dinilai sesuai ekspektasi dan kurva distribusi unit tidak memungkinkan perubahan.',
  ],
} as const;

/** Continuous feedback without a link. */
export const GENERAL_FEEDBACK: Record<FeedbackKind, readonly string[]> = {
  [FeedbackKind.PRAISE]: [
    'Terima kasih sudah membantu layanan loket saat antrean panjang pagi ini.',
    'Laporan kegiatan minggu ini rapi dan lengkap, memudahkan rekap seksi.',
    'Apresiasi untuk kesigapan turun ke lapangan saat ada laporan warga kemarin.',
    'Terima kasih sudah lembur menyiapkan bahan rapat koordinasi dengan kelurahan.',
  ],
  [FeedbackKind.IMPROVEMENT]: [
    'Mohon laporan mingguan dikirim paling lambat Jumat siang agar rekap tidak terlambat.',
    'Notulen rapat kemarin belum mencantumkan tindak lanjut dan penanggung jawab; mohon dilengkapi.',
    'Perlu lebih teliti memeriksa kelengkapan berkas sebelum diteruskan ke kecamatan.',
  ],
  [FeedbackKind.NOTE]: [
    'Catatan: jadwal piket layanan hari Sabtu bulan depan sudah dibagikan di grup.',
    'Untuk diingat: batas unggah bukti dukung triwulan ini tanggal 10.',
    'Mohon dicatat hasil diskusi tadi sebagai bahan evaluasi triwulan.',
  ],
};

/** Continuous feedback on one RHK (`{rhk}`). */
export const TARGET_LINKED_FEEDBACK: Record<FeedbackKind, readonly string[]> = {
  [FeedbackKind.PRAISE]: [
    'Progres RHK "{rhk}" sangat baik bulan ini; pertahankan.',
    'Bukti dukung untuk RHK "{rhk}" sudah lengkap sebelum tenggat. Terima kasih.',
  ],
  [FeedbackKind.IMPROVEMENT]: [
    'Realisasi RHK "{rhk}" masih tertinggal dari rencana bulanan; mari kita bahas kendalanya minggu ini.',
    'Untuk RHK "{rhk}", mohon bukti dukung dilengkapi daftar hadir dan dokumentasi kegiatan.',
  ],
  [FeedbackKind.NOTE]: [
    'Catatan untuk RHK "{rhk}": target triwulan berikutnya menyesuaikan jadwal kegiatan kota.',
    'RHK "{rhk}" akan menjadi bahan pembahasan pada evaluasi triwulan.',
  ],
};

/** Continuous feedback on one BerAKHLAK value. */
export const VALUE_LINKED_FEEDBACK: Record<CoreValue, Record<'PRAISE' | 'IMPROVEMENT', string>> = {
  [CoreValue.BERORIENTASI_PELAYANAN]: {
    PRAISE:
      'Warga yang kemarin mengurus surat pindah menyampaikan terima kasih atas penjelasan yang jelas dan sabar.',
    IMPROVEMENT:
      'Ada keluhan warga di kanal pengaduan soal penjelasan persyaratan yang membingungkan. Mohon gunakan daftar persyaratan tertulis saat melayani.',
  },
  [CoreValue.AKUNTABEL]: {
    PRAISE: 'Terima kasih, register barang milik daerah seksi sudah diperbarui dan tertib.',
    IMPROVEMENT:
      'Bukti dukung bulan ini belum diunggah; mohon dilengkapi sebelum batas waktu pelaporan.',
  },
  [CoreValue.KOMPETEN]: {
    PRAISE: 'Terima kasih sudah mengajari rekan baru memakai aplikasi layanan.',
    IMPROVEMENT:
      'Masih ada salah input di aplikasi minggu ini; mohon periksa ulang data sebelum disimpan.',
  },
  [CoreValue.HARMONIS]: {
    PRAISE: 'Terima kasih sudah membantu rekan yang sedang kewalahan tanpa diminta.',
    IMPROVEMENT:
      'Mohon perbedaan pendapat di rapat disampaikan dengan lebih tenang agar suasana tetap kondusif.',
  },
  [CoreValue.LOYAL]: {
    PRAISE: 'Terima kasih tetap menjaga kerahasiaan data warga saat ada permintaan dari luar.',
    IMPROVEMENT:
      'Dokumen kedinasan jangan dibagikan di grup di luar kedinasan; gunakan kanal resmi.',
  },
  [CoreValue.ADAPTIF]: {
    PRAISE: 'Cepat sekali menyesuaikan diri dengan SOP layanan yang baru. Terima kasih.',
    IMPROVEMENT: 'Mohon mulai menggunakan aplikasi arsip digital, tidak lagi mencatat manual.',
  },
  [CoreValue.KOLABORATIF]: {
    PRAISE: 'Koordinasi dengan kelurahan untuk kegiatan minggu lalu berjalan sangat baik.',
    IMPROVEMENT:
      'Mohon berkoordinasi dengan seksi terkait sebelum menjadwalkan kegiatan di wilayah.',
  },
};

/** A note on a core value without praise or criticism (`{nilai}` is its name). */
export const VALUE_NOTE = 'Catatan perilaku kerja ({nilai}) untuk dibahas pada evaluasi triwulan.';
