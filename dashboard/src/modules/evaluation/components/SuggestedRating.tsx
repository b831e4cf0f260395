import { useI18n } from '../../i18n';
import { formatPercent } from '../../skp/utils/achievement';
import type { Rating } from '../types';

/** The result rating the achievement suggests, and a note when the evaluator chose another one. */
export function SuggestedRating({
  suggested,
  chosen,
  achievement,
  unreported = 0,
}: {
  suggested: Rating | null;
  chosen: Rating | '' | null;
  achievement: number | null;
  /** Indicators without a report for the period: left out of the achievement, never 0 %. */
  unreported?: number;
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
        {t('evaluation.suggested', {
          rating: t(`rating.${suggested}`),
          achievement: achievement === null ? '–' : formatPercent(achievement, locale),
        })}
      </p>
      {unreportedNote}
      {differs && (
        <p className="suggested-rating__note small" role="note" data-testid="differs-note">
          {t('evaluation.differsNote', { rating: t(`rating.${suggested}`) })}
        </p>
      )}
    </div>
  );
}
