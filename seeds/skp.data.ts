import { CoreValue, IndicatorAspect, IndicatorDirection } from '../api/src/modules/plan/plan.enums';

// The RHK/IKI catalogue of the Gayungan demo: what each kind of post in a Surabaya kecamatan
// plans in its SKP, and which RHK of the supervisor each one intervenes. Plain data; the seed
// (`skp.seed.ts`) picks from it. `{kelurahan}` stands for the kelurahan's place name.

export type IndicatorTemplate = {
  aspect: IndicatorAspect;
  description: string;
  target: number;
  unit: string;
  direction: IndicatorDirection;
};

export type TargetTemplate = {
  /** Unique in the whole catalogue; a child RHK names its parent by this key. */
  key: string;
  description: string;
  /** Key of the supervisor's RHK this one intervenes; absent only for the Camat and TAMBAHAN. */
  parent?: string;
  /** Staff RHK that only holders of these position titles plan (and plan first). */
  titles?: readonly string[];
  /** Cycle years the RHK belongs to (e.g. the 2024 elections); every year when absent. */
  years?: readonly number[];
  indicators: IndicatorTemplate[];
};

export type SkpRole =
  | 'camat'
  | 'analis-kecamatan'
  | 'sekcam'
  | 'kasubbag-umum'
  | 'staf-umum'
  | 'kasubbag-perencanaan'
  | 'staf-perencanaan'
  | 'kasi-pemerintahan'
  | 'staf-pemerintahan'
  | 'kasi-trantibum'
  | 'staf-trantibum'
  | 'kasi-kesra'
  | 'staf-kesra'
  | 'kasi-pmp'
  | 'staf-pmp'
  | 'lurah'
  | 'sekkel'
  | 'staf-kelurahan'
  | 'kasi-kel-pemerintahan'
  | 'staf-kel-pemerintahan'
  | 'kasi-kel-trantibum'
  | 'staf-kel-trantibum'
  | 'kasi-kel-kesra'
  | 'staf-kel-kesra';

const { KUANTITAS, KUALITAS, WAKTU, BIAYA } = IndicatorAspect;
const { HIGHER_IS_BETTER, LOWER_IS_BETTER } = IndicatorDirection;

const kuantitas = (description: string, target: number, unit: string): IndicatorTemplate => ({
  aspect: KUANTITAS,
  description,
  target,
  unit,
  direction: HIGHER_IS_BETTER,
});
const kualitas = (description: string, target: number, unit: string): IndicatorTemplate => ({
  aspect: KUALITAS,
  description,
  target,
  unit,
  direction: HIGHER_IS_BETTER,
});
const waktu = (description: string, target: number, unit: string): IndicatorTemplate => ({
  aspect: WAKTU,
  description,
  target,
  unit,
  direction: LOWER_IS_BETTER,
});
const biaya = (description: string, target: number): IndicatorTemplate => ({
  aspect: BIAYA,
  description,
  target,
  unit: 'rupiah',
  direction: LOWER_IS_BETTER,
});

/**
 * RHK utama by role. Heads plan every RHK of their role (2–4), so each key a subordinate names
 * exists in the supervisor's plan; staff pick 2–3 of theirs.
 */
