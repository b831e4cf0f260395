import type { Translate } from '../../i18n';
import type { WeaknessReason } from '../types';
import type {
  DevelopmentActivityFieldsFragment,
  Period,
  Predicate,
} from '../../api/generated/graphql';
import { numberFormat } from '../../ui/utils/format';

/** "Tahunan 2025", "TW II 2026": which evaluation a weakness was found in. */
export const evaluationLabel = (t: Translate, cycleYear: number, period: Period): string =>
  t('development.evaluationOf', { period: t(`period.${period}`), year: cycleYear });

const formatPercent = (value: number, locale: string) => numberFormat(locale, 1).format(value);

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
  if (reason.kind === 'PREDICATE' && reason.predicate)
    return predicateReason(t, { ...reason, predicate: reason.predicate });
  return where;
}

/** "Predikat Butuh Perbaikan pada penilaian Tahunan 2025": a predicate as the reason. */
function predicateReason(
  t: Translate,
  { predicate, cycleYear, period }: { predicate: Predicate; cycleYear: number; period: Period },
): string {
  return t('development.reason.in', {
    what: t('development.reason.predicate', { predicate: t(`predicate.${predicate}`) }),
    where: evaluationLabel(t, cycleYear, period),
  });
}

/**
 * Why a plan item is there, in the UI's language: a required pembinaan's from the predicate of
 * its evaluation (the API stores an Indonesian sentence for the record), any other item's as
 * written by its author.
 */
export function activityReason(
  t: Translate,
  activity: Pick<DevelopmentActivityFieldsFragment, 'required' | 'reason' | 'reasonEvaluation'>,
): string | null {
  const evaluation = activity.reasonEvaluation;
  if (activity.required && evaluation?.predicate && evaluation.period && evaluation.cycle)
    return predicateReason(t, {
      predicate: evaluation.predicate,
      cycleYear: evaluation.cycle.year,
      period: evaluation.period,
    });
  return activity.reason ?? null;
}

/** The title the API gives a required pembinaan it adds (PEMBINAAN_TITLE in required-coaching.ts). */
const REQUIRED_DEFAULT_TITLE = 'Pembinaan kinerja';

/**
 * A plan item's title in the UI's language: a required pembinaan that still carries the title the
 * API gave it is named through the dictionary; a title someone wrote (or a programme's) as written.
 */
export function activityTitle(
  t: Translate,
  activity: Pick<DevelopmentActivityFieldsFragment, 'required' | 'title'> & {
    program: { title: string | null } | null;
  },
): string {
  if (activity.required && activity.title === REQUIRED_DEFAULT_TITLE)
    return t('development.requiredTitle');
  return activity.title ?? activity.program?.title ?? '';
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
