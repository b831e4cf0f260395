import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import type { WorkTargetDetail } from '../types';
import { formatNumber } from '../../ui/utils/format';
import { isQualitative } from '../utils/qualitative';
import type { FieldErrors } from '../../api/utils/error-messages';

interface WorkTargetListProps {
  targets: WorkTargetDetail[];
  /** Problems the API found per target when submitting (keys like `indicators`, `parentTargetId`). */
  errorsByTarget?: Record<string, FieldErrors>;
  renderActions?: (target: WorkTargetDetail) => ReactNode;
  /** Replaces a target's card (the inline editor). */
  renderInstead?: (target: WorkTargetDetail) => ReactNode | null;
}

/** The RHK of a plan with their indicators, read-only; actions are slotted in by the caller. */
export function WorkTargetList({
  targets,
  errorsByTarget = {},
  renderActions,
  renderInstead,
}: WorkTargetListProps) {
  const { t } = useI18n();
  return (
    <ol className="target-list" data-testid="target-list">
      {targets.map((target, index) => {
        const replacement = renderInstead?.(target);
        if (replacement) return <li key={target.id}>{replacement}</li>;
        const errors = errorsByTarget[target.id] ?? {};
        const hasErrors = Object.keys(errors).length > 0;
        return (
          <li
            key={target.id}
            className={`card target-card${hasErrors ? ' target-card--invalid' : ''}`}
            data-testid="work-target"
          >
            <div className="target-card__head">
              <span className="target-card__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="target-card__main">
                {target.kind && (
                  <span className={`tag tag--${target.kind.toLowerCase()}`}>
                    {t(`kind.${target.kind}`)}
                  </span>
                )}
                <p className="target-card__description">{target.description}</p>
                {target.parentTarget && (
                  <p className="target-card__parent small">
                    <span className="muted">{t('skp.intervenes')}: </span>
                    {target.parentTarget.description ?? `#${target.parentTarget.id}`}
                  </p>
                )}
              </div>
              {renderActions && <div className="target-card__actions">{renderActions(target)}</div>}
            </div>
            {hasErrors && (
              <ul className="target-card__errors" role="alert">
                {Object.values(errors).map((message) => (
                  <li key={message} className="field__error">
                    {message}
                  </li>
                ))}
              </ul>
            )}
            <IndicatorTable indicators={target.indicators ?? []} />
          </li>
        );
      })}
    </ol>
  );
}

function IndicatorTable({
  indicators,
}: {
  indicators: NonNullable<WorkTargetDetail['indicators']>;
}) {
  const { t, locale } = useI18n();
  if (indicators.length === 0) return <p className="muted small">{t('skp.noIndicators')}</p>;
  return (
    <div className="indicator-list">
      <p className="indicator-list__title">{t('skp.indicators')}</p>
      <ul>
        {indicators.map((indicator) => {
          const qualitative = isQualitative(indicator);
          const quarters = indicator.periodTargets ?? [];
          const plans = quarters.filter((quarter) => quarter.actionPlan);
          return (
            <li key={indicator.id} className="indicator-item" data-testid="indicator-item">
              <span className="indicator-item__aspect">
                {indicator.aspect ? t(`aspect.${indicator.aspect}`) : ''}
              </span>
              <span className="indicator-item__description">{indicator.description}</span>
              <span className="indicator-item__target">
                {qualitative ? (
                  <span className="tag">{t('qualitative.tag')}</span>
                ) : (
                  <>
                    {formatNumber(indicator.target, locale)} {indicator.unit}
                    {indicator.direction && (
                      <span className="muted small">
                        {' '}
                        · {t(`direction.${indicator.direction}`)}
                      </span>
                    )}
                  </>
                )}
              </span>
              {(qualitative || quarters.length > 0) && (
                // The plan per triwulan: the narrative target, or the quarters' targets and how they
                // make the year; then the rencana aksi, folded.
                <div className="indicator-item__plan small">
                  {qualitative ? (
                    <p>
                      <span className="muted">{t('qualitative.narrativeTarget')}: </span>
                      <span className="narrative-text">{indicator.narrativeTarget ?? '–'}</span>
                    </p>
                  ) : (
                    <p data-testid="quarter-targets">
                      <span className="muted">{t('skp.quarterTargets')}: </span>
                      {quarters
                        .map(
                          (quarter) =>
                            `${t(`period.${quarter.period}`)} ${formatNumber(quarter.target, locale)}`,
                        )
                        .join(' · ')}
                      {indicator.aggregation && (
                        <span className="muted">
                          {' '}
                          · {t(`aggregation.${indicator.aggregation}`)}
                        </span>
                      )}
                    </p>
                  )}
                  {plans.length > 0 && (
                    <details>
                      <summary>{t('qualitative.actionPlans')}</summary>
                      <ul className="indicator-item__action-plans">
                        {plans.map((quarter) => (
                          <li key={quarter.period}>
                            <strong>{t(`period.${quarter.period}`)}:</strong> {quarter.actionPlan}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
