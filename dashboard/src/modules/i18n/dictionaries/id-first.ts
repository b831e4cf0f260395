// Indonesian's first texts: the login page, Beranda's first frame and the shell's fallbacks. They
// ship with the entry chunk; the rest of id.ts comes with the signed-in pages and the API client
// (translate.ts), so a phone's first paint does not wait for every page's texts.
import { authId } from '../../auth/i18n/id';
import { homeId } from '../../home/i18n/id';

export const idFirst = {
  'app.name': 'Kinerja',
  'app.org': 'Kecamatan Gayungan',
  'app.tagline': 'Manajemen kinerja ASN Kecamatan Gayungan, Kota Surabaya',
  'app.skipToContent': 'Lewati ke konten utama',

  'language.label': 'Bahasa',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',

  'common.loading': 'Memuat…',
  'common.table': 'Tabel',
  'common.pageLoadFailedTitle': 'Halaman tidak dapat dimuat',
  'common.pageLoadFailedBody':
    'Bagian aplikasi untuk halaman ini gagal diunduh. Periksa koneksi jaringan, lalu muat ulang halaman.',
  'common.reloadPage': 'Muat ulang halaman',
  'common.retry': 'Coba lagi',
  'common.back': 'Kembali',
  'common.yes': 'Ya',
  'common.no': 'Tidak',
  'common.errorTitle': 'Data tidak dapat dimuat',
  'common.errorNetwork':
    'Tidak dapat terhubung ke server. Periksa koneksi jaringan Anda lalu coba lagi.',
  'common.errorServer': 'Terjadi gangguan pada server. Silakan coba beberapa saat lagi.',
  'common.errorForbidden': 'Anda tidak memiliki akses ke data ini.',
  'common.errorNotFound':
    'Data ini tidak ditemukan, atau tidak termasuk data yang boleh Anda lihat.',
  'common.partialData': 'Sebagian data tidak dapat dimuat.',
  'common.cancel': 'Batal',
  'common.counter': '{count}/{max} karakter',
  'server.unavailable':
    'Server sedang tidak tersedia untuk sementara, mencoba lagi… Anda tetap masuk.',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak tersedia.',
  'notFound.home': 'Kembali ke beranda',

  ...authId,
  ...homeId,
} as const;
