import { TrainingMode } from '../api/src/modules/development/development.enums';
import { CoreValue, IndicatorAspect } from '../api/src/modules/plan/plan.enums';

// The training catalogue of the Gayungan demo and the texts development plans are written with.
// Plain data; `development.seed.ts` writes and uses it. JP (jam pelajaran) are 45 minutes each:
// e-learning 2–10 JP, workshops 8–24 JP, leadership training capped at the API's 200 JP.

export type CatalogueEntry = {
  code: string;
  title: string;
  description: string;
  coreValues: CoreValue[];
  aspects: IndicatorAspect[];
  hours: number;
  provider: string;
  mode: TrainingMode;
  /** Retired programmes stay for the history that names them (YYYY-MM-DD, Asia/Jakarta). */
  retiredOn?: string;
  /** Offered to heads of units only (leadership training and mentoring of new heads). */
  forHeads?: boolean;
};

const {
  BERORIENTASI_PELAYANAN: PELAYANAN,
  AKUNTABEL,
  KOMPETEN,
  HARMONIS,
  LOYAL,
  ADAPTIF,
  KOLABORATIF,
} = CoreValue;
const { KUANTITAS, KUALITAS, WAKTU, BIAYA } = IndicatorAspect;
const { CLASSROOM, E_LEARNING, COACHING, MENTORING } = TrainingMode;

const BPSDM_JATIM = 'BPSDM Provinsi Jawa Timur';
const BKPSDM = 'BKPSDM Kota Surabaya';
const LAN = 'LAN RI';
const MOOC = 'ASN Unggul (MOOC LAN RI)';
const KEMENDAGRI = 'BPSDM Kemendagri';
const INTERNAL = 'Internal Kecamatan Gayungan';

