import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useSession } from '../modules/auth/hooks/useSession';
import { useAbility } from '../modules/authz';
import { CurveRules } from '../modules/calibration/components/CurveRules';
import { CycleStatusStep } from '../modules/calibration/components/CycleStatusStep';
import { CycleDeadlinesForm } from '../modules/deadlines/components/CycleDeadlinesForm';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { canDownloadOrganizationPredicate } from '../modules/documents/utils/access';
import '../modules/deadlines/styles/deadlines.css';
import { DistributionChart } from '../modules/calibration/components/DistributionChart';
import { DistributionTable } from '../modules/calibration/components/DistributionTable';
import { OrganizationPredicateForm } from '../modules/calibration/components/OrganizationPredicateForm';
import {
  GET_CALIBRATION_UNITS,
  GET_DISTRIBUTION_CHECK,
} from '../modules/calibration/graphql/queries';
import { canRecordOrganizationPredicate } from '../modules/calibration/utils/can-record';
import { distributionRows } from '../modules/calibration/utils/distribution';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { Notice } from '../modules/ui/components/Notice';
import { QueryState } from '../modules/ui/components/QueryState';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/calibration/styles/calibration.css';
import '../modules/evaluation/styles/evaluation.css';

const UNIT_PARAM = 'unit';

export function CalibrationPage() {
  const { t } = useI18n();
  const unitSelectId = useId();
  const ability = useAbility();
  const { me } = useSession();
  const selection = useCycleSelection();
  const cycle = selection.cycle;
  const [searchParams, setSearchParams] = useSearchParams();
  const units = useQuery(GET_CALIBRATION_UNITS, {
    errorPolicy: 'all',
  });
  const unitList = units.data?.orgUnits ?? [];
  const root = unitList.find((unit) => unit.depth === 0) ?? unitList[0];
  const unit = unitList.find((candidate) => candidate.id === searchParams.get(UNIT_PARAM)) ?? root;
  const canRead = ability.can('read', 'Calibration');
  const isLeader = me.roles.includes('LEADER');
  // The Camat records the units below the kecamatan; HR the kecamatan's own (the city's decision).
  const isRoot = unit?.depth === 0;
  const canRecord = canRecordOrganizationPredicate(ability, isRoot);

  const check = useQuery(GET_DISTRIBUTION_CHECK, {
    variables: { unitId: unit?.id ?? '', cycleId: cycle?.id ?? '' },
    skip: !unit || !cycle || !canRead,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const distribution = check.data?.distributionCheck;

  let content: ReactNode = null;
  if (cycle && unit && distribution) {
    const rows = distributionRows(distribution);
    content = (
      <>
        {canDownloadOrganizationPredicate(ability) && (
          <div className="form-actions" data-testid="calibration-documents">
            <DownloadButton
              href={`/documents/organization-predicate/${unit.id}/${cycle.id}.pdf`}
              label="documents.organizationPredicate"
              fallbackName="Predikat_Organisasi.pdf"
              ariaLabel={`${t('documents.organizationPredicate')}: ${unit.name} ${cycle.year}`}
            />
          </div>
        )}
        <div className="calibration-grid">
          <OrganizationPredicateForm
            key={`${unit.id}-${cycle.id}`}
            unitId={unit.id}
            cycleId={cycle.id}
            current={distribution.organizationPredicate}
            record={distribution.organizationPredicateRecord ?? null}
            isRoot={isRoot}
            canEdit={canRecord}
            closedYear={cycle.status === 'CLOSED' ? cycle.year : null}
          />
          {isLeader && <CycleStatusStep cycle={cycle} curveFails={distribution.passed === false} />}
          {ability.can('update', 'Cycle', 'deadlines') && <CycleDeadlinesForm cycleId={cycle.id} />}
        </div>
        <section className="card distribution" aria-labelledby="distribution-title">
          <h2 className="card__title" id="distribution-title">
            {t('calibration.distribution')}
          </h2>
          <p className="muted small">
            {t('calibration.distributionHint', { total: distribution.total, year: cycle.year })}
          </p>
          {distribution.total === 0 ? (
            <EmptyState title={t('calibration.noPredicates')} icon="chart" />
          ) : (
            <div className="distribution__body">
              <DistributionChart rows={rows} />
              <DistributionTable rows={rows} total={distribution.total} />
            </div>
          )}
        </section>
        <section className="plan-section" aria-labelledby="rules-title">
          <div className="section-head">
            <h2 className="section-head__title" id="rules-title">
              {t('calibration.rules')}
            </h2>
            {distribution.passed !== null && (
              <span
                className={`badge ${distribution.passed ? 'badge--plan-approved' : 'badge--plan-returned'}`}
                data-testid="curve-passed"
              >
                {distribution.passed ? t('calibration.allPassed') : t('calibration.someFailed')}
              </span>
            )}
          </div>
          {distribution.organizationPredicate === null ? (
            <Notice tone="info">{t('calibration.rulesNeedPredicate')}</Notice>
          ) : (
            <CurveRules
              rules={distribution.rules}
              total={distribution.total}
              unitId={unit.id}
              cycleId={cycle.id}
            />
          )}
        </section>
      </>
    );
  }

  return (
    <div className="page__content">
      <PageHeader
        title={t('calibration.title')}
        subtitle={isLeader ? t('calibration.subtitle') : t('calibration.subtitleReadOnly')}
      >
        {canRead && cycle && unitList.length > 0 && (
          <>
            <div className="field toolbar__field toolbar__field--wide">
              <label className="field__label" htmlFor={unitSelectId}>
                {t('cascade.unit')}
              </label>
              <select
                id={unitSelectId}
                className="select"
                value={unit?.id ?? ''}
                onChange={(event) =>
                  setSearchParams(
                    (current) => {
                      const params = new URLSearchParams(current);
                      params.set(UNIT_PARAM, event.target.value);
                      return params;
                    },
                    { replace: true },
                  )
                }
              >
                {unitList.map((option) => (
                  <option key={option.id} value={option.id}>
                    {`${'\u00a0\u00a0'.repeat(option.depth)}${option.name}`}
                  </option>
                ))}
              </select>
            </div>
            <CycleSelect selection={selection} />
          </>
        )}
      </PageHeader>
      {canRead ? (
        <QueryState
          loads={[selection, loadStateOf(units, units.data)]}
          noCycle={!cycle || !unit}
          query={loadStateOf(check, distribution)}
          testId="calibration-loading"
        >
          {content}
        </QueryState>
      ) : (
        <EmptyState title={t('calibration.forbidden')} icon="lock" />
      )}
    </div>
  );
}
