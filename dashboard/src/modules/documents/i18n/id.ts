// Texts of the document downloads (PDF, xlsx); spread into i18n/dictionaries/id.ts.
export const documentsId = {
  'documents.skp': 'Unduh SKP (PDF)',
  'documents.evaluation': 'Unduh dokumen evaluasi (PDF)',
  'documents.organizationPredicate': 'Unduh penetapan predikat & kurva (PDF)',
  'documents.recap': 'Unduh rekap kinerja (Excel)',
  'documents.jpRecap': 'Unduh rekap JP (Excel)',
  'documents.downloading': 'Mengunduh…',
  'documents.error.UNAUTHENTICATED': 'Sesi Anda berakhir. Silakan masuk kembali.',
  'documents.error.FORBIDDEN': 'Anda tidak berhak mengunduh dokumen ini.',
  'documents.error.NOT_FOUND': 'Dokumen tidak ditemukan.',
  'documents.error.NETWORK': 'Tidak dapat terhubung ke server. Coba lagi.',
  'documents.error.SERVER': 'Dokumen tidak dapat dibuat saat ini. Coba lagi nanti.',
  'documents.period': 'Periode rekap',
  'documents.kecamatanRecaps': 'Rekap kecamatan',
  'documents.kecamatanRecapsHint':
    'Satu baris per pegawai seluruh kecamatan untuk siklus {year}, untuk dikirim ke BKPSDM.',
  // Lampiran SKP (ditulis pemilik SKP selama berstatus Draf atau Dikembalikan; dicetak di SKP).
  'annex.title': 'Lampiran SKP',
  'annex.hint':
    'Dukungan sumber daya, skema pertanggungjawaban dan konsekuensi dicetak sebagai lampiran dokumen SKP.',
  'annex.readOnlyHint': 'Lampiran dapat diubah selama SKP berstatus Draf atau Dikembalikan.',
  'annex.resourceSupport': 'Dukungan sumber daya',
  'annex.resourceSupport.hint': 'Anggaran, sarana, aplikasi atau pelatihan yang Anda perlukan.',
  'annex.accountabilityScheme': 'Skema pertanggungjawaban',
  'annex.accountabilityScheme.hint': 'Bagaimana, kapan dan kepada siapa capaian dilaporkan.',
  'annex.consequences': 'Konsekuensi',
  'annex.consequences.hint': 'Akibat capaian kinerja, mis. tambahan penghasilan atau pembinaan.',
  'annex.empty': 'Belum diisi',
  'annex.save': 'Simpan lampiran',
  'annex.saving': 'Menyimpan…',
  'annex.saved': 'Lampiran tersimpan.',
  'annex.unsaved': 'Ada perubahan yang belum disimpan.',
  'annex.tooLong': 'Paling banyak {max} karakter.',
  'annex.stale':
    'SKP ini berubah sejak Anda membukanya. Teks Anda tetap di sini: muat ulang SKP, periksa, lalu simpan lagi.',
  'annex.reload': 'Muat ulang SKP',
  'annex.reloading': 'Memuat ulang…',
};
