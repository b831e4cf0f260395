// Indonesian is the default language; every key here must exist in en.ts too.
import { apiErrorsId } from '../../api/i18n/id';
import { accountsId } from '../../accounts/i18n/id';
import { analyticsId } from '../../analytics/i18n/id';
import { auditId } from '../../audit/i18n/id';
import { authId } from '../../auth/i18n/id';
import { calibrationId } from '../../calibration/i18n/id';
import { cyclesId } from '../../cycles/i18n/id';
import { deadlinesId } from '../../deadlines/i18n/id';
import { developmentId } from '../../development/i18n/id';
import { documentsId } from '../../documents/i18n/id';
import { employeesId } from '../../employees/i18n/id';
import { evaluationId } from '../../evaluation/i18n/id';
import { feedbackId } from '../../feedback/i18n/id';
import { homeId } from '../../home/i18n/id';
import { layoutId } from '../../layout/i18n/id';
import { notificationsId } from '../../notifications/i18n/id';
import { objectionsId } from '../../objections/i18n/id';
import { rosterId } from '../../roster/i18n/id';
import { skpId } from '../../skp/i18n/id';
import { unitsId } from '../../units/i18n/id';
import { staffingId } from '../../staffing/i18n/id';

export const id = {
  'app.name': 'Kinerja',
  'app.org': 'Kecamatan Gayungan',
  'app.tagline': 'Manajemen kinerja ASN Kecamatan Gayungan, Kota Surabaya',
  'app.skipToContent': 'Lewati ke konten utama',

  'language.label': 'Bahasa',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',

  'common.loading': 'Memuat…',
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
  'common.partialData': 'Sebagian data tidak dapat dimuat.',
  'common.cancel': 'Batal',
  'common.counter': '{count}/{max} karakter',
  'server.unavailable':
    'Server sedang tidak tersedia untuk sementara, mencoba lagi… Anda tetap masuk.',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak tersedia.',
  'notFound.home': 'Kembali ke beranda',

  // Each module's own texts.
  ...apiErrorsId,
  ...accountsId,
  ...analyticsId,
  ...auditId,
  ...authId,
  ...calibrationId,
  ...cyclesId,
  ...deadlinesId,
  ...developmentId,
  ...documentsId,
  ...employeesId,
  ...evaluationId,
  ...feedbackId,
  ...homeId,
  ...layoutId,
  ...notificationsId,
  ...objectionsId,
  ...rosterId,
  ...skpId,
  ...unitsId,
  ...staffingId,
} as const;

export type MessageKey = keyof typeof id;
