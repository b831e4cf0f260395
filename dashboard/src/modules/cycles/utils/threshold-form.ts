import type { Translate } from '../../i18n';
import type { ThresholdValues } from '../components/ThresholdFields';
import { parseDecimal } from './cycle-admin';

/** The thresholds typed, as numbers, or the fields that are not numbers (the API checks the rest). */
export function readThresholds(
  t: Translate,
  values: ThresholdValues,
):
  | { ok: true; input: { meetsThreshold: number; exceedsThreshold: number } }
  | { ok: false; errors: Partial<Record<keyof ThresholdValues, string>> } {
  const meetsThreshold = parseDecimal(values.meetsThreshold);
  const exceedsThreshold = parseDecimal(values.exceedsThreshold);
  if (meetsThreshold !== null && exceedsThreshold !== null)
    return { ok: true, input: { meetsThreshold, exceedsThreshold } };
  const errors: Partial<Record<keyof ThresholdValues, string>> = {};
  if (meetsThreshold === null) errors.meetsThreshold = t('cycleAdmin.notANumber');
  if (exceedsThreshold === null) errors.exceedsThreshold = t('cycleAdmin.notANumber');
  return { ok: false, errors };
}
