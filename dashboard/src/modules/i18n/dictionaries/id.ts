// Indonesian is the default language; every key here must exist in en.ts too. Loaded when the
// signed-in pages or the API client load: the first texts (id-first.ts) ship with the entry chunk.
import { idFirst } from './id-first';
import { apiErrorsId } from '../../api/i18n/id';
import { accountsId } from '../../accounts/i18n/id';
import { analyticsId } from '../../analytics/i18n/id';
import { auditId } from '../../audit/i18n/id';
import { calibrationId } from '../../calibration/i18n/id';
import { cyclesId } from '../../cycles/i18n/id';
import { deadlinesId } from '../../deadlines/i18n/id';
import { developmentId } from '../../development/i18n/id';
import { documentsId } from '../../documents/i18n/id';
import { employeesId } from '../../employees/i18n/id';
import { evaluationId } from '../../evaluation/i18n/id';
import { feedbackId } from '../../feedback/i18n/id';
import { layoutId } from '../../layout/i18n/id';
import { notificationsId } from '../../notifications/i18n/id';
import { objectionsId } from '../../objections/i18n/id';
import { rosterId } from '../../roster/i18n/id';
import { skpId } from '../../skp/i18n/id';
import { unitsId } from '../../units/i18n/id';
import { staffingId } from '../../staffing/i18n/id';

export const id = {
  ...idFirst,

  // Each module's own texts.
  ...apiErrorsId,
  ...accountsId,
  ...analyticsId,
  ...auditId,
  ...calibrationId,
  ...cyclesId,
  ...deadlinesId,
  ...developmentId,
  ...documentsId,
  ...employeesId,
  ...evaluationId,
  ...feedbackId,
  ...layoutId,
  ...notificationsId,
  ...objectionsId,
  ...rosterId,
  ...skpId,
  ...unitsId,
  ...staffingId,
} as const;

export type MessageKey = keyof typeof id;
