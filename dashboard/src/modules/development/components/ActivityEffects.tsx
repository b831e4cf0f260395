import { useT } from '../../i18n';
import type { ActivityEffect } from '../types';
import { evaluationLabel } from '../utils/reasons';
import { measureLabel } from '../utils/effects';

const CHANGE_CLASS = {
  IMPROVED: 'badge--success',
  UNCHANGED: 'badge--muted',
  DECLINED: 'badge--plan-returned',
  NO_DATA: 'badge--muted',
} as const;

/** Before → after ratings of what a completed activity aimed at. */
export function ActivityEffects({ effects }: { effects: readonly ActivityEffect[] }) {
  const t = useT();
  if (effects.length === 0) return null;
  return (
    <div className="activity-effects" data-testid="activity-effects">
      <h4 className="activity-effects__title">{t('development.effect.title')}</h4>
      <ul className="activity-effects__list">
        {effects.map((effect, index) => (
          <li key={`${effect.measure}-${effect.coreValue ?? ''}-${index}`}>
            <strong>{measureLabel(t, effect)}</strong>
            {': '}
            {effect.beforeRating && effect.beforeCycleYear && effect.beforePeriod ? (
              <span>
                {t(`rating.${effect.beforeRating}`)} (
                {evaluationLabel(t, effect.beforeCycleYear, effect.beforePeriod)})
              </span>
            ) : (
              <span className="muted">{t('development.effect.noBefore')}</span>
            )}
            {' → '}
            {effect.afterRating && effect.afterCycleYear && effect.afterPeriod ? (
              <span>
                {t(`rating.${effect.afterRating}`)} (
                {evaluationLabel(t, effect.afterCycleYear, effect.afterPeriod)})
              </span>
            ) : (
              <span className="muted">{t('development.effect.noAfter')}</span>
            )}{' '}
            {effect.change !== 'NO_DATA' && (
              <span className={`badge ${CHANGE_CLASS[effect.change]}`}>
                {t(`development.change.${effect.change}`)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