export const RHK_UTAMA: Record<SkpRole, TargetTemplate[]> = {
  camat: [
    {
      key: 'camat.pelayanan',
      description:
        'Meningkatnya kualitas penyelenggaraan pemerintahan dan pelayanan publik di Kecamatan Gayungan',
      indicators: [
        kualitas('Indeks Kepuasan Masyarakat (IKM) layanan kecamatan', 85, 'nilai'),
        kuantitas('Persentase permohonan layanan yang selesai sesuai standar pelayanan', 95, '%'),
        kuantitas('Persentase realisasi penerimaan PBB-P2 terhadap ketetapan wilayah', 90, '%'),
      ],
    },
    {
      key: 'camat.trantibum',
      description:
        'Meningkatnya ketenteraman, ketertiban umum dan perlindungan masyarakat di Kecamatan Gayungan',
      indicators: [
        kuantitas('Persentase gangguan ketenteraman dan ketertiban umum yang ditangani', 100, '%'),
        kuantitas('Persentase pelanggaran Peraturan Daerah yang ditertibkan', 90, '%'),
      ],
    },
    {
      key: 'camat.kesejahteraan',
      description:
        'Meningkatnya kesejahteraan sosial dan keberdayaan masyarakat di Kecamatan Gayungan',
      indicators: [
        kuantitas(
          'Persentase data penerima bantuan sosial yang diverifikasi dan divalidasi',
          100,
          '%',
        ),
        kuantitas('Persentase usulan musrenbang kelurahan yang terakomodasi', 60, '%'),
      ],
    },
    {
      key: 'camat.akuntabilitas',
      description: 'Meningkatnya akuntabilitas kinerja dan tata kelola keuangan Kecamatan Gayungan',
      indicators: [
        kualitas('Nilai evaluasi internal SAKIP kecamatan', 80, 'nilai'),
        kuantitas('Persentase realisasi anggaran belanja kecamatan', 95, '%'),
        waktu('Waktu penyusunan Laporan Kinerja (LKjIP) kecamatan', 2, 'bulan'),
      ],
    },
  ],
  'analis-kecamatan': [
    {
      key: 'analis.kajian',
      parent: 'camat.pelayanan',
      description:
        'Tersusunnya kajian dan rekomendasi kebijakan peningkatan pelayanan publik kecamatan',
      indicators: [
        kuantitas('Jumlah kajian kebijakan yang disampaikan kepada Camat', 2, 'dokumen'),
        kualitas('Persentase rekomendasi kebijakan yang ditindaklanjuti', 70, '%'),
      ],
    },
    {
      key: 'analis.evaluasi',
      parent: 'camat.akuntabilitas',
      description: 'Tersusunnya evaluasi capaian kinerja dan SAKIP kecamatan per triwulan',
      indicators: [
        kuantitas('Jumlah laporan evaluasi kinerja', 4, 'laporan'),
        waktu('Waktu penyelesaian evaluasi setelah akhir triwulan', 15, 'hari'),
      ],
    },
    {
      key: 'analis.inovasi',
      parent: 'camat.pelayanan',
      description: 'Terdokumentasinya inovasi pelayanan publik Kecamatan Gayungan',
      indicators: [kuantitas('Jumlah inovasi pelayanan yang didokumentasikan', 2, 'inovasi')],
    },
  ],
  sekcam: [
    {
      key: 'sekcam.umum',
      parent: 'camat.akuntabilitas',
      description:
        'Meningkatnya kualitas pengelolaan administrasi umum, kepegawaian dan barang milik daerah kecamatan',
      indicators: [
        kuantitas(
          'Persentase pegawai yang menyusun SKP dan melaporkan realisasi tepat waktu',
          100,
          '%',
        ),
        kuantitas('Persentase barang milik daerah yang tercatat dan terinventarisasi', 100, '%'),
      ],
    },
    {
      key: 'sekcam.keuangan',
      parent: 'camat.akuntabilitas',
      description:
        'Meningkatnya kualitas perencanaan, penganggaran dan pelaporan keuangan kecamatan',
      indicators: [
        kuantitas('Persentase realisasi anggaran belanja kecamatan', 95, '%'),
        kuantitas(
          'Jumlah dokumen perencanaan dan pelaporan yang disampaikan tepat waktu',
          8,
          'dokumen',
        ),
      ],
    },
    {
      key: 'sekcam.koordinasi',
      parent: 'camat.pelayanan',
      description: 'Meningkatnya efektivitas koordinasi pelayanan antara seksi dan kelurahan',
      indicators: [
        kuantitas('Jumlah rapat koordinasi pelayanan yang dilaksanakan', 12, 'kali'),
        kualitas('Persentase hasil rapat koordinasi yang ditindaklanjuti', 85, '%'),
      ],
    },
  ],
  'kasubbag-umum': [
    {
      key: 'umum.kepegawaian',
      parent: 'sekcam.umum',
      description: 'Meningkatnya tertib administrasi kepegawaian kecamatan',
      indicators: [
        kuantitas('Jumlah dokumen SKP dan realisasi pegawai yang diverifikasi', 300, 'dokumen'),
        kuantitas(
          'Persentase usulan kenaikan pangkat dan gaji berkala yang diproses tepat waktu',
          100,
          '%',
        ),
      ],
    },
    {
      key: 'umum.persuratan',
      parent: 'sekcam.umum',
      description: 'Meningkatnya tertib pengelolaan persuratan dan kearsipan kecamatan',
      indicators: [
        kuantitas('Jumlah berkas arsip yang ditata sesuai klasifikasi', 1200, 'berkas'),
        waktu('Rata-rata waktu pendistribusian surat masuk', 1, 'hari'),
      ],
    },
    {
      key: 'umum.bmd',
      parent: 'sekcam.umum',
      description:
        'Meningkatnya tertib pengelolaan barang milik daerah dan sarana prasarana kantor',
      indicators: [
        kuantitas('Jumlah laporan mutasi dan inventarisasi BMD', 4, 'laporan'),
        kualitas('Persentase sarana prasarana kantor dalam kondisi baik', 90, '%'),
      ],
    },
  ],
  'staf-umum': [
    {
      key: 'umum.staf.layanan-kepegawaian',
      parent: 'umum.kepegawaian',
      titles: ['Analis Sumber Daya Manusia Aparatur Ahli Pertama'],
      description:
        'Terselesaikannya usulan layanan kepegawaian (kenaikan pangkat, gaji berkala, cuti)',
      indicators: [
        kuantitas('Jumlah usulan layanan kepegawaian yang diproses', 120, 'usulan'),
        waktu('Rata-rata waktu pemrosesan usulan', 3, 'hari'),
      ],
    },
    {
      key: 'umum.staf.rekap-skp',
      parent: 'umum.kepegawaian',
      titles: ['Analis Sumber Daya Manusia Aparatur Ahli Pertama'],
      description: 'Tersusunnya rekapitulasi SKP dan capaian kinerja pegawai per triwulan',
      indicators: [
        kuantitas('Jumlah rekapitulasi capaian kinerja pegawai', 4, 'laporan'),
        kualitas('Persentase data SKP pegawai yang lengkap dan valid', 95, '%'),
      ],
    },
    {
      key: 'umum.staf.surat',
      parent: 'umum.persuratan',
      titles: ['Pengadministrasi Perkantoran'],
      description: 'Teragendanya surat masuk dan surat keluar Kecamatan Gayungan',
      indicators: [
        kuantitas('Jumlah surat yang diagendakan', 1800, 'surat'),
        waktu('Waktu pengagendaan surat sejak diterima', 1, 'hari'),
      ],
    },
    {
      key: 'umum.staf.arsip',
      parent: 'umum.persuratan',
      titles: ['Arsiparis Terampil'],
      description: 'Tertatanya arsip dinamis inaktif Kecamatan Gayungan',
      indicators: [
        kuantitas('Jumlah berkas arsip yang dideskripsi dan ditata', 1000, 'berkas'),
        kualitas('Persentase berkas arsip yang tertata sesuai klasifikasi', 95, '%'),
      ],
    },
    {
      key: 'umum.staf.jaringan',
      parent: 'umum.bmd',
      titles: ['Pranata Komputer Ahli Pertama'],
      description: 'Terpeliharanya jaringan, perangkat komputer dan aplikasi layanan kecamatan',
      indicators: [
        kuantitas('Jumlah perangkat komputer yang dipelihara', 60, 'unit'),
        kualitas('Persentase ketersediaan jaringan kantor', 98, '%'),
        waktu('Rata-rata waktu penanganan gangguan', 4, 'jam'),
      ],
    },
    {
      key: 'umum.staf.bmd',
      parent: 'umum.bmd',
      description: 'Terinventarisasinya barang milik daerah pada Kantor Kecamatan Gayungan',
      indicators: [kuantitas('Jumlah BMD yang dilabel dan dicatat dalam KIB', 350, 'barang')],
    },
    {
      key: 'umum.staf.rapat',
      parent: 'umum.persuratan',
      description: 'Terselenggaranya dukungan administrasi rapat dan kegiatan kantor',
      indicators: [kuantitas('Jumlah kegiatan yang didukung administrasinya', 48, 'kegiatan')],
    },
  ],
  'kasubbag-perencanaan': [
    {
      key: 'perencanaan.dokumen',
      parent: 'sekcam.keuangan',
      description: 'Meningkatnya kualitas dokumen perencanaan dan penganggaran kecamatan',
      indicators: [
        kuantitas('Jumlah dokumen perencanaan dan penganggaran (Renja, RKA, DPA)', 5, 'dokumen'),
        waktu('Waktu penyusunan Renja kecamatan', 2, 'bulan'),
      ],
    },
    {
      key: 'perencanaan.spj',
      parent: 'sekcam.keuangan',
      description: 'Meningkatnya tertib penatausahaan dan pertanggungjawaban keuangan kecamatan',
      indicators: [
        kuantitas('Persentase SPJ yang diverifikasi lengkap dan sah', 100, '%'),
        waktu('Rata-rata waktu verifikasi SPJ', 3, 'hari'),
      ],
    },
    {
      key: 'perencanaan.laporan',
      parent: 'sekcam.keuangan',
      description: 'Meningkatnya kualitas pelaporan kinerja dan keuangan kecamatan',
      indicators: [
        kuantitas('Jumlah laporan kinerja dan keuangan yang disampaikan', 16, 'laporan'),
        kualitas('Persentase laporan yang diterima tanpa revisi', 90, '%'),
      ],
    },
  ],
  'staf-perencanaan': [
    {
      key: 'perencanaan.staf.renja',
      parent: 'perencanaan.dokumen',
      titles: ['Perencana Ahli Pertama'],
      description: 'Tersusunnya rancangan Renja dan RKA Kecamatan Gayungan',
      indicators: [
        kuantitas('Jumlah rancangan dokumen perencanaan', 3, 'dokumen'),
        kualitas('Persentase program yang selaras dengan Renstra', 100, '%'),
      ],
    },
    {
      key: 'perencanaan.staf.lkjip',
      parent: 'perencanaan.laporan',
      titles: ['Perencana Ahli Pertama'],
      description: 'Tersusunnya laporan capaian kinerja triwulan dan LKjIP kecamatan',
      indicators: [
        kuantitas('Jumlah laporan capaian kinerja', 5, 'laporan'),
        waktu('Waktu penyampaian laporan setelah akhir triwulan', 10, 'hari'),
      ],
    },
    {
      key: 'perencanaan.staf.spj',
      parent: 'perencanaan.spj',
      titles: ['Pengelola Keuangan'],
      description: 'Terverifikasinya SPJ belanja Kecamatan Gayungan',
      indicators: [
        kuantitas('Jumlah SPJ yang diverifikasi', 480, 'berkas'),
        waktu('Rata-rata waktu verifikasi per SPJ', 2, 'hari'),
      ],
    },
    {
      key: 'perencanaan.staf.laporan-keuangan',
      parent: 'perencanaan.laporan',
      titles: ['Analis Keuangan Pusat dan Daerah Ahli Pertama'],
      description: 'Tersusunnya laporan keuangan dan analisis realisasi anggaran kecamatan',
      indicators: [
        kuantitas('Jumlah laporan realisasi anggaran', 12, 'laporan'),
        kualitas('Persentase selisih rekonsiliasi yang terselesaikan', 100, '%'),
      ],
    },
    {
      key: 'perencanaan.staf.pencairan',
      parent: 'perencanaan.spj',
      description: 'Terprosesnya pengajuan pencairan dana (UP/GU/LS) kecamatan',
      indicators: [
        kuantitas('Jumlah pengajuan SPP/SPM yang diproses', 60, 'dokumen'),
        waktu('Rata-rata waktu proses pengajuan', 2, 'hari'),
      ],
    },
    {
      key: 'perencanaan.staf.sipd',
      parent: 'perencanaan.dokumen',
      description: 'Terinputnya data perencanaan dan penganggaran kecamatan pada SIPD',
      indicators: [
        kuantitas('Jumlah sub kegiatan yang diinput ke SIPD', 24, 'sub kegiatan'),
        kualitas('Persentase input tanpa koreksi TAPD', 95, '%'),
      ],
    },
  ],
  'kasi-pemerintahan': [
    {
      key: 'pemerintahan.adminduk',
      parent: 'camat.pelayanan',
      description: 'Meningkatnya kualitas pelayanan administrasi kependudukan di kecamatan',
      indicators: [
        kuantitas('Persentase permohonan KTP-el, KK dan akta yang diselesaikan', 98, '%'),
        waktu('Rata-rata waktu penyelesaian layanan administrasi kependudukan', 3, 'hari'),
      ],
    },
    {
      key: 'pemerintahan.perizinan',
      parent: 'camat.pelayanan',
      description: 'Meningkatnya kualitas pelayanan perizinan dan non-perizinan kecamatan',
      indicators: [
        kuantitas(
          'Persentase permohonan perizinan dan non-perizinan yang diproses sesuai SOP',
          95,
          '%',
        ),
        kualitas('Indeks Kepuasan Masyarakat layanan perizinan', 85, 'nilai'),
      ],
    },
    {
      key: 'pemerintahan.pbb',
      parent: 'camat.pelayanan',
      description: 'Meningkatnya capaian penerimaan PBB-P2 di wilayah kecamatan',
      indicators: [
        kuantitas('Persentase SPPT PBB-P2 yang terdistribusi', 100, '%'),
        kuantitas('Persentase realisasi penerimaan PBB-P2 terhadap ketetapan', 90, '%'),
      ],
    },
  ],
  'staf-pemerintahan': [
    {
      key: 'pemerintahan.staf.data',
      parent: 'pemerintahan.adminduk',
      titles: ['Pengolah Data dan Informasi'],
      description: 'Tersajinya data layanan kependudukan dan perizinan kecamatan',
      indicators: [
        kuantitas('Jumlah laporan rekapitulasi layanan', 12, 'laporan'),
        kualitas('Persentase data layanan yang valid', 98, '%'),
      ],
    },
    {
      key: 'pemerintahan.staf.pengaduan',
      parent: 'pemerintahan.perizinan',
      titles: ['Penata Layanan Operasional'],
      description: 'Terkelolanya antrean dan pengaduan layanan publik kecamatan',
      indicators: [
        kuantitas('Jumlah pengaduan layanan yang ditindaklanjuti', 60, 'pengaduan'),
        waktu('Rata-rata waktu tanggap pengaduan', 1, 'hari'),
      ],
    },
    {
      key: 'pemerintahan.staf.ktp',
      parent: 'pemerintahan.adminduk',
      description: 'Terlayaninya perekaman dan pencetakan KTP-el',
      indicators: [
        kuantitas('Jumlah KTP-el yang direkam dan dicetak', 1500, 'keping'),
        waktu('Rata-rata waktu layanan per pemohon', 30, 'menit'),
      ],
    },
    {
      key: 'pemerintahan.staf.kk-akta',
      parent: 'pemerintahan.adminduk',
      description: 'Terverifikasinya berkas permohonan KK dan akta pencatatan sipil',
      indicators: [
        kuantitas('Jumlah berkas KK dan akta yang diverifikasi', 1200, 'berkas'),
        kualitas('Persentase berkas terverifikasi tanpa pengembalian', 95, '%'),
      ],
    },
    {
      key: 'pemerintahan.staf.izin',
      parent: 'pemerintahan.perizinan',
      description:
        'Terprosesnya permohonan perizinan dan non-perizinan (surat keterangan, rekomendasi, NIB usaha mikro)',
      indicators: [
        kuantitas('Jumlah permohonan yang diproses', 600, 'permohonan'),
        waktu('Rata-rata waktu penyelesaian permohonan', 2, 'hari'),
      ],
    },
    {
      key: 'pemerintahan.staf.pbb',
      parent: 'pemerintahan.pbb',
      description: 'Terdistribusinya SPPT dan terpantaunya pembayaran PBB-P2 wilayah kecamatan',
      indicators: [
        kuantitas('Jumlah SPPT PBB-P2 yang didistribusikan', 9000, 'lembar'),
        kuantitas('Jumlah laporan pemantauan pembayaran PBB-P2', 12, 'laporan'),
      ],
    },
  ],
  'kasi-trantibum': [
    {
      key: 'trantibum.patroli',
      parent: 'camat.trantibum',
      description: 'Meningkatnya ketenteraman dan ketertiban umum melalui patroli wilayah',
      indicators: [
        kuantitas('Jumlah patroli wilayah yang dilaksanakan', 240, 'kali'),
        kuantitas('Persentase laporan gangguan trantibum yang ditindaklanjuti', 100, '%'),
      ],
    },
    {
      key: 'trantibum.penertiban',
      parent: 'camat.trantibum',
      description: 'Meningkatnya kepatuhan masyarakat terhadap Peraturan Daerah',
      indicators: [
        kuantitas('Jumlah operasi penertiban PKL, reklame dan bangunan', 48, 'kegiatan'),
        kualitas('Persentase lokasi yang tetap tertib setelah penertiban', 85, '%'),
      ],
    },
    {
      key: 'trantibum.linmas',
      parent: 'camat.trantibum',
      description:
        'Meningkatnya kesiapsiagaan Linmas dan masyarakat menghadapi bencana dan kebakaran',
      indicators: [
        kuantitas('Jumlah pembinaan dan simulasi Linmas', 8, 'kegiatan'),
        waktu('Rata-rata waktu respons kejadian darurat', 30, 'menit'),
      ],
    },
  ],
  'staf-trantibum': [
    {
      key: 'trantibum.staf.patroli',
      parent: 'trantibum.patroli',
      titles: ['Polisi Pamong Praja Terampil'],
      description: 'Terlaksananya patroli rutin ketenteraman dan ketertiban wilayah kecamatan',
      indicators: [
        kuantitas('Jumlah patroli yang diikuti', 200, 'kali'),
        kuantitas('Jumlah laporan hasil patroli', 200, 'laporan'),
      ],
    },
    {
      key: 'trantibum.staf.penertiban',
      parent: 'trantibum.penertiban',
      titles: ['Polisi Pamong Praja Terampil'],
      description: 'Terlaksananya penertiban pedagang kaki lima dan reklame liar',
      indicators: [
        kuantitas('Jumlah lokasi yang ditertibkan', 60, 'lokasi'),
        kualitas('Persentase penertiban tanpa keberatan warga', 95, '%'),
      ],
    },
    {
      key: 'trantibum.staf.pengaduan',
      parent: 'trantibum.patroli',
      description: 'Tertindaklanjutinya pengaduan masyarakat terkait gangguan trantibum',
      indicators: [
        kuantitas('Jumlah pengaduan yang ditindaklanjuti', 80, 'pengaduan'),
        waktu('Rata-rata waktu tindak lanjut pengaduan', 1, 'hari'),
      ],
    },
    {
      key: 'trantibum.staf.linmas',
      parent: 'trantibum.linmas',
      description: 'Terdata dan terbinanya anggota Linmas wilayah kecamatan',
      indicators: [
        kuantitas('Jumlah anggota Linmas yang terdata', 120, 'orang'),
        kuantitas('Jumlah kegiatan pembinaan Linmas', 4, 'kegiatan'),
      ],
    },
    {
      key: 'trantibum.staf.laporan',
      parent: 'trantibum.penertiban',
      description: 'Tersusunnya laporan kegiatan ketenteraman dan ketertiban umum',
      indicators: [
        kuantitas('Jumlah laporan kegiatan bulanan', 12, 'laporan'),
        waktu('Waktu penyampaian laporan setelah akhir bulan', 5, 'hari'),
      ],
    },
  ],
  'kasi-kesra': [
    {
      key: 'kesra.bansos',
      parent: 'camat.kesejahteraan',
      description: 'Meningkatnya ketepatan sasaran bantuan sosial bagi warga MBR',
      indicators: [
        kuantitas('Persentase data MBR yang diverifikasi dan divalidasi', 100, '%'),
        kualitas('Persentase penyaluran bantuan sosial tepat sasaran', 98, '%'),
      ],
    },
    {
      key: 'kesra.kesehatan',
      parent: 'camat.kesejahteraan',
      description:
        'Meningkatnya layanan kesehatan dasar berbasis masyarakat melalui posyandu dan Kampung KB',
      indicators: [
        kuantitas('Persentase posyandu aktif yang dibina', 95, '%'),
        kuantitas('Jumlah Kampung KB yang dibina', 4, 'kampung'),
      ],
    },
    {
      key: 'kesra.ekonomi',
      parent: 'camat.kesejahteraan',
      description: 'Meningkatnya keberdayaan ekonomi warga melalui pembinaan UMKM',
      indicators: [kuantitas('Jumlah UMKM yang dibina dan difasilitasi', 60, 'UMKM')],
    },
  ],
  'staf-kesra': [
    {
      key: 'kesra.staf.data-mbr',
      parent: 'kesra.bansos',
      titles: ['Pengolah Data dan Informasi'],
      description: 'Termutakhirkannya data warga MBR dan penerima bantuan sosial',
      indicators: [
        kuantitas('Jumlah data MBR yang dimutakhirkan', 1500, 'KK'),
        kualitas('Persentase data yang padan dengan NIK', 98, '%'),
      ],
    },
    {
      key: 'kesra.staf.verifikasi',
      parent: 'kesra.bansos',
      description: 'Terlaksananya verifikasi lapangan calon penerima bantuan sosial',
      indicators: [
        kuantitas('Jumlah rumah tangga yang diverifikasi', 400, 'KK'),
        waktu('Waktu penyelesaian verifikasi per usulan', 5, 'hari'),
      ],
    },
    {
      key: 'kesra.staf.posyandu',
      parent: 'kesra.kesehatan',
      description: 'Terlaksananya pendampingan posyandu dan Kampung KB',
      indicators: [
        kuantitas('Jumlah kegiatan pendampingan posyandu', 48, 'kegiatan'),
        kuantitas('Jumlah laporan pemantauan balita stunting', 12, 'laporan'),
      ],
    },
    {
      key: 'kesra.staf.umkm',
      parent: 'kesra.ekonomi',
      description: 'Terfasilitasinya UMKM warga dalam pameran dan pelatihan',
      indicators: [kuantitas('Jumlah UMKM yang difasilitasi', 40, 'UMKM')],
    },
  ],
  'kasi-pmp': [
    {
      key: 'pmp.musrenbang',
      parent: 'camat.kesejahteraan',
      description: 'Meningkatnya kualitas perencanaan pembangunan partisipatif melalui musrenbang',
      indicators: [
        kuantitas('Jumlah usulan musrenbang yang diverifikasi', 150, 'usulan'),
        kualitas('Persentase usulan yang memenuhi kelengkapan dokumen', 90, '%'),
      ],
    },
    {
      key: 'pmp.kampung',
      parent: 'camat.kesejahteraan',
      description:
        'Meningkatnya partisipasi masyarakat dalam program Kampung Madani dan Kampung Pancasila',
      indicators: [
        kuantitas('Jumlah RW peserta program kampung', 30, 'RW'),
        kualitas('Persentase RW yang aktif melaporkan kegiatan', 80, '%'),
      ],
    },
    {
      key: 'pmp.padat-karya',
      parent: 'camat.kesejahteraan',
      description: 'Meningkatnya kesempatan kerja warga MBR melalui program padat karya',
      indicators: [
        kuantitas('Jumlah warga MBR yang terlibat padat karya', 120, 'orang'),
        biaya('Biaya pendampingan program padat karya', 45_000_000),
      ],
    },
  ],
  'staf-pmp': [
    {
      key: 'pmp.staf.kelompok',
      parent: 'pmp.kampung',
      titles: ['Penggerak Swadaya Masyarakat Ahli Pertama'],
      description: 'Terlaksananya pendampingan kelompok masyarakat pada program kampung',
      indicators: [
        kuantitas('Jumlah kelompok masyarakat yang didampingi', 24, 'kelompok'),
        kualitas('Persentase kelompok dengan laporan kegiatan lengkap', 85, '%'),
      ],
    },
    {
      key: 'pmp.staf.musrenbang',
      parent: 'pmp.musrenbang',
      description: 'Terfasilitasinya pelaksanaan musrenbang kelurahan dan kecamatan',
      indicators: [
        kuantitas('Jumlah forum musrenbang yang difasilitasi', 5, 'kegiatan'),
        kuantitas('Jumlah berita acara dan dokumen usulan', 5, 'dokumen'),
      ],
    },
    {
      key: 'pmp.staf.padat-karya',
      parent: 'pmp.padat-karya',
      description: 'Terlaksananya pendataan dan monitoring pekerja padat karya',
      indicators: [
        kuantitas('Jumlah laporan monitoring padat karya', 12, 'laporan'),
        biaya('Biaya operasional monitoring', 6_000_000),
      ],
    },
    {
      key: 'pmp.staf.pembangunan',
      parent: 'pmp.musrenbang',
      description: 'Terpantaunya pelaksanaan pembangunan fisik di wilayah kecamatan',
      indicators: [kuantitas('Jumlah lokasi pembangunan yang dipantau', 40, 'lokasi')],
    },
  ],
  lurah: [
    {
      key: 'lurah.pelayanan',
      parent: 'camat.pelayanan',
      description:
        'Meningkatnya kualitas pelayanan publik dan penyelenggaraan pemerintahan di Kelurahan {kelurahan}',
      indicators: [
        kualitas('Indeks Kepuasan Masyarakat layanan kelurahan', 85, 'nilai'),
        kuantitas('Persentase realisasi penerimaan PBB-P2 kelurahan', 90, '%'),
      ],
    },
    {
      key: 'lurah.trantibum',
      parent: 'camat.trantibum',
      description: 'Meningkatnya ketenteraman dan ketertiban umum di Kelurahan {kelurahan}',
      indicators: [kuantitas('Persentase gangguan trantibum yang ditangani', 100, '%')],
    },
    {
      key: 'lurah.kesejahteraan',
      parent: 'camat.kesejahteraan',
      description:
        'Meningkatnya kesejahteraan sosial dan pemberdayaan masyarakat Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Persentase data MBR yang diverifikasi', 100, '%'),
        kuantitas('Jumlah RW yang aktif dalam program kampung', 8, 'RW'),
      ],
    },
    {
      key: 'lurah.tata-kelola',
      parent: 'camat.akuntabilitas',
      description: 'Meningkatnya akuntabilitas administrasi dan keuangan Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Persentase realisasi anggaran kelurahan', 95, '%'),
        kuantitas('Jumlah laporan kinerja dan keuangan kelurahan', 16, 'laporan'),
      ],
    },
  ],
  sekkel: [
    {
      key: 'sekkel.administrasi',
      parent: 'lurah.tata-kelola',
      description:
        'Meningkatnya tertib administrasi umum, kepegawaian dan keuangan Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah laporan administrasi dan keuangan yang tepat waktu', 16, 'laporan'),
        kuantitas('Persentase pegawai kelurahan yang menyusun SKP tepat waktu', 100, '%'),
      ],
    },
    {
      key: 'sekkel.front-office',
      parent: 'lurah.pelayanan',
      description: 'Meningkatnya kualitas layanan front office Kelurahan {kelurahan}',
      indicators: [
        kualitas('Persentase pengaduan layanan yang diselesaikan', 95, '%'),
        waktu('Rata-rata waktu tunggu layanan', 15, 'menit'),
      ],
    },
  ],
  'staf-kelurahan': [
    {
      key: 'kelurahan.staf.surat',
      parent: 'sekkel.administrasi',
      description: 'Teragendanya surat masuk dan surat keluar Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah surat yang diagendakan', 900, 'surat'),
        waktu('Waktu pengagendaan surat sejak diterima', 1, 'hari'),
      ],
    },
    {
      key: 'kelurahan.staf.spj',
      parent: 'sekkel.administrasi',
      description: 'Tersusunnya SPJ dan laporan keuangan Kelurahan {kelurahan}',
      indicators: [kuantitas('Jumlah SPJ yang disusun', 120, 'berkas')],
    },
    {
      key: 'kelurahan.staf.front-office',
      parent: 'sekkel.front-office',
      description: 'Terlayaninya pemohon di front office Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah pemohon yang dilayani', 2400, 'orang'),
        kualitas('Persentase berkas permohonan lengkap saat diteruskan', 95, '%'),
      ],
    },
  ],
  'kasi-kel-pemerintahan': [
    {
      key: 'kel-pemerintahan.adminduk',
      parent: 'lurah.pelayanan',
      description:
        'Meningkatnya kualitas pelayanan administrasi kependudukan Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Persentase permohonan administrasi kependudukan yang diselesaikan', 98, '%'),
        waktu('Rata-rata waktu penyelesaian permohonan', 2, 'hari'),
      ],
    },
    {
      key: 'kel-pemerintahan.pbb',
      parent: 'lurah.pelayanan',
      description: 'Meningkatnya penerimaan PBB-P2 Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Persentase SPPT PBB-P2 yang terdistribusi', 100, '%'),
        kuantitas('Persentase realisasi penerimaan PBB-P2', 90, '%'),
      ],
    },
  ],
  'staf-kel-pemerintahan': [
    {
      key: 'kel-pemerintahan.staf.adminduk',
      parent: 'kel-pemerintahan.adminduk',
      description: 'Terlayaninya permohonan KTP-el, KK, KIA dan akta warga Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah permohonan yang dilayani', 900, 'permohonan'),
        waktu('Rata-rata waktu layanan', 1, 'hari'),
      ],
    },
    {
      key: 'kel-pemerintahan.staf.pbb',
      parent: 'kel-pemerintahan.pbb',
      description: 'Terdistribusinya SPPT PBB-P2 di Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah SPPT yang terdistribusi', 2500, 'lembar'),
        kuantitas('Jumlah wajib pajak yang diingatkan sebelum jatuh tempo', 400, 'wajib pajak'),
      ],
    },
    {
      key: 'kel-pemerintahan.staf.surat-keterangan',
      parent: 'kel-pemerintahan.adminduk',
      description: 'Terbitnya surat keterangan dan surat pengantar bagi warga',
      indicators: [kuantitas('Jumlah surat keterangan yang diterbitkan', 700, 'surat')],
    },
  ],
  'kasi-kel-trantibum': [
    {
      key: 'kel-trantibum.patroli',
      parent: 'lurah.trantibum',
      description:
        'Meningkatnya keamanan lingkungan melalui patroli dan siskamling di Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah patroli wilayah', 144, 'kali'),
        kuantitas('Persentase RW dengan pos kamling aktif', 80, '%'),
      ],
    },
    {
      key: 'kel-trantibum.penertiban',
      parent: 'lurah.trantibum',
      description:
        'Meningkatnya ketertiban lingkungan dari pelanggaran Peraturan Daerah di Kelurahan {kelurahan}',
      indicators: [kuantitas('Jumlah pelanggaran yang ditertibkan', 36, 'kasus')],
    },
  ],
  'staf-kel-trantibum': [
    {
      key: 'kel-trantibum.staf.patroli',
      parent: 'kel-trantibum.patroli',
      description: 'Terlaksananya patroli dan pemantauan wilayah Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah patroli yang dilaksanakan', 120, 'kali'),
        kuantitas('Jumlah laporan hasil patroli', 120, 'laporan'),
      ],
    },
    {
      key: 'kel-trantibum.staf.pengaduan',
      parent: 'kel-trantibum.penertiban',
      description: 'Tertindaklanjutinya laporan gangguan ketertiban dari warga',
      indicators: [
        kuantitas('Jumlah laporan yang ditindaklanjuti', 40, 'laporan'),
        waktu('Rata-rata waktu tanggap laporan', 2, 'jam'),
      ],
    },
    {
      key: 'kel-trantibum.staf.linmas',
      parent: 'kel-trantibum.patroli',
      description: 'Termutakhirkannya data Linmas dan pos kamling Kelurahan {kelurahan}',
      indicators: [kuantitas('Jumlah data Linmas dan pos kamling yang dimutakhirkan', 60, 'data')],
    },
  ],
  'kasi-kel-kesra': [
    {
      key: 'kel-kesra.bansos',
      parent: 'lurah.kesejahteraan',
      description: 'Meningkatnya ketepatan data penerima bantuan sosial Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Persentase data MBR yang diverifikasi', 100, '%'),
        kualitas('Persentase data MBR tanpa sanggahan warga', 95, '%'),
      ],
    },
    {
      key: 'kel-kesra.posyandu',
      parent: 'lurah.kesejahteraan',
      description: 'Meningkatnya layanan posyandu dan Kampung KB di Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah posyandu yang aktif melapor', 12, 'posyandu'),
        kuantitas('Persentase balita yang ditimbang', 90, '%'),
      ],
    },
    {
      key: 'kel-kesra.pemberdayaan',
      parent: 'lurah.kesejahteraan',
      description:
        'Meningkatnya partisipasi warga dalam musrenbang dan padat karya Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah usulan musrenbang kelurahan', 40, 'usulan'),
        kuantitas('Jumlah warga yang terlibat padat karya', 30, 'orang'),
      ],
    },
  ],
  'staf-kel-kesra': [
    {
      key: 'kel-kesra.staf.mbr',
      parent: 'kel-kesra.bansos',
      description: 'Termutakhirkannya data MBR Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah data KK MBR yang dimutakhirkan', 400, 'KK'),
        kualitas('Persentase data yang padan dengan NIK', 98, '%'),
      ],
    },
    {
      key: 'kel-kesra.staf.posyandu',
      parent: 'kel-kesra.posyandu',
      description: 'Terdampinginya kegiatan posyandu balita dan lansia',
      indicators: [kuantitas('Jumlah kegiatan posyandu yang didampingi', 96, 'kegiatan')],
    },
    {
      key: 'kel-kesra.staf.musrenbang',
      parent: 'kel-kesra.pemberdayaan',
      description: 'Tersusunnya dokumen usulan musrenbang Kelurahan {kelurahan}',
      indicators: [
        kuantitas('Jumlah dokumen usulan yang disusun', 40, 'dokumen'),
        waktu('Waktu penyusunan dokumen usulan', 1, 'bulan'),
      ],
    },
    {
      key: 'kel-kesra.staf.padat-karya',
      parent: 'kel-kesra.pemberdayaan',
      description: 'Terdatanya peserta dan kegiatan padat karya kelurahan',
      indicators: [kuantitas('Jumlah laporan kegiatan padat karya', 12, 'laporan')],
    },
  ],
};

