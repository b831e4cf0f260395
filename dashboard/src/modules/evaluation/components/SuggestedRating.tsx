import { useI18n } from '../../i18n';
import { formatPercent } from '../../skp/utils/achievement';
import type { SuggestionBasis } from '../utils/annual-suggestion';
import type { OrganizationPredicateValue, Rating } from '../../api/generated/graphql';

/** The result rating the achievement suggests, and a note when the evaluator chose another one. */
export function SuggestedRating({
  suggested,
  chosen,
  achievement,
  unreported = 0,
  annual,
}: {
  suggested: Rating | null;
  chosen: Rating | '' | null;
  achievement: number | null;
  /** Indicators without a report for the period: left out of the achievement, never 0 %. */
  unreported?: number;
  /** ANNUAL: what the suggestion rests on, said in words. */
  annual?: {
    basis: SuggestionBasis | null;
    finalQuarters: number;
    organizationPredicate: OrganizationPredicateValue | null;
    unit: string | null;
  };
}) {
  const { t, locale } = useI18n();
  const unreportedNote =
    unreported > 0 ? (
      <p className="muted small" data-testid="unreported-note">
        {t('evaluation.unreported', { count: unreported })}
      </p>
    ) : null;
  if (!suggested)
    return (
      <>
        <p className="muted small" data-testid="suggested-rating">
          {t('evaluation.noSuggestion')}
        </p>
        {unreportedNote}
      </>
    );
  const differs = Boolean(chosen) && chosen !== suggested;
  return (
    <div className="suggested-rating" data-testid="suggested-rating">
      <p className="small">
        {annual?.basis
          ? t('annual.suggested', { rating: t(`rating.${suggested}`) })
          : t('evaluation.suggested', {
              rating: t(`rating.${suggested}`),
              achievement: achievement === null ? '–' : formatPercent(achievement, locale),
            })}
      </p>
      {annual?.basis && (
        <p className="small muted" data-testid="suggestion-basis" data-basis={annual.basis}>
          {t(
            // Without an annual achievement the API rests on the quarters alone.
            annual.basis === 'ACHIEVEMENT_AND_QUARTERS' && achievement === null
              ? 'annual.basis.QUARTERS_ONLY'
              : `annual.basis.${annual.basis}`,
            {
              achievement: achievement === null ? '–' : formatPercent(achievement, locale),
              count: annual.finalQuarters,
              unit: annual.unit ?? '',
              predicate: annual.organizationPredicate
                ? t(`organizationPredicate.${annual.organizationPredicate}`)
                : '',
            },
          )}
        </p>
      )}
      {unreportedNote}
      {differs && (
        <p className="suggested-rating__note small" role="note" data-testid="differs-note">
          {t('evaluation.differsNote', { rating: t(`rating.${suggested}`) })}
        </p>
      )}
    </div>
  );
}
