import { useI18n } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import type { TrainingRecommendation } from '../types';
import { describeReason } from '../utils/reasons';

const SHOWN_REASONS = 3;

/** Ranked programmes, each with the weaknesses behind it in words; optionally an add button. */
export function RecommendationList({
  recommendations,
  onAdd,
}: {
  recommendations: readonly TrainingRecommendation[];
  onAdd?: (recommendation: TrainingRecommendation) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <ol className="recommendation-list" data-testid="recommendations">
      {recommendations.map((recommendation, index) => {
        const { program, reasons } = recommendation;
        return (
          <li key={program.id} className="recommendation" data-testid="recommendation">
            <div className="recommendation__head">
              <span className="recommendation__rank" aria-hidden="true">
                {index + 1}
              </span>
              <div className="recommendation__main">
                <h3 className="recommendation__title">{program.title}</h3>
                <p className="muted small">
                  <span className="mono">{program.code}</span>
                  {' · '}
                  {t('development.jpOf', { jp: program.hours ?? 0 })}
                  {program.mode && ` · ${t(`development.mode.${program.mode}`)}`}
                  {program.provider && ` · ${program.provider}`}
                </p>
              </div>
              {onAdd && (
                <button
                  type="button"
                  className="button button--secondary button--small recommendation__add"
                  onClick={() => onAdd(recommendation)}
                  aria-label={t('development.recommendation.addNamed', {
                    title: program.title ?? '',
                  })}
                >
                  <Icon name="plus" size={16} />
                  {t('development.recommendation.add')}
                </button>
              )}
            </div>
            <p className="recommendation__why-title small">{t('development.recommendation.why')}</p>
            <ul className="recommendation__reasons">
              {reasons.slice(0, SHOWN_REASONS).map((reason, reasonIndex) => (
                <li
                  key={`${reason.kind}-${reason.evaluationId}-${reason.coreValue ?? reason.indicatorId ?? reasonIndex}`}
                >
                  {describeReason(t, reason, locale)}
                </li>
              ))}
              {reasons.length > SHOWN_REASONS && (
                <li className="muted">
                  {t('development.recommendation.more', { count: reasons.length - SHOWN_REASONS })}
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