/** RHK tambahan anyone may take on (0–2 a year); some belong to one year only. */
export const RHK_TAMBAHAN: TargetTemplate[] = [
  {
    key: 'tambahan.piket',
    description: 'Melaksanakan piket layanan pada hari Sabtu dan hari libur',
    indicators: [kuantitas('Jumlah piket yang dilaksanakan', 12, 'kali')],
  },
  {
    key: 'tambahan.stunting',
    description: 'Menjadi anggota Tim Percepatan Penurunan Stunting tingkat kecamatan',
    indicators: [kuantitas('Jumlah rapat dan kunjungan rumah yang diikuti', 8, 'kali')],
  },
  {
    key: 'tambahan.narasumber',
    description: 'Menjadi narasumber sosialisasi program Pemerintah Kota Surabaya kepada warga',
    indicators: [kuantitas('Jumlah sosialisasi sebagai narasumber', 3, 'kegiatan')],
  },
  {
    key: 'tambahan.phbn',
    description: 'Menjadi panitia peringatan hari besar nasional tingkat kecamatan',
    indicators: [kuantitas('Jumlah kegiatan yang dipanitiai', 2, 'kegiatan')],
  },
  {
    key: 'tambahan.inovasi',
    description: 'Menyusun usulan inovasi pelayanan publik untuk kompetisi inovasi kota',
    indicators: [
      kuantitas('Jumlah proposal inovasi', 1, 'dokumen'),
      waktu('Waktu penyusunan proposal', 2, 'bulan'),
    ],
  },
  {
    key: 'tambahan.bencana',
    description: 'Menjadi anggota Satgas penanggulangan bencana dan kebakaran tingkat kecamatan',
    indicators: [kuantitas('Jumlah apel siaga dan simulasi yang diikuti', 4, 'kegiatan')],
  },
  {
    key: 'tambahan.sensus-pertanian',
    years: [2023],
    description: 'Mendukung pelaksanaan Sensus Pertanian 2023 di wilayah Kecamatan Gayungan',
    indicators: [kuantitas('Jumlah rumah tangga yang didampingi pendataannya', 50, 'rumah tangga')],
  },
  {
    key: 'tambahan.pemilu',
    years: [2024],
    description:
      'Mendukung penyelenggaraan Pemilu dan Pilkada Serentak 2024 di wilayah Kecamatan Gayungan',
    indicators: [
      kuantitas('Jumlah kegiatan dukungan (rapat, logistik, pengamanan TPS)', 6, 'kegiatan'),
    ],
  },
];