export const TRAINING_CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: 'PLY-01',
    title: 'Pelayanan Prima bagi Petugas Layanan',
    description:
      'Standar pelayanan, sikap dan tutur kata di loket, menghadapi warga saat antrean panjang, serta pelayanan bagi lansia dan penyandang disabilitas. Praktik bermain peran di loket simulasi.',
    coreValues: [PELAYANAN],
    aspects: [KUALITAS],
    hours: 16,
    provider: BKPSDM,
    mode: CLASSROOM,
  },
  {
    code: 'PLY-02',
    title: 'Pelayanan Publik Berorientasi Warga (e-learning)',
    description:
      'Modul mandiri tentang maklumat pelayanan, standar pelayanan menurut UU 25/2009 dan survei kepuasan masyarakat. Diakhiri kuis dan sertifikat elektronik.',
    coreValues: [PELAYANAN],
    aspects: [],
    hours: 6,
    provider: MOOC,
    mode: E_LEARNING,
  },
  {
    code: 'PLY-00',
    title: 'Diklat Pelayanan Prima (kurikulum 2019)',
    description:
      'Diklat pelayanan prima klasikal dengan kurikulum lama. Digantikan oleh Pelayanan Prima bagi Petugas Layanan (PLY-01) mulai 2024.',
    coreValues: [PELAYANAN],
    aspects: [KUALITAS],
    hours: 20,
    provider: BKPSDM,
    mode: CLASSROOM,
    retiredOn: '2023-12-29',
  },
  {
    code: 'KOM-01',
    title: 'Komunikasi Publik dan Public Speaking untuk ASN',
    description:
      'Menjelaskan persyaratan dan kebijakan kepada warga dengan bahasa yang jelas, berbicara di forum RT/RW, menulis informasi layanan untuk media sosial kecamatan dan menghadapi pertanyaan sulit.',
    coreValues: [PELAYANAN, KOLABORATIF],
    aspects: [],
    hours: 16,
    provider: BPSDM_JATIM,
    mode: CLASSROOM,
  },
  {
    code: 'ADU-01',
    title: 'Penanganan Pengaduan Masyarakat melalui WargaKu dan SP4N-LAPOR!',
    description:
      'Alur penerimaan, disposisi, tindak lanjut dan penutupan pengaduan; batas waktu respons; menyampaikan hasil tindak lanjut kepada pelapor. Praktik langsung pada aplikasi.',
    coreValues: [PELAYANAN, AKUNTABEL],
    aspects: [WAKTU],
    hours: 12,
    provider: BKPSDM,
    mode: CLASSROOM,
  },
  {
    code: 'ETK-01',
    title: 'Etika dan Integritas ASN (e-learning)',
    description:
      'Kode etik dan kode perilaku ASN, konflik kepentingan, netralitas, dan studi kasus pelanggaran disiplin di lingkungan pemerintah daerah.',
    coreValues: [AKUNTABEL, LOYAL],
    aspects: [],
    hours: 8,
    provider: MOOC,
    mode: E_LEARNING,
  },
  {
    code: 'ETK-02',
    title: 'Penguatan Integritas dan Pengendalian Gratifikasi',
    description:
      'Mengenali dan melaporkan gratifikasi, pungutan liar dalam pelayanan, dan pengendalian intern di unit kerja. Diselenggarakan bersama Inspektorat Kota Surabaya.',
    coreValues: [AKUNTABEL, LOYAL],
    aspects: [],
    hours: 8,
    provider: BKPSDM,
    mode: CLASSROOM,
  },
  {
    code: 'ARS-01',
    title: 'Manajemen Arsip Digital dengan SRIKANDI',
    description:
      'Registrasi naskah masuk dan keluar, disposisi elektronik, pemberkasan dan penyusutan arsip pada aplikasi SRIKANDI. Praktik memindahkan arsip seksi dari buku agenda ke SRIKANDI.',
    coreValues: [ADAPTIF, AKUNTABEL],
    aspects: [KUALITAS],
    hours: 12,
    provider: 'Dinas Perpustakaan dan Kearsipan Kota Surabaya',
    mode: CLASSROOM,
  },
  {
    code: 'ARS-00',
    title: 'Pengelolaan Arsip Konvensional dan Buku Agenda',
    description:
      'Tata kelola arsip kertas dan buku agenda surat. Tidak ditawarkan lagi sejak arsip kedinasan beralih ke SRIKANDI.',
    coreValues: [AKUNTABEL],
    aspects: [KUALITAS],
    hours: 8,
    provider: 'Dinas Perpustakaan dan Kearsipan Kota Surabaya',
    mode: CLASSROOM,
    retiredOn: '2024-03-28',
  },
  {
    code: 'TND-01',
    title: 'Tata Naskah Dinas di Lingkungan Pemerintah Kota Surabaya',
    description:
      'Jenis dan format naskah dinas, penomoran, penandatanganan elektronik dan kesalahan yang sering membuat surat dikembalikan.',
    coreValues: [KOMPETEN],
    aspects: [KUALITAS],
    hours: 6,
    provider: BKPSDM,
    mode: E_LEARNING,
  },
  {
    code: 'SKP-01',
    title: 'Penyusunan SKP dan Indikator Kinerja Individu',
    description:
      'Menurunkan RHK dari RHK pimpinan yang diintervensi, merumuskan IKI kuantitas, kualitas dan waktu yang terukur, serta menyiapkan bukti dukung realisasi tiap triwulan.',
    coreValues: [AKUNTABEL],
    aspects: [KUANTITAS, KUALITAS, WAKTU],
    hours: 8,
    provider: BKPSDM,
    mode: CLASSROOM,
  },
  {
    code: 'SKP-02',
    title: 'Manajemen Kinerja ASN menurut PermenPANRB 6/2022 (e-learning)',
    description:
      'Siklus manajemen kinerja: perencanaan, pemantauan, pembinaan, penilaian dan tindak lanjut; predikat kinerja dan kurva distribusi.',
    coreValues: [AKUNTABEL],
    aspects: [KUANTITAS],
    hours: 4,
    provider: MOOC,
    mode: E_LEARNING,
  },
  {
    code: 'PKP-01',
    title: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    description:
      'Pelatihan kepemimpinan bagi pejabat pengawas (Kepala Seksi, Kepala Subbagian, Sekretaris Kelurahan): kepemimpinan kinerja, pengelolaan tim dan proyek perubahan di unit kerja. JP klasikal yang diakui; tahap aktualisasi di unit kerja dicatat terpisah.',
    coreValues: [KOMPETEN, KOLABORATIF, ADAPTIF],
    aspects: [KUALITAS],
    hours: 200,
    provider: BPSDM_JATIM,
    mode: CLASSROOM,
    forHeads: true,
  },
  {
    code: 'PKA-01',
    title: 'Pelatihan Kepemimpinan Administrator (PKA)',
    description:
      'Pelatihan kepemimpinan bagi pejabat administrator (Camat, Sekretaris Kecamatan, Lurah): kepemimpinan kolaboratif, inovasi dan aksi perubahan tingkat organisasi. JP klasikal yang diakui.',
    coreValues: [KOMPETEN, KOLABORATIF, ADAPTIF],
    aspects: [KUALITAS],
    hours: 200,
    provider: LAN,
    mode: CLASSROOM,
    forHeads: true,
  },
  {
    code: 'KOL-01',
    title: 'Kolaborasi Lintas Sektor dan Kemitraan dengan Masyarakat',
    description:
      'Bekerja bersama kelurahan, RT/RW, Kader Surabaya Hebat, puskesmas dan perangkat daerah lain: memetakan pemangku kepentingan, rapat koordinasi yang efektif dan berbagi data.',
    coreValues: [KOLABORATIF, HARMONIS],
    aspects: [],
    hours: 16,
    provider: BPSDM_JATIM,
    mode: CLASSROOM,
  },
  {
    code: 'INO-01',
    title: 'Inovasi Pelayanan Publik (Laboratorium Inovasi)',
    description:
      'Menemukan masalah layanan dari pengaduan dan data antrean, merancang dan menguji inovasi sederhana, lalu menyiapkannya untuk kompetisi inovasi pelayanan publik kota.',
    coreValues: [ADAPTIF, PELAYANAN],
    aspects: [KUALITAS],
    hours: 24,
    provider: BPSDM_JATIM,
    mode: CLASSROOM,
  },
  {
    code: 'DAT-01',
    title: 'Analisis Data dengan Spreadsheet',
    description:
      'Membersihkan dan mengolah data layanan, rumus dan tabel pivot, grafik untuk laporan bulanan, serta memeriksa kesalahan input sebelum data dikirim.',
    coreValues: [KOMPETEN],
    aspects: [KUALITAS, WAKTU],
    hours: 16,
    provider: BKPSDM,
    mode: CLASSROOM,
  },
  {
    code: 'KEU-01',
    title: 'Pengelolaan Keuangan Kelurahan dan Penatausahaan di SIPD',
    description:
      'Perencanaan dan penganggaran kegiatan kelurahan, penatausahaan belanja, pertanggungjawaban dan pelaporan realisasi anggaran pada SIPD.',
    coreValues: [AKUNTABEL],
    aspects: [BIAYA, KUALITAS],
    hours: 20,
    provider: KEMENDAGRI,
    mode: CLASSROOM,
  },
  {
    code: 'PBJ-01',
    title: 'Pengadaan Barang/Jasa Pemerintah Tingkat Dasar',
    description:
      'Prinsip dan etika pengadaan, pengadaan langsung dan e-purchasing melalui katalog elektronik, serta dokumen pertanggungjawaban pengadaan. Persiapan ujian sertifikasi tingkat dasar.',
    coreValues: [AKUNTABEL, KOMPETEN],
    aspects: [BIAYA, WAKTU],
    hours: 24,
    provider: BPSDM_JATIM,
    mode: CLASSROOM,
  },
  {
    code: 'ADM-01',
    title: 'Pelayanan Administrasi Kependudukan melalui Klampid New Generation',
    description:
      'Persyaratan dan alur layanan KK, KTP-el, pindah datang dan akta pada aplikasi Klampid New Generation; verifikasi berkas agar tidak dikembalikan Dispendukcapil.',
    coreValues: [PELAYANAN, KOMPETEN],
    aspects: [WAKTU, KUALITAS],
    hours: 12,
    provider: 'Dispendukcapil Kota Surabaya',
    mode: CLASSROOM,
  },
  {
    code: 'K3B-01',
    title: 'Keselamatan Kerja dan Kesiapsiagaan Bencana',
    description:
      'Keselamatan dan kesehatan kerja di kantor dan di lapangan, evakuasi gedung, penanganan awal kebakaran dan banjir, serta koordinasi dengan BPBD dan relawan kampung tangguh.',
    coreValues: [KOLABORATIF],
    aspects: [],
    hours: 12,
    provider: 'BPBD Kota Surabaya',
    mode: CLASSROOM,
  },
  {
    code: 'DIG-01',
    title: 'Literasi Digital dan Keamanan Informasi',
    description:
      'Kata sandi dan autentikasi dua langkah, mengenali phishing, berbagi dokumen kedinasan melalui kanal resmi, dan etika bermedia sosial bagi ASN.',
    coreValues: [ADAPTIF, LOYAL],
    aspects: [],
    hours: 4,
    provider: MOOC,
    mode: E_LEARNING,
  },
  {
    code: 'DIG-02',
    title: 'Perlindungan Data Pribadi dalam Pelayanan Publik',
    description:
      'Kewajiban menjaga data pribadi warga menurut UU 27/2022: data apa yang boleh diminta, disimpan dan dibagikan, serta langkah bila terjadi kebocoran.',
    coreValues: [LOYAL, AKUNTABEL],
    aspects: [],
    hours: 4,
    provider: MOOC,
    mode: E_LEARNING,
  },
  {
    code: 'WKT-01',
    title: 'Manajemen Waktu dan Prioritas Kerja',
    description:
      'Menyusun rencana kerja mingguan dari RHK, memilah tugas mendesak dan penting, serta menjaga tenggat pelaporan.',
    coreValues: [],
    aspects: [WAKTU, KUANTITAS],
    hours: 4,
    provider: MOOC,
    mode: E_LEARNING,
  },
  {
    code: 'HRM-01',
    title: 'Budaya Kerja Harmonis dan Pengelolaan Konflik',
    description:
      'Komunikasi asertif, menyampaikan perbedaan pendapat di rapat, dan menyelesaikan gesekan antarpegawai sebelum mengganggu layanan.',
    coreValues: [HARMONIS, KOLABORATIF],
    aspects: [],
    hours: 8,
    provider: BKPSDM,
    mode: CLASSROOM,
  },
  {
    code: 'ADP-01',
    title: 'Adaptasi Perubahan dan Transformasi Digital Layanan',
    description:
      'Mengapa dan bagaimana layanan kecamatan beralih ke aplikasi, mengelola keengganan terhadap perubahan, dan praktik SOP layanan digital yang baru.',
    coreValues: [ADAPTIF],
    aspects: [],
    hours: 8,
    provider: BKPSDM,
    mode: CLASSROOM,
  },
  {
    code: 'CCH-01',
    title: 'Coaching Kinerja oleh Atasan Langsung',
    description:
      'Empat sesi coaching satu lawan satu dengan atasan langsung: menetapkan sasaran perbaikan dari hasil evaluasi, memantau kemajuan dan mencatat hasilnya.',
    coreValues: [KOMPETEN, AKUNTABEL],
    aspects: [KUANTITAS, KUALITAS],
    hours: 4,
    provider: INTERNAL,
    mode: COACHING,
  },
  {
    code: 'MTR-01',
    title: 'Mentoring Pejabat Pengawas Baru',
    description:
      'Pendampingan oleh Sekretaris Kecamatan atau Lurah senior selama tiga bulan bagi pejabat pengawas yang baru dilantik: memimpin tim, membagi tugas dan menilai kinerja bawahan.',
    coreValues: [KOMPETEN, KOLABORATIF],
    aspects: [],
    hours: 8,
    provider: INTERNAL,
    mode: MENTORING,
    forHeads: true,
  },
];

