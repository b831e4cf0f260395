import type { Translate } from '../../i18n';
import type { WeaknessReason } from '../types';
import type { Period } from '../../api/generated/graphql';

/** "Tahunan 2025", "TW II 2026": which evaluation a weakness was found in. */
export const evaluationLabel = (t: Translate, cycleYear: number, period: Period): string =>
  t('development.evaluationOf', { period: t(`period.${period}`), year: cycleYear });

const formatPercent = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);

/** One weakness in words: which value, indicator or predicate, and what was seen. */
export function describeReason(t: Translate, reason: WeaknessReason, locale = 'id-ID'): string {
  const where = evaluationLabel(t, reason.cycleYear, reason.period);
  if (reason.kind === 'CORE_VALUE' && reason.coreValue) {
    const value = t(`coreValue.${reason.coreValue}`);
    const parts: string[] = [];
    if (reason.ratedBelowExpectation) parts.push(t('development.reason.valueBelow', { value }));
    if (reason.improvementFeedbackCount > 0)
      parts.push(
        t('development.reason.valueFeedback', {
          value,
          count: reason.improvementFeedbackCount,
        }),
      );
    if (parts.length === 0) parts.push(t('development.reason.valueWeak', { value }));
    return t('development.reason.in', { what: parts.join('; '), where });
  }
  if (reason.kind === 'INDICATOR') {
    const indicator = reason.indicatorDescription ?? t('development.reason.anIndicator');
    const aspect = reason.aspect ? t(`aspect.${reason.aspect}`) : null;
    const what =
      reason.achievement !== null
        ? t('development.reason.indicatorAchievement', {
            indicator,
            achievement: formatPercent(reason.achievement, locale),
          })
        : t('development.reason.indicatorBelow', { indicator });
    return t('development.reason.in', {
      what: aspect ? `${what} (${t('development.reason.aspect', { aspect })})` : what,
      where,
    });
  }
  if (reason.kind === 'PREDICATE' && reason.predicate) {
    return t('development.reason.in', {
      what: t('development.reason.predicate', { predicate: t(`predicate.${reason.predicate}`) }),
      where,
    });
  }
  return where;
}

/** The strongest reason, as the prefilled text and links of a new plan item. */
export function reasonLinks(reason: WeaknessReason | undefined) {
  if (!reason) return {};
  return {
    reasonEvaluationId: reason.evaluationId,
    ...(reason.coreValue && { reasonCoreValue: reason.coreValue }),
    ...(reason.indicatorId && { reasonIndicatorId: reason.indicatorId }),
  };
}