/** Ekspektasi khusus pimpinan: what a supervisor may write for one value. */
export const SPECIFIC_EXPECTATIONS: Record<CoreValue, readonly string[]> = {
  [CoreValue.BERORIENTASI_PELAYANAN]: [
    'Melayani pemohon dengan ramah dan menyelesaikan berkas pada hari yang sama bila persyaratan lengkap.',
    'Menindaklanjuti setiap pengaduan warga paling lambat satu hari kerja dan mengabarkan hasilnya.',
  ],
  [CoreValue.AKUNTABEL]: [
    'Mengunggah bukti dukung realisasi paling lambat tanggal 10 setelah triwulan berakhir.',
    'Mencatat setiap penggunaan barang milik daerah dan melaporkannya tepat waktu.',
  ],
  [CoreValue.KOMPETEN]: [
    'Menguasai aplikasi layanan kependudukan dan menularkannya kepada rekan di loket.',
    'Mengikuti minimal satu pelatihan teknis tahun ini dan membagikan materinya kepada tim.',
  ],
  [CoreValue.HARMONIS]: [
    'Menjaga suasana kerja yang saling menghargai, termasuk saat menghadapi warga yang keberatan.',
  ],
  [CoreValue.LOYAL]: [
    'Menjaga kerahasiaan data pribadi warga dan tidak membagikan dokumen di luar kedinasan.',
  ],
  [CoreValue.ADAPTIF]: [
    'Segera menyesuaikan cara kerja dengan aplikasi dan SOP layanan yang baru.',
    'Mengusulkan perbaikan alur layanan bila antrean di loket memanjang.',
  ],
  [CoreValue.KOLABORATIF]: [
    'Berkoordinasi dengan kelurahan dan RT/RW sebelum turun ke lapangan.',
    'Membantu seksi lain saat ada kegiatan besar kecamatan tanpa menunggu perintah.',
  ],
};