/** Programmes answering a weak core value, best first (retired ones only before they retired). */
export const PROGRAMS_FOR_VALUE: Record<CoreValue, readonly string[]> = {
  [PELAYANAN]: ['PLY-00', 'PLY-01', 'KOM-01', 'ADU-01', 'PLY-02', 'ADM-01'],
  [AKUNTABEL]: ['ARS-00', 'SKP-01', 'ETK-01', 'ARS-01', 'ETK-02', 'DIG-02'],
  [KOMPETEN]: ['DAT-01', 'TND-01', 'ADM-01', 'CCH-01'],
  [HARMONIS]: ['HRM-01', 'KOL-01'],
  [LOYAL]: ['DIG-02', 'ETK-01', 'DIG-01', 'ETK-02'],
  [ADAPTIF]: ['ARS-01', 'ADP-01', 'DIG-01', 'INO-01'],
  [KOLABORATIF]: ['KOL-01', 'HRM-01', 'K3B-01', 'KOM-01'],
};

/** Programmes answering an indicator below target, by the indicator's aspect. */
export const PROGRAMS_FOR_ASPECT: Record<IndicatorAspect, readonly string[]> = {
  [KUANTITAS]: ['SKP-01', 'WKT-01', 'SKP-02', 'CCH-01'],
  [KUALITAS]: ['SKP-01', 'TND-01', 'DAT-01', 'CCH-01'],
  [WAKTU]: ['WKT-01', 'SKP-01', 'ADU-01', 'DAT-01'],
  [BIAYA]: ['KEU-01', 'PBJ-01'],
};

