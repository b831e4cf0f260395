import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import type { ReactNode } from 'react';
import { loadStateOf } from '../../api/utils/load-state';
import { useI18n } from '../../i18n';
import { AchievementBar } from '../../skp/components/AchievementBar';
import { Notice } from '../../ui/components/Notice';
import { QueryState } from '../../ui/components/QueryState';
import { PlanStatusBadge } from '../../skp/components/PlanStatusBadge';
import { useCycleSelection } from '../../cycles/hooks/useCycleSelection';
import { pickDefaultPeriod } from '../../cycles/utils/cycles';
import { isQualitative } from '../../skp/utils/qualitative';
import { realizationText, shownRealization } from '../../skp/utils/realization';
import { sortTargets } from '../../skp/utils/sort-targets';
import { formatNumber } from '../../ui/utils/format';
import { EmptyState } from '../../ui/components/EmptyState';
import { GET_MY_CURRENT_TARGETS } from '../graphql/queries';
import type { Period } from '../../api/generated/graphql';

/**
 * The viewer's RHK and IKI in the running cycle with the realisation and achievement of the
 * current period (today's triwulan, else the latest reportable one).
 */
export function CurrentTargets({
  employeeId,
  own = true,
}: {
  employeeId: string;
  /** The viewer's own SKP (offers to open it); false on a team member's page. */
  own?: boolean;
}) {
  const { t, locale } = useI18n();
  const selection = useCycleSelection();
  const cycle = selection.cycle && selection.cycle.status !== 'CLOSED' ? selection.cycle : null;
  const period: Period | null = cycle ? (cycle.currentPeriod ?? pickDefaultPeriod(cycle)) : null;
  const query = useQuery(GET_MY_CURRENT_TARGETS, {
    variables: { cycleId: cycle?.id ?? '', employeeId, period: period ?? 'TW1' },
    skip: !cycle || !period,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const connection = query.data?.performancePlans;
  const plan = connection?.edges[0]?.node ?? null;

  let content: ReactNode = null;
  if (cycle && connection && !plan) {
    content = (
      <EmptyState
        title={t('report.noPlan', { year: cycle.year })}
        body={t('report.noPlanHint')}
        icon="inbox"
        action={
          own ? (
            <Link to="/skp" className="button button--primary">
              {t('targets.toSkp')}
            </Link>
          ) : undefined
        }
      />
    );
  } else if (period && plan) {
    const targets = sortTargets(plan.workTargets);
    const indicators = targets.flatMap((target) => target.indicators ?? []);
    const reported = indicators.filter((indicator) => indicator.realization).length;
    const periodName = t(`period.${period}`);
    content = (
      <>
        {plan.status !== 'APPROVED' && <Notice tone="info">{t('targets.notApproved')}</Notice>}
        <div className="current-targets__summary">
          <div>
            <p className="plan-achievement__text">
              <strong>{t('targets.planAchievement', { period: periodName })}</strong>
              <span className="muted small">
                {t('report.reported', { count: reported, total: indicators.length })}
              </span>
            </p>
          </div>
          <AchievementBar
            value={reported > 0 ? plan.achievement : null}
            label={t('targets.planAchievement', { period: periodName })}
            size="large"
            testId="targets-plan-achievement"
          />
        </div>
        {targets.length === 0 ? (
          <p className="muted">{t('targets.noTargets')}</p>
        ) : (
          targets.map((target) => (
            <section
              key={target.id}
              className="current-targets__target"
              aria-labelledby={`current-rhk-${target.id}`}
              data-testid="current-target"
            >
              {target.kind && (
                <span className={`tag tag--${target.kind.toLowerCase()}`}>
                  {t(`kind.${target.kind}`)}
                </span>
              )}
              <h3 className="current-targets__target-title" id={`current-rhk-${target.id}`}>
                {target.description}
              </h3>
              <ul
                className="report-indicators"
                aria-label={t('targets.indicators', { name: target.description ?? '' })}
              >
                {(target.indicators ?? []).map((indicator) => (
                  <li
                    key={indicator.id}
                    className="report-indicator"
                    data-testid="current-indicator"
                  >
                    <div className="report-indicator__info">
                      <p className="report-indicator__description">
                        {indicator.aspect && (
                          <span className="tag">{t(`aspect.${indicator.aspect}`)}</span>
                        )}{' '}
                        {indicator.description}
                      </p>
                      <dl className="report-indicator__facts">
                        <div>
                          <dt>{t('report.target')}</dt>
                          {/* The period's own target: the achievement beside it is measured against it. */}
                          <dd data-testid="current-target-value">
                            {isQualitative(indicator)
                              ? (indicator.narrativeTarget ?? '–')
                              : `${formatNumber(indicator.periodTarget ?? indicator.target, locale)} ${indicator.unit ?? ''}`}
                          </dd>
                        </div>
                        <div>
                          <dt>{t('report.realization')}</dt>
                          <dd
                            data-testid="current-realization"
                            className={isQualitative(indicator) ? 'narrative-text' : undefined}
                          >
                            {realizationText(
                              shownRealization(indicator),
                              indicator.unit,
                              locale,
                              t,
                            ) ?? <span className="muted">{t('report.notReported')}</span>}
                          </dd>
                        </div>
                      </dl>
                    </div>
                    <div className="report-indicator__actions">
                      {isQualitative(indicator) ? (
                        // Judged by the supervisor, never a percentage.
                        <p className="muted small">{t('qualitative.judgedBySupervisor')}</p>
                      ) : (
                        <AchievementBar
                          value={indicator.realization ? indicator.achievement : null}
                          label={indicator.description ?? ''}
                        />
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="current-targets-title" data-testid="current-targets">
      <div className="current-targets__head">
        <div>
          <h2 className="card__title" id="current-targets-title">
            {cycle && period
              ? t('targets.title', { period: t(`period.${period}`), year: cycle.year })
              : t('targets.heading')}
          </h2>
          <p className="muted small">{own ? t('targets.subtitle') : t('targets.subtitleMember')}</p>
        </div>
        {own && plan && cycle && period && plan.status === 'APPROVED' && (
          <Link
            to={`/laporan?siklus=${cycle.id}&periode=${period}`}
            className="button button--secondary button--small"
          >
            {t('targets.toReport')}
          </Link>
        )}
        {plan && plan.status !== 'APPROVED' && <PlanStatusBadge status={plan.status} />}
      </div>
      <QueryState
        loads={[selection]}
        blocker={
          (!cycle || !period) && (
            <EmptyState
              title={t('targets.noCycle')}
              body={t('targets.noCycleHint')}
              icon="target"
            />
          )
        }
        query={loadStateOf(query, connection)}
        cards={1}
        testId="targets-loading"
      >
        {content}
      </QueryState>
    </section>
  );
}
