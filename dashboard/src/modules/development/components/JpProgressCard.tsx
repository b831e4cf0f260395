import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import type { JpProgressFieldsFragment } from '../../api/generated/graphql';

/** JP done toward the 20 JP a year a PNS has a right to (PPPK: done and planned only). */
export function JpProgressCard({
  jp,
  testId = 'jp-progress',
}: {
  jp: JpProgressFieldsFragment;
  testId?: string;
}) {
  const { t } = useI18n();
  const target = jp.target;
  const percent = target ? Math.min(100, Math.round((jp.done / target) * 100)) : null;
  const plannedPercent = target ? Math.min(100, Math.round((jp.planned / target) * 100)) : null;
  return (
    <section className="card jp-card" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <div className="section-head">
        <h2 className="card__title" id={`${testId}-title`}>
          {t('development.jp.title', { year: jp.year })}
        </h2>
        {target !== null &&
          (jp.belowTarget ? (
            <span
              className={`badge ${jp.flagged ? 'badge--plan-returned' : 'badge--plan-submitted'}`}
            >
              {t('development.jp.below')}
            </span>
          ) : (
            <span className="badge badge--success">{t('development.jp.reached')}</span>
          ))}
      </div>
      <p className="jp-card__figure" data-testid={`${testId}-done`}>
        {target !== null
          ? t('development.jp.doneOfTarget', { done: jp.done, target })
          : t('development.jp.doneOnly', { done: jp.done })}
      </p>
      {target !== null && percent !== null && (
        <div
          className="jp-meter"
          role="meter"
          aria-label={t('development.jp.meter')}
          aria-valuemin={0}
          aria-valuemax={target}
          aria-valuenow={Math.min(jp.done, target)}
          aria-valuetext={t('development.jp.doneOfTarget', { done: jp.done, target })}
        >
          <span className="jp-meter__planned" style={{ width: `${plannedPercent}%` }} />
          <span className="jp-meter__done" style={{ width: `${percent}%` }} />
        </div>
      )}
      <p className="muted small">
        {t('development.jp.planned', { planned: jp.planned })}
        {target === null && ` · ${t('development.jp.pppk')}`}
      </p>
      {jp.flagged && (
        <Notice tone="warning" testId={`${testId}-flag`}>
          {t('development.jp.flagged', {
            missing: Math.max(0, (target ?? 0) - jp.done),
            year: jp.year,
          })}
        </Notice>
      )}
    </section>
  );
}
