import type { MessageKey } from './id';
import { apiErrorsEn } from '../../api/i18n/en';
import { accountsEn } from '../../accounts/i18n/en';
import { analyticsEn } from '../../analytics/i18n/en';
import { auditEn } from '../../audit/i18n/en';
import { authEn } from '../../auth/i18n/en';
import { calibrationEn } from '../../calibration/i18n/en';
import { cyclesEn } from '../../cycles/i18n/en';
import { deadlinesEn } from '../../deadlines/i18n/en';
import { developmentEn } from '../../development/i18n/en';
import { documentsEn } from '../../documents/i18n/en';
import { employeesEn } from '../../employees/i18n/en';
import { evaluationEn } from '../../evaluation/i18n/en';
import { feedbackEn } from '../../feedback/i18n/en';
import { homeEn } from '../../home/i18n/en';
import { layoutEn } from '../../layout/i18n/en';
import { notificationsEn } from '../../notifications/i18n/en';
import { objectionsEn } from '../../objections/i18n/en';
import { rosterEn } from '../../roster/i18n/en';
import { skpEn } from '../../skp/i18n/en';
import { unitsEn } from '../../units/i18n/en';
import { staffingEn } from '../../staffing/i18n/en';

export const en: Record<MessageKey, string> = {
  'app.name': 'Kinerja',
  'app.org': 'Gayungan District',
  'app.tagline': 'Civil servant performance management, Gayungan District, Surabaya',
  'app.skipToContent': 'Skip to main content',

  'language.label': 'Language',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',

  'common.loading': 'Loading…',
  'common.table': 'Table',
  'common.pageLoadFailedTitle': 'This page could not be loaded',
  'common.pageLoadFailedBody':
    'Part of the application for this page failed to download. Check your network connection, then reload the page.',
  'common.reloadPage': 'Reload page',
  'common.retry': 'Try again',
  'common.back': 'Back',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.errorTitle': 'The data could not be loaded',
  'common.errorNetwork': 'Cannot reach the server. Check your network connection and try again.',
  'common.errorServer': 'The server ran into a problem. Please try again in a moment.',
  'common.errorForbidden': 'You do not have access to this data.',
  'common.errorNotFound': 'This was not found, or it is not among what you may see.',
  'common.partialData': 'Some of the data could not be loaded.',
  'common.cancel': 'Cancel',
  'common.counter': '{count}/{max} characters',
  'server.unavailable': 'The server is temporarily unavailable, retrying… You stay signed in.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address you opened does not exist.',
  'notFound.home': 'Back to home',

  // Each module's own texts.
  ...apiErrorsEn,
  ...accountsEn,
  ...analyticsEn,
  ...auditEn,
  ...authEn,
  ...calibrationEn,
  ...cyclesEn,
  ...deadlinesEn,
  ...developmentEn,
  ...documentsEn,
  ...employeesEn,
  ...evaluationEn,
  ...feedbackEn,
  ...homeEn,
  ...layoutEn,
  ...notificationsEn,
  ...objectionsEn,
  ...rosterEn,
  ...skpEn,
  ...unitsEn,
  ...staffingEn,
};
