import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { CycleSummaryFieldsFragment } from '../../api/generated/graphql';
import { significantError } from '../../api/utils/graphql-errors';
import { useUnitSelection } from '../../analytics/hooks/useAnalyticsPlace';
import { GET_DISTRIBUTION_CHECK } from '../../calibration/graphql/queries';
import { curveRuleText } from '../../calibration/utils/curve-rule-text';
import { formatPercent } from '../../skp/utils/achievement';
import { numberFormat } from '../../ui/utils/format';
import { useI18n } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { GET_COMPLETION_COUNTS, GET_JP_TOTALS } from '../graphql/queries';
import { CYCLE_PARAM } from '../../cycles/hooks/useCycleSelection';
import { pickSettledCycle, totalCompletion } from '../utils/landing';
import { CardEmpty, CardError, CardLoading, Figure, HomeCard } from './HomeCard';

interface CyclesState {
  cycles: readonly CycleSummaryFieldsFragment[];
  /** The chosen cycle (else the active, else the newest). */
  cycle: CycleSummaryFieldsFragment | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * "Does the kecamatan fit the curve": the root unit's check for the chosen cycle when its numbers
 * are settled, else for the newest settled cycle (its year named; the link opens that cycle).
 */
export const CurveCard = memo(function CurveCard({ cycles }: { cycles: CyclesState }) {
  const { t, locale } = useI18n();
  const place = useUnitSelection();
  const root = place.units.find((unit) => unit.depth === 0) ?? place.units[0];
  const chosen = cycles.cycle;
  const settled =
    chosen && (chosen.status === 'CALIBRATION' || chosen.status === 'CLOSED')
      ? chosen
      : pickSettledCycle(cycles.cycles);
  const query = useQuery(GET_DISTRIBUTION_CHECK, {
    variables: { unitId: root?.id ?? '', cycleId: settled?.id ?? '' },
    skip: !root || !settled,
    errorPolicy: 'all',
  });
  const check = query.data?.distributionCheck;
  const loadError = check ? undefined : significantError(query.error);

  let body;
  if (cycles.loading || place.loading || (query.loading && !check))
    body = <CardLoading testId="home-curve-loading" />;
  else if (cycles.error || place.error)
    body = (
      <CardError
        error={cycles.error ?? place.error}
        onRetry={() => {
          cycles.retry();
          place.retry();
        }}
        testId="home-curve-error"
      />
    );
  else if (!settled || !root)
    body = <CardEmpty testId="home-curve-empty">{t('home.curve.noSettledCycle')}</CardEmpty>;
  else if (loadError || !check)
    body = (
      <CardError error={loadError} onRetry={() => void query.refetch()} testId="home-curve-error" />
    );
  else {
    const failed = check.rules.filter((rule) => !rule.passed);
    body = (
      <div data-testid="home-curve-data" data-passed={String(check.passed)}>
        <p className="muted small">
          {t('home.curve.of', { year: settled.year, total: check.total })}
        </p>
        {check.passed === null ? (
          <p className="home-note home-note--warn">{t('team.curveNoPredicate')}</p>
        ) : (
          <p className={`home-verdict home-verdict--${check.passed ? 'good' : 'bad'}`}>
            <Icon name={check.passed ? 'check' : 'alert'} size={20} />
            <span>{check.passed ? t('team.curvePassed') : t('team.curveFailed')}</span>
          </p>
        )}
        {check.passed === false && failed.length > 0 && (
          <ul className="home-rules">
            {failed.slice(0, 2).map((rule) => (
              <li key={rule.rule}>
                {curveRuleText(t, rule)}:{' '}
                {t('calibration.actual', {
                  count: rule.count,
                  total: check.total,
                  percent: formatPercent(rule.actualPercent, locale),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }

  return (
    <HomeCard
      id="home-curve"
      title={t('home.curve.title')}
      icon="chart"
      link={{
        to: settled ? `/kalibrasi?${CYCLE_PARAM}=${settled.id}` : '/kalibrasi',
        label: t('home.curve.link'),
      }}
    >
      {body}
    </HomeCard>
  );
});

/** SKP approved and evaluations done across the kecamatan in the active cycle. */
export const CompletionCard = memo(function CompletionCard({ cycles }: { cycles: CyclesState }) {
  const { t, locale } = useI18n();
  const cycle = cycles.cycle;
  const query = useQuery(GET_COMPLETION_COUNTS, {
    variables: { cycleId: cycle?.id ?? '' },
    skip: !cycle,
    errorPolicy: 'all',
  });
  const units = query.data?.kecamatanSummary;
  const loadError = units ? undefined : significantError(query.error);
  const percent = (value: number | null) =>
    value === null ? '–' : `${numberFormat(locale, 0).format(value)} %`;
  const tone = (value: number | null) =>
    value === null ? undefined : value >= 90 ? 'good' : value >= 60 ? 'warn' : 'bad';

  let body;
  if (cycles.loading || (query.loading && !units))
    body = <CardLoading testId="home-completion-loading" />;
  else if (cycles.error)
    body = <CardError error={cycles.error} onRetry={cycles.retry} testId="home-completion-error" />;
  else if (!cycle) body = <CardEmpty testId="home-completion-empty">{t('cycle.none')}</CardEmpty>;
  else if (loadError || !units)
    body = (
      <CardError
        error={loadError}
        onRetry={() => void query.refetch()}
        testId="home-completion-error"
      />
    );
  else if (units.length === 0)
    body = <CardEmpty testId="home-completion-empty">{t('summary.empty')}</CardEmpty>;
  else {
    const total = totalCompletion({ units });
    body = (
      <div data-testid="home-completion-data">
        <p className="muted small">{t('home.completion.of', { year: cycle.year })}</p>
        <div className="home-figures">
          <Figure
            value={percent(total.planCompletion)}
            label={t('home.completion.plans', {
              done: total.approvedPlans,
              total: total.members,
            })}
            tone={tone(total.planCompletion)}
            testId="home-completion-plans"
          />
          <Figure
            value={percent(total.evaluationCompletion)}
            label={t('home.completion.evaluations', {
              done: total.evaluationsDone,
              total: total.evaluationsExpected,
            })}
            tone={tone(total.evaluationCompletion)}
            testId="home-completion-evaluations"
          />
        </div>
      </div>
    );
  }

  return (
    <HomeCard
      id="home-completion"
      title={t('home.completion.title')}
      icon="checkList"
      link={{ to: '/ringkasan', label: t('home.completion.link') }}
    >
      {body}
    </HomeCard>
  );
});

/** How many PNS are still below 20 JP this year. */
export const JpTotalsCard = memo(function JpTotalsCard({ cycles }: { cycles: CyclesState }) {
  const { t } = useI18n();
  const cycle = cycles.cycle;
  const query = useQuery(GET_JP_TOTALS, {
    variables: { cycleId: cycle?.id ?? '' },
    skip: !cycle,
    errorPolicy: 'all',
  });
  const hours = query.data?.developmentHours;
  const loadError = hours ? undefined : significantError(query.error);

  let body;
  if (cycles.loading || (query.loading && !hours))
    body = <CardLoading testId="home-jp-totals-loading" />;
  else if (cycles.error)
    body = <CardError error={cycles.error} onRetry={cycles.retry} testId="home-jp-totals-error" />;
  else if (!cycle) body = <CardEmpty testId="home-jp-totals-empty">{t('cycle.none')}</CardEmpty>;
  else if (loadError || !hours)
    body = (
      <CardError
        error={loadError}
        onRetry={() => void query.refetch()}
        testId="home-jp-totals-error"
      />
    );
  else if (hours.totals.pns === 0)
    body = <CardEmpty testId="home-jp-totals-empty">{t('home.jpTotals.noPns')}</CardEmpty>;
  else {
    const below = hours.totals.pnsBelowTarget;
    body = (
      <div data-testid="home-jp-totals-data">
        <Figure
          value={below}
          label={t('home.jpTotals.below', { total: hours.totals.pns, year: hours.year })}
          tone={below === 0 ? 'good' : hours.yearRunningOut ? 'bad' : 'warn'}
          testId="home-jp-totals-below"
        />
        {hours.yearRunningOut && below > 0 && (
          <p className="home-note home-note--bad">{t('home.jpTotals.runningOut')}</p>
        )}
      </div>
    );
  }

  return (
    <HomeCard
      id="home-jp-totals"
      title={t('home.jpTotals.title')}
      icon="target"
      link={{ to: '/pengembangan', label: t('home.jpTotals.link') }}
    >
      {body}
    </HomeCard>
  );
});
