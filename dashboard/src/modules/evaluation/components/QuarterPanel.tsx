import { useId } from 'react';
import type { QuarterResultFieldsFragment } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { formatPercent } from '../../skp/utils/achievement';
import { formatNumber } from '../../ui/utils/format';
import { ErrorState } from '../../ui/components/ErrorState';
import { type Quarter, QUARTER_ALIAS, QUARTERS } from '../hooks/useAnnualContext';
import type { AnnualContext } from '../types';
import { PredicateBadge } from './PredicateBadge';

/**
 * TW1–TW4 beside the annual figures: each quarter's final ratings, predicate, achievement and
 * feedback (or "belum dinilai"), and every indicator against that quarter's own target.
 */
export function QuarterPanel({
  context,
  loading,
  error,
  onRetry,
}: {
  context: AnnualContext | null;
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const indicators = (context?.workTargets ?? []).flatMap((target) => target.indicators ?? []);
  const byPeriod = new Map(
    (context?.quarterEvaluations ?? []).map((evaluation) => [evaluation.period, evaluation]),
  );

  let body;
  if (loading) {
    body = (
      <p className="muted small" role="status">
        {t('common.loading')}
      </p>
    );
  } else if (!context) {
    body = <ErrorState error={error} onRetry={onRetry} />;
  } else {
    body = (
      <ol className="quarter-panel" data-testid="annual-quarters">
        {QUARTERS.map((quarter) => (
          <QuarterCard
            key={quarter}
            quarter={quarter}
            evaluation={byPeriod.get(quarter) ?? null}
            indicators={indicators.map((indicator) => ({
              id: indicator.id,
              description: indicator.description,
              unit: indicator.unit,
              result: indicator[QUARTER_ALIAS[quarter]] ?? null,
            }))}
          />
        ))}
      </ol>
    );
  }

  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 className="section-head__title" id={headingId}>
          {t('annual.quarters.title')}
        </h2>
      </div>
      <p className="muted small">{t('annual.quarters.hint')}</p>
      {body}
    </section>
  );
}

function QuarterCard({
  quarter,
  evaluation,
  indicators,
}: {
  quarter: Quarter;
  evaluation: NonNullable<AnnualContext['quarterEvaluations']>[number] | null;
  indicators: {
    id: string;
    description: string | null;
    unit: string | null;
    result: QuarterResultFieldsFragment | null;
  }[];
}) {
  const { t, locale } = useI18n();
  const titleId = useId();
  return (
    <li
      className="card quarter-card"
      aria-labelledby={titleId}
      data-testid="quarter-card"
      data-period={quarter}
      data-evaluated={evaluation ? 'true' : 'false'}
    >
      <header className="quarter-card__head">
        <h3 className="quarter-card__title" id={titleId}>
          {t(`periodLong.${quarter}`)}
        </h3>
        {evaluation ? (
          <PredicateBadge predicate={evaluation.predicate} testId="quarter-predicate" />
        ) : (
          <span className="badge" data-testid="quarter-not-evaluated">
            {t('annual.quarters.notEvaluated')}
          </span>
        )}
      </header>
      {evaluation && (
        <dl className="quarter-card__facts small">
          <div>
            <dt>{t('evaluation.resultRating')}</dt>
            <dd data-testid="quarter-result">
              {evaluation.resultRating ? t(`rating.${evaluation.resultRating}`) : '–'}
            </dd>
          </div>
          <div>
            <dt>{t('evaluation.behaviorRating')}</dt>
            <dd>{evaluation.behaviorRating ? t(`rating.${evaluation.behaviorRating}`) : '–'}</dd>
          </div>
          <div>
            <dt>{t('annual.quarters.achievement')}</dt>
            <dd>
              {evaluation.achievement === null
                ? t('report.notReported')
                : formatPercent(evaluation.achievement, locale)}
            </dd>
          </div>
          {evaluation.summary && (
            <div className="quarter-card__summary">
              <dt>{t('annual.quarters.summary')}</dt>
              <dd>{evaluation.summary}</dd>
            </div>
          )}
        </dl>
      )}
      {indicators.length > 0 && (
        <>
          <h4 className="quarter-card__subtitle small">{t('annual.quarters.indicators')}</h4>
          <ul className="quarter-card__indicators">
            {indicators.map((indicator) => (
              <li key={indicator.id} data-testid="quarter-indicator">
                <span className="small">{indicator.description}</span>
                <span className="small muted" data-testid="quarter-indicator-result">
                  {indicatorLine(indicator, t, locale)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function indicatorLine(
  indicator: { unit: string | null; result: QuarterResultFieldsFragment | null },
  t: ReturnType<typeof useI18n>['t'],
  locale: string,
): string {
  const result = indicator.result;
  if (!result) return t('report.notReported');
  // KUALITATIF: no number to measure; the evaluator judges the narrative.
  if (result.target === null)
    return t('annual.quarters.indicatorNarrative', {
      state: result.reported ? t('annual.quarters.narrativeReported') : t('report.notReported'),
    });
  const amount = (value: number | null) =>
    `${formatNumber(value, locale)}${indicator.unit ? ` ${indicator.unit}` : ''}`;
  if (!result.reported || result.value === null)
    return t('annual.quarters.indicatorNotReported', { target: amount(result.target) });
  return t('annual.quarters.indicatorLine', {
    target: amount(result.target),
    value: amount(result.value),
    percent: result.achievement === null ? '–' : formatPercent(result.achievement, locale),
  });
}