/** Programmes every ASN of the city is asked to take, used when no weakness calls for one. */
export const GENERAL_PROGRAMS: readonly string[] = [
  'DIG-01',
  'ETK-01',
  'SKP-02',
  'K3B-01',
  'PLY-02',
  'DIG-02',
  'KOM-01',
  'INO-01',
  'KOL-01',
];

/** Why a programme is in the plan. `{nilai}` a core value, `{periode}` a period and year. */
export const VALUE_REASONS: readonly string[] = [
  'Nilai {nilai} dinilai di bawah ekspektasi pada evaluasi {periode}.',
  'Evaluasi {periode}: perilaku {nilai} di bawah ekspektasi; pelatihan ini disepakati bersama atasan.',
  'Menindaklanjuti umpan balik evaluasi {periode} yang menilai {nilai} di bawah ekspektasi.',
];

/** `{iki}` an indicator, `{capaian}` its achievement, `{periode}` a period and year. */
export const INDICATOR_REASONS: readonly string[] = [
  'IKI "{iki}" baru tercapai {capaian} % pada {periode}.',
  'Capaian IKI "{iki}" pada {periode} {capaian} %, di bawah target.',
];

/** `{tahun}` a year. */
export const GENERAL_REASONS: readonly string[] = [
  'Pelatihan wajib bagi seluruh ASN Pemerintah Kota Surabaya tahun {tahun}.',
  'Pemenuhan hak pengembangan kompetensi minimal 20 JP tahun {tahun}.',
];

