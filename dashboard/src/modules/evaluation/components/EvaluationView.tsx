import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { AchievementBar } from '../../skp/components/AchievementBar';
import { formatDateTime } from '../../ui/utils/format';
import { EvaluationStatusBadge } from './EvaluationStatusBadge';
import { PredicateBadge } from './PredicateBadge';
import type { EvaluationFieldsFragment } from '../../api/generated/graphql';

/** One evaluation as its employee (or anyone allowed) reads it: ratings, predicate, feedback. */
export function EvaluationView({
  evaluation,
  children,
  headingLevel = 2,
}: {
  evaluation: EvaluationFieldsFragment;
  /** Actions and objection details under the evaluation. */
  children?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Its parts sit one level below its title, never skipping one.
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const replaced = Boolean(evaluation.supersededAt);
  const targetFeedback = (evaluation.feedback ?? []).filter((item) => item.workTarget);
  const valueFeedback = (evaluation.feedback ?? []).filter((item) => item.coreValue);
  return (
    <article
      className={`card evaluation-view${replaced ? ' evaluation-view--replaced' : ''}`}
      data-testid="evaluation-view"
      data-evaluation-id={evaluation.id}
    >
      <header className="evaluation-view__head">
        <div>
          <Heading className="card__title">
            {t('evaluation.heading', {
              year: evaluation.cycle?.year ?? '',
              period: evaluation.period ? t(`periodLong.${evaluation.period}`) : '',
            })}
          </Heading>
          {evaluation.evaluator?.name && (
            <p className="muted small">
              {t('evaluation.evaluatedBy', { name: evaluation.evaluator.name })}
            </p>
          )}
        </div>
        <div className="evaluation-view__badges">
          {replaced && (
            <span className="badge badge--plan-returned" data-testid="replaced-badge">
              {t('evaluation.replaced')}
            </span>
          )}
          {(evaluation.revision ?? 0) > 0 && (
            <span className="badge badge--muted">
              {t('evaluation.revision', { revision: evaluation.revision ?? 0 })}
            </span>
          )}
          <EvaluationStatusBadge status={evaluation.status} />
          <PredicateBadge predicate={evaluation.predicate} testId="evaluation-predicate" />
        </div>
      </header>

      {replaced && (
        <p className="small muted">
          {t('evaluation.replacedAt', { date: formatDateTime(evaluation.supersededAt, locale) })}
        </p>
      )}

      <dl className="evaluation-view__facts">
        <div>
          <dt>{t('evaluation.resultRating')}</dt>
          <dd>{evaluation.resultRating ? t(`rating.${evaluation.resultRating}`) : '–'}</dd>
        </div>
        <div>
          <dt>{t('evaluation.behaviorRating')}</dt>
          <dd>{evaluation.behaviorRating ? t(`rating.${evaluation.behaviorRating}`) : '–'}</dd>
        </div>
        {evaluation.suggestedResultRating && (
          <div>
            <dt>{t('evaluation.suggestedShort')}</dt>
            <dd>
              {t(`rating.${evaluation.suggestedResultRating}`)}
              {evaluation.differsFromSuggestion && (
                <span className="muted small"> · {t('evaluation.differsShort')}</span>
              )}
            </dd>
          </div>
        )}
        {evaluation.organizationPredicate && (
          <div>
            <dt>
              {t('evaluation.orgPredicateOf', {
                unit: evaluation.organizationPredicate.unit?.name ?? '',
              })}
            </dt>
            <dd>
              <PredicateBadge predicate={evaluation.organizationPredicate.predicate} organization />
            </dd>
          </div>
        )}
        {evaluation.finalizedAt && (
          <div>
            <dt>{t('evaluation.finalizedAt')}</dt>
            <dd>{formatDateTime(evaluation.finalizedAt, locale)}</dd>
          </div>
        )}
        {evaluation.acknowledgedAt && (
          <div>
            <dt>{t('evaluation.acknowledgedAt')}</dt>
            <dd>{formatDateTime(evaluation.acknowledgedAt, locale)}</dd>
          </div>
        )}
      </dl>

      <AchievementBar value={evaluation.achievement} label={t('report.planAchievementShort')} />

      {targetFeedback.length > 0 && (
        <section className="evaluation-view__section">
          <SubHeading className="evaluation-view__subtitle">
            {t('evaluation.feedbackPerTarget')}
          </SubHeading>
          <ul className="feedback-items">
            {targetFeedback.map((item) => (
              <li key={item.id}>
                <span className="feedback-items__about">{item.workTarget?.description}</span>
                <p>{item.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {valueFeedback.length > 0 && (
        <section className="evaluation-view__section">
          <SubHeading className="evaluation-view__subtitle">
            {t('evaluation.feedbackPerValue')}
          </SubHeading>
          <ul className="feedback-items">
            {valueFeedback.map((item) => (
              <li key={item.id}>
                <span className="feedback-items__about">
                  {item.coreValue ? t(`coreValue.${item.coreValue}`) : ''}
                  {item.rating && (
                    <span className="muted small"> · {t(`rating.${item.rating}`)}</span>
                  )}
                </span>
                <p>{item.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {evaluation.summary && (
        <section className="evaluation-view__section">
          <SubHeading className="evaluation-view__subtitle">{t('evaluation.summary')}</SubHeading>
          <p className="evaluation-view__summary">{evaluation.summary}</p>
        </section>
      )}
      {evaluation.finalizationReason && (
        <section className="evaluation-view__section" data-testid="finalization-reason">
          <h4 className="evaluation-view__subtitle">{t('evaluation.finalizationReason')}</h4>
          <p className="evaluation-view__summary">{evaluation.finalizationReason}</p>
        </section>
      )}
      {children}
    </article>
  );
}
