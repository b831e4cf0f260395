import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { loadStateOf } from '../modules/api/utils/load-state';
import { UnitPicker } from '../modules/analytics/components/UnitPicker';
import { useUnitSelection } from '../modules/analytics/hooks/useAnalyticsPlace';
import '../modules/analytics/styles/analytics.css';
import { useSession } from '../modules/auth/hooks/useSession';
import { useAbility } from '../modules/authz';
import { JpOverviewSection } from '../modules/development/components/JpOverviewSection';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { canDownloadNamedDocuments } from '../modules/documents/utils/access';
import {
  EffectHighlights,
  ProgramEffectsPanel,
} from '../modules/development/components/ProgramEffectsPanel';
import { UnitJpPanel } from '../modules/development/components/UnitJpPanel';
import { GET_JP_BY_UNIT, GET_TRAINING_EFFECTS } from '../modules/development/graphql/queries';
import '../modules/development/styles/development.css';
import '../modules/deadlines/styles/deadlines.css';
import { effectRows } from '../modules/development/utils/effects';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { QueryState } from '../modules/ui/components/QueryState';
import { CYCLE_PARAM, useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import type { CycleSummaryFieldsFragment } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';

/**
 * Pengembangan ASN (HR and the Camat, read-only for the Camat's catalogue): the kecamatan's JP
 * status (totals, who is below target, by unit) and the effect of each programme.
 */
export function DevelopmentOverviewPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const ability = useAbility();
  const allowed = ability.can('read', 'TrainingEffect');
  const selection = useCycleSelection();
  const place = useUnitSelection();
  const cycle = selection.cycle;
  const unit = place.unit;
  const plansMembers = Boolean(me.isSupervisor) && ability.can('create', 'DevelopmentActivity');

  let content: ReactNode = null;
  if (cycle) {
    content = (
      <div className="analytics-stack">
        <JpOverviewSection
          cycleId={cycle.id}
          unitId={unit?.id ?? null}
          title={t('development.overview.jpTitle', { year: cycle.year, unit: unit?.name ?? '' })}
          selfId={me.employee?.id}
          initialBelowOnly
          pageSize={25}
          memberLink={
            plansMembers ? (id) => `/tim/pengembangan/${id}?${CYCLE_PARAM}=${cycle.id}` : undefined
          }
        />
        <UnitJp cycle={cycle} />
        <Effects />
      </div>
    );
  }

  return (
    <div className="page__content development-page">
      <PageHeader
        title={t('development.overview.title')}
        subtitle={t('development.overview.subtitle')}
      >
        {allowed && cycle && unit && (
          <>
            <UnitPicker units={place.units} value={unit.id} onChange={place.setUnitId} />
            <CycleSelect selection={selection} />
            {canDownloadNamedDocuments(ability) && (
              <DownloadButton
                href={`/exports/jp-recap.xlsx?cycleId=${cycle.id}&unitId=${unit.id}`}
                label="documents.jpRecap"
                fallbackName={`Rekap_JP_${cycle.year}.xlsx`}
                ariaLabel={`${t('documents.jpRecap')}: ${unit.name}`}
              />
            )}
          </>
        )}
      </PageHeader>
      {allowed ? (
        <QueryState loads={[selection, place]} noCycle={!cycle} testId="overview-loading">
          {content}
        </QueryState>
      ) : (
        <EmptyState title={t('development.overview.forbidden')} icon="lock" />
      )}
    </div>
  );
}

function UnitJp({ cycle }: { cycle: CycleSummaryFieldsFragment }) {
  const query = useQuery(GET_JP_BY_UNIT, {
    variables: { cycleId: cycle.id },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const groups = query.data?.developmentHoursByGroup;
  return (
    <QueryState query={loadStateOf(query, groups)} cards={1} testId="jp-by-unit-loading">
      {groups && <UnitJpPanel groups={groups} year={cycle.year} />}
    </QueryState>
  );
}

function Effects() {
  const { t } = useI18n();
  const query = useQuery(GET_TRAINING_EFFECTS, {
    variables: {},
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const effects = query.data?.trainingEffects;
  const rows = effects && effectRows(t, effects);
  return (
    <QueryState
      query={loadStateOf(query, effects)}
      empty={
        effects?.length === 0 && (
          <section className="card" data-testid="program-effects">
            <h2 className="card__title">{t('development.effect.panelTitle')}</h2>
            <EmptyState
              title={t('development.effect.empty')}
              body={t('development.effect.emptyHint')}
              icon="chart"
            />
          </section>
        )
      }
      cards={1}
      testId="effects-loading"
    >
      {rows && (
        <>
          <EffectHighlights rows={rows} />
          <ProgramEffectsPanel rows={rows} />
        </>
      )}
    </QueryState>
  );
}
