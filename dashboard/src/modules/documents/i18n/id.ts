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
};
