import type { Translate } from '../../i18n';
import { formatNumber } from '../../ui/utils/format';

/**
 * What an indicator shows as its realisation for a period: reported (a number or a narrative),
 * made from the quarters by the indicator's aggregation (a year with no annual report, as the
 * evaluation counts it), or none.
 */
export type ShownRealization =
  | { kind: 'NARRATIVE'; text: string }
  | { kind: 'VALUE'; value: number; fromQuarters: boolean }
  | { kind: 'NONE' };

export function shownRealization(indicator: {
  realization?: { value?: number | null; narrative?: string | null } | null;
  result?: { value?: number | null; reported?: boolean | null } | null;
}): ShownRealization {
  const reported = indicator.realization;
  if (reported?.narrative) return { kind: 'NARRATIVE', text: reported.narrative };
  if (reported?.value != null) return { kind: 'VALUE', value: reported.value, fromQuarters: false };
  if (indicator.result?.reported && indicator.result.value != null)
    return { kind: 'VALUE', value: indicator.result.value, fromQuarters: true };
  return { kind: 'NONE' };
}

/** The realisation as text ("5,4 hari (dihitung dari triwulan)"), null when there is none. */
export function realizationText(
  shown: ShownRealization,
  unit: string | null | undefined,
  locale: string,
  t: Translate,
): string | null {
  if (shown.kind === 'NONE') return null;
  if (shown.kind === 'NARRATIVE') return shown.text;
  const value = [formatNumber(shown.value, locale), unit].filter(Boolean).join(' ');
  return shown.fromQuarters ? `${value} (${t('report.derivedFromQuarters')})` : value;
}
