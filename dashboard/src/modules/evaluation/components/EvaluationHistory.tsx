import { type ReactNode, useEffect, useRef } from 'react';
import type { EvaluationFieldsFragment } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { groupByYear, yearOf } from '../utils/history';
import { EvaluationView } from './EvaluationView';
import { PredicateBadge } from './PredicateBadge';

/** The URL parameter naming the evaluation a link opens (`?evaluasi=<id>`). */
export const EVALUATION_PARAM = 'evaluasi';

/**
 * Evaluations by cycle: the newest cycle open, earlier cycles folded by year with their predicates
 * on one line. The evaluation `targetId` (from a link) opens its year and is scrolled to.
 */
export function EvaluationHistory({
  evaluations,
  actions,
  targetId,
  headingLevel = 2,
}: {
  evaluations: readonly EvaluationFieldsFragment[];
  actions?: (evaluation: EvaluationFieldsFragment) => ReactNode;
  targetId?: string | null;
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const groups = groupByYear(evaluations);
  const targetYear = yearOf(groups, targetId ?? null);
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target.current) return;
    target.current.scrollIntoView?.({ block: 'start' });
    target.current.focus({ preventScroll: true });
  }, [targetId, targetYear]);

  const list = (items: readonly EvaluationFieldsFragment[]) => (
    <div className="evaluation-list">
      {items.map((evaluation) => {
        const isTarget = evaluation.id === targetId;
        return (
          <div
            key={evaluation.id}
            id={`evaluasi-${evaluation.id}`}
            ref={isTarget ? target : undefined}
            tabIndex={isTarget ? -1 : undefined}
            className={isTarget ? 'evaluation-target' : undefined}
            data-testid={isTarget ? 'evaluation-target' : undefined}
          >
            <EvaluationView evaluation={evaluation} headingLevel={headingLevel}>
              {actions?.(evaluation)}
            </EvaluationView>
          </div>
        );
      })}
    </div>
  );

  return (
    <div className="evaluation-history" data-testid="evaluation-history">
      {groups.map((group, index) =>
        index === 0 ? (
          <section key={group.year} aria-label={t('history.cycle', { year: group.year })}>
            {list(group.evaluations)}
          </section>
        ) : (
          <details
            key={group.year}
            className="card history-year"
            data-testid="history-year"
            open={group.year === targetYear || undefined}
          >
            <summary className="history-year__summary">
              <span className="history-year__year">{group.year}</span>
              <span className="history-year__predicates">
                {group.predicates.map((item) => (
                  <span key={item.period} className="history-year__period">
                    <span className="muted small">{t(`period.${item.period}`)}</span>{' '}
                    <PredicateBadge predicate={item.predicate} />
                  </span>
                ))}
              </span>
            </summary>
            {list(group.evaluations)}
          </details>
        ),
      )}
    </div>
  );
}