export const LEADERSHIP_REASON =
  'Pejabat {jabatan} yang belum mengikuti pelatihan kepemimpinan sesuai jenjang jabatannya.';

/** What the employee wrote when the programme was done, by mode. `{judul}` the programme. */
export const OUTCOMES: Record<TrainingMode, readonly string[]> = {
  [CLASSROOM]: [
    'Lulus {judul}. Materi sudah dibagikan kepada rekan satu seksi dalam rapat mingguan.',
    'Mengikuti seluruh sesi {judul}; rencana tindak lanjut disepakati dengan atasan dan mulai dijalankan bulan ini.',
    'Selesai dengan nilai akhir baik. Menyusun perbaikan SOP seksi berdasarkan materi {judul}.',
  ],
  [E_LEARNING]: [
    'Menyelesaikan seluruh modul {judul} dan kuis akhir; sertifikat elektronik terbit.',
    'Modul {judul} selesai dipelajari di sela jam layanan; nilai kuis akhir memenuhi syarat kelulusan.',
  ],
  [COACHING]: [
    'Empat sesi coaching selesai; sasaran perbaikan dicatat dan dipantau atasan tiap bulan.',
    'Sesi coaching membahas kendala pencapaian target; disepakati rencana percepatan dan laporan mingguan.',
  ],
  [MENTORING]: [
    'Mentoring selesai; pendampingan membantu menyusun pembagian tugas tim dan jadwal evaluasi bulanan.',
  ],
};

export const PEMBINAAN_OUTCOMES: readonly string[] = [
  'Pembinaan oleh atasan langsung selesai dalam tiga pertemuan; rencana perbaikan kinerja disepakati dan dipantau tiap bulan.',
  'Pertemuan pembinaan membahas RHK yang tidak tercapai dan perilaku kerja; pegawai menyanggupi target perbaikan triwulan berikutnya.',
  'Pembinaan selesai. Dicatat komitmen pegawai untuk melaporkan realisasi tepat waktu dan hadir pada evaluasi bulanan.',
];

export const CANCEL_REASONS: readonly string[] = [
  'Jadwal pelatihan bertepatan dengan pelaksanaan kegiatan besar kecamatan; diusulkan ikut angkatan berikutnya.',
  'Kuota angkatan dari penyelenggara sudah penuh; dialihkan ke tahun berikutnya.',
  'Pegawai sedang cuti melahirkan pada periode pelatihan.',
];

/** Certificates are kept in the kecamatan's archive, like the SKP evidence. */
export const CERTIFICATE_BASE_URL = 'https://arsip.gayungan.surabaya.go.id/pengembangan';