/** Why a supervisor returned a draft SKP; `{rhk}` is the RHK the remark is about. */
export const RETURN_REASONS: readonly string[] = [
  'RHK "{rhk}" belum menyebut target kualitas; mohon tambahkan indikator persentase berkas tanpa revisi lalu ajukan kembali.',
  'Target kuantitas RHK "{rhk}" terlalu rendah dibanding realisasi tahun lalu; mohon disesuaikan dengan target seksi.',
  'RHK "{rhk}" belum mengintervensi RHK atasan yang tepat; mohon kaitkan dengan RHK pelayanan, bukan RHK tata kelola.',
];

/** Notes that accompany (or, for paper evidence, replace) an evidence link. */
export const EVIDENCE_NOTES: readonly string[] = [
  'Rekap dari aplikasi layanan, ditandatangani kepala seksi.',
  'Disertai daftar hadir, notulen dan dokumentasi kegiatan.',
  'Berita acara dan foto kegiatan terlampir dalam satu berkas.',
  'Data sudah dicocokkan dengan laporan kelurahan.',
];
export const PAPER_EVIDENCE_NOTES: readonly string[] = [
  'Bukti fisik (berkas asli) tersimpan di arsip Subbagian Umum dan Kepegawaian; pindaian menyusul.',
  'Bukti berupa buku agenda dan register manual, dapat diperiksa di kantor.',
];
export const LATE_NOTES: readonly string[] = [
  'Terlambat dilaporkan karena menunggu rekap data dari kelurahan.',
  'Terlambat dilaporkan karena bertugas pada kegiatan penertiban gabungan.',
  'Terlambat dilaporkan karena cuti; bukti dukung sudah lengkap.',
];
export const REVISION_NOTES: readonly string[] = [
  'Revisi: angka sebelumnya belum termasuk layanan hari Sabtu.',
  'Revisi: bukti dukung diganti dengan versi yang sudah ditandatangani.',
  'Revisi: koreksi salah ketik pada jumlah realisasi.',
];

