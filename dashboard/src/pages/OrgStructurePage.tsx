import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useRef, useState } from 'react';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useAbility } from '../modules/authz';
import { useT } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Notice } from '../modules/ui/components/Notice';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { QueryState } from '../modules/ui/components/QueryState';
import { PHONE_QUERY, useMediaQuery } from '../modules/ui/hooks/useMediaQuery';
import { CloseUnitDialog } from '../modules/units/components/CloseUnitDialog';
import { MoveUnitDialog } from '../modules/units/components/MoveUnitDialog';
import { PositionsPanel } from '../modules/units/components/PositionsPanel';
import { UnitDetails, type UnitAction } from '../modules/units/components/UnitDetails';
import { UnitForm } from '../modules/units/components/UnitForm';
import { UnitTree } from '../modules/units/components/UnitTree';
import { GET_ORG_STRUCTURE } from '../modules/units/graphql/queries';
import '../modules/units/styles/units.css';
import { buildUnitTree, initiallyExpanded, type UnitRow } from '../modules/units/utils/unit-tree';
import '../modules/evaluation/styles/evaluation.css';

/** Unit Kerja & Jabatan (HR): the unit tree, each unit's head and positions, and their changes. */
export function OrgStructurePage() {
  const t = useT();
  const id = useId();
  const ability = useAbility();
  const canManageUnits = ability.can('update', 'OrgUnit');
  const canManagePositions = ability.can('update', 'Position');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [action, setAction] = useState<UnitAction | null>(null);
  // The shared staff titles instead of one unit.
  const [general, setGeneral] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const phone = useMediaQuery(PHONE_QUERY);
  const detailRef = useRef<HTMLDivElement>(null);
  const query = useQuery(GET_ORG_STRUCTURE, {
    variables: { includeClosed },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const units = query.data?.orgUnits;
  const tree = useMemo(() => buildUnitTree(units ?? []), [units]);
  const open = expanded ?? initiallyExpanded(units ?? []);
  const selected = units?.find((unit) => unit.id === selectedId) ?? units?.[0] ?? null;
  const parentOf = (unit: UnitRow) =>
    units?.find((candidate) => candidate.id === unit.parent?.id) ?? null;

  const toggle = (unitId: string) => {
    const next = new Set(open);
    if (next.has(unitId)) next.delete(unitId);
    else next.add(unitId);
    setExpanded(next);
  };
  const done = (message: string, unit?: UnitRow) => {
    setAction(null);
    setNotice(message);
    if (unit) {
      setSelectedId(unit.id);
      // Show the unit where it now sits: its parent opens.
      if (unit.parent) setExpanded(new Set([...open, unit.parent.id]));
    }
  };
  const reload = () => {
    setAction(null);
    setNotice(null);
    void query.refetch();
  };

  return (
    <div className="page__content units-page">
      <PageHeader title={t('units.title')} subtitle={t('units.subtitle')}>
        <label className="checkbox-inline">
          <input
            type="checkbox"
            checked={includeClosed}
            onChange={(event) => setIncludeClosed(event.target.checked)}
          />{' '}
          {t('units.showClosed')}
        </label>
      </PageHeader>
      {notice && (
        <Notice tone="success" testId="units-notice">
          {notice}
        </Notice>
      )}
      <QueryState
        query={loadStateOf(query, units)}
        empty={units?.length === 0 && <EmptyState title={t('units.empty')} icon="tree" />}
        testId="units-loading"
      >
        {units && (
          <div className="units-layout">
            <section className="card units-tree-card" aria-labelledby={`${id}-tree`}>
              <h2 className="card__title" id={`${id}-tree`}>
                {t('units.tree.title')}
              </h2>
              <UnitTree
                nodes={tree}
                selectedId={general ? null : (selected?.id ?? null)}
                expanded={open}
                onSelect={(unitId) => {
                  setSelectedId(unitId);
                  setGeneral(false);
                  setAction(null);
                  // On a phone the details sit below the tree: bring them into view.
                  if (phone) detailRef.current?.scrollIntoView({ block: 'start' });
                }}
                onToggle={toggle}
              />
              <div className="units-general">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-pressed={general}
                  onClick={() => {
                    setGeneral(true);
                    setAction(null);
                    if (phone) detailRef.current?.scrollIntoView({ block: 'start' });
                  }}
                >
                  {t('units.positions.generalButton')}
                </button>
                <p className="muted small">{t('units.positions.generalHint')}</p>
              </div>
            </section>
            <div className="units-detail-column" ref={detailRef}>
              {general ? (
                <PositionsPanel
                  key="general"
                  unit={null}
                  includeClosed={includeClosed}
                  canManage={canManagePositions}
                />
              ) : selected ? (
                <>
                  <UnitDetails
                    unit={selected}
                    parent={parentOf(selected)}
                    canManage={canManageUnits}
                    onAction={(next) => {
                      setNotice(null);
                      setAction(next);
                    }}
                  />
                  {action === 'addChild' && (
                    <UnitForm
                      key={`create-${selected.id}`}
                      mode="create"
                      parent={selected}
                      onSaved={(unit) => done(t('units.saved.created', { name: unit.name }), unit)}
                      onCancel={() => setAction(null)}
                      onReload={reload}
                    />
                  )}
                  {action === 'edit' && (
                    <UnitForm
                      key={`edit-${selected.id}`}
                      mode="edit"
                      unit={selected}
                      onSaved={(unit) => done(t('units.saved.updated', { name: unit.name }), unit)}
                      onCancel={() => setAction(null)}
                      onReload={reload}
                    />
                  )}
                  <PositionsPanel
                    key={selected.id}
                    unit={selected}
                    includeClosed={includeClosed}
                    canManage={canManagePositions}
                  />
                </>
              ) : (
                <p className="muted">{t('units.select')}</p>
              )}
            </div>
          </div>
        )}
      </QueryState>
      {selected && action === 'move' && units && (
        <MoveUnitDialog
          unit={selected}
          units={units}
          onMoved={(unit) => done(t('units.saved.moved', { name: unit.name }), unit)}
          onCancel={() => setAction(null)}
          onReload={reload}
        />
      )}
      {selected && action === 'close' && (
        <CloseUnitDialog
          unit={selected}
          onClosed={(unit) => done(t('units.saved.closed', { name: unit.name }))}
          onCancel={() => setAction(null)}
          onReload={reload}
        />
      )}
    </div>
  );
}