/** A KUALITATIF IKI: a narrative target, a rencana aksi and a realisation in words per quarter. */
export type NarrativeIndicatorTemplate = {
  aspect: IndicatorAspect;
  description: string;
  narrativeTarget: string;
  actionPlans: readonly [string, string, string, string];
  narratives: readonly [string, string, string, string];
};

/**
 * The staff whose SKP (2025 onwards) carries qualitative indicators beside the numeric ones, in
 * four different units, by employee key of the demo plan.
 */
export const NARRATIVE_INDICATORS: Readonly<Record<string, readonly NarrativeIndicatorTemplate[]>> =
  {
    'staff:Kecamatan Gayungan:1': [
      {
        aspect: KUALITAS,
        description: 'Kualitas telaahan kebijakan untuk Camat',
        narrativeTarget:
          'Setiap telaahan kebijakan memuat data, alternatif dan rekomendasi yang dapat langsung diputuskan Camat tanpa revisi mayor',
        actionPlans: [
          'Menyusun format baku telaahan staf',
          'Menelaah kebijakan pelayanan adminduk',
          'Menelaah kebijakan ketertiban umum',
          'Evaluasi tindak lanjut telaahan bersama Sekcam',
        ],
        narratives: [
          'Format baku telaahan disepakati; dua telaahan awal diterima Camat dengan catatan kecil',
          'Telaahan adminduk menjadi dasar surat edaran Camat tanpa revisi',
          'Tiga telaahan diterima; satu dikembalikan untuk melengkapi data pedagang kaki lima',
          'Seluruh telaahan triwulan ini ditindaklanjuti; rekap rekomendasi disampaikan ke Sekcam',
        ],
      },
      {
        aspect: KUALITAS,
        description: 'Koordinasi kebijakan lintas seksi',
        narrativeTarget:
          'Rapat koordinasi lintas seksi menghasilkan kesepakatan tertulis yang dipantau sampai selesai',
        actionPlans: [
          'Menyusun jadwal rapat koordinasi',
          'Memfasilitasi rapat koordinasi triwulanan',
          'Memantau tindak lanjut kesepakatan',
          'Menyusun laporan koordinasi tahunan',
        ],
        narratives: [
          'Jadwal koordinasi tahunan ditetapkan bersama para Kasi',
          'Rapat koordinasi menghasilkan lima kesepakatan tertulis',
          'Empat dari lima kesepakatan sudah ditindaklanjuti',
          'Laporan koordinasi tahunan selesai dan dibahas dalam rapat pimpinan',
        ],
      },
    ],
    'staff:Subbagian Perencanaan dan Keuangan:1': [
      {
        aspect: KUALITAS,
        description: 'Mutu dokumen perencanaan kecamatan',
        narrativeTarget:
          'Dokumen Renja dan RKA kecamatan selaras dengan Renstra dan diterima Bappedalitbang tanpa catatan substansi',
        actionPlans: [
          'Menghimpun usulan kegiatan tiap seksi',
          'Menyusun rancangan Renja',
          'Menyelaraskan RKA dengan Renja',
          'Mengevaluasi capaian Renja',
        ],
        narratives: [
          'Usulan seluruh seksi dan kelurahan terhimpun dan diverifikasi',
          'Rancangan Renja diterima Bappedalitbang dengan dua catatan teknis',
          'RKA selaras dengan Renja; catatan teknis sudah diperbaiki',
          'Evaluasi capaian Renja disusun dan menjadi bahan rencana tahun depan',
        ],
      },
    ],
    'staff:Seksi Pemberdayaan Masyarakat dan Pembangunan:1': [
      {
        aspect: KUALITAS,
        description: 'Pendampingan kelompok swadaya masyarakat',
        narrativeTarget:
          'Kelompok swadaya masyarakat binaan mampu menyusun usulan kegiatan sendiri dan menjalankannya',
        actionPlans: [
          'Pemetaan kelompok binaan',
          'Pelatihan penyusunan usulan',
          'Pendampingan pelaksanaan kegiatan',
          'Evaluasi kemandirian kelompok',
        ],
        narratives: [
          'Dua belas kelompok binaan terpetakan beserta kebutuhannya',
          'Delapan kelompok menyusun usulan kegiatan sendiri setelah pelatihan',
          'Enam kegiatan kelompok berjalan dengan pendampingan ringan',
          'Lima kelompok dinilai mandiri dan siap mengajukan usulan tahun depan',
        ],
      },
    ],
    'staff:Seksi Pemerintahan dan Pelayanan Publik Kelurahan Ketintang:1': [
      {
        aspect: KUALITAS,
        description: 'Keramahan dan kejelasan layanan loket kelurahan',
        narrativeTarget:
          'Warga memperoleh penjelasan persyaratan yang jelas pada kunjungan pertama; tidak ada pengaduan tentang sikap petugas',
        actionPlans: [
          'Menyusun lembar persyaratan layanan',
          'Menerapkan survei singkat di loket',
          'Menindaklanjuti masukan warga',
          'Evaluasi layanan loket bersama Kasi',
        ],
        narratives: [
          'Lembar persyaratan tersedia di loket dan media sosial kelurahan',
          'Survei singkat berjalan; sebagian besar warga menilai penjelasan jelas',
          'Masukan tentang antrean ditindaklanjuti dengan nomor antrean daring',
          'Tidak ada pengaduan tentang sikap petugas selama tahun berjalan',
        ],
      },
    ],
  };

/** The years whose SKP carry the qualitative indicators. */
export const NARRATIVE_YEARS: readonly number[] = [2025, 2026];
