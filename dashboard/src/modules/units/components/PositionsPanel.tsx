import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { loadStateOf } from '../../api/utils/load-state';
import { errorMessage } from '../../api/utils/error-messages';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useT } from '../../i18n';
import { EmptyState } from '../../ui/components/EmptyState';
import { Icon } from '../../ui/components/Icon';
import { Notice } from '../../ui/components/Notice';
import { QueryState } from '../../ui/components/QueryState';
import { CLOSE_POSITION } from '../graphql/mutations';
import { GET_UNIT_POSITIONS } from '../graphql/queries';
import type { PositionRow } from '../types';
import { isStale } from '../utils/structure-errors';
import type { UnitRow } from '../utils/unit-tree';
import { PositionForm } from './PositionForm';
import { TableScroll } from '../../ui/components/TableScroll';

interface PositionsPanelProps {
  /** The unit whose positions these are; null for the staff titles shared by every unit. */
  unit: UnitRow | null;
  includeClosed: boolean;
  canManage: boolean;
}

/** The jabatan of one unit (or the shared staff titles) as a table, with create, edit and close for HR. */
export function PositionsPanel({ unit, includeClosed, canManage }: PositionsPanelProps) {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState<PositionRow | 'new' | null>(null);
  const [closing, setClosing] = useState<PositionRow | null>(null);
  const [notice, setNotice] = useState<{
    tone: 'success' | 'error';
    text: string;
    stale?: boolean;
  } | null>(null);
  const query = useQuery(GET_UNIT_POSITIONS, {
    variables: { unitId: unit?.id ?? null, withoutUnit: !unit, includeClosed },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const [closePosition, closeState] = useMutation(CLOSE_POSITION, {
    refetchQueries: ['UnitPositions'],
    awaitRefetchQueries: true,
  });
  const positions = query.data?.positions;
  const reload = () => {
    setEditing(null);
    setNotice(null);
    void query.refetch();
  };

  const confirmClose = async (position: PositionRow) => {
    try {
      await closePosition({ variables: { id: position.id, version: position.version } });
      setNotice({ tone: 'success', text: t('units.position.closed', { title: position.title }) });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error), stale: isStale(error) });
    }
    setClosing(null);
  };

  const manageable = canManage && !unit?.closedAt;
  const title = unit
    ? t('units.positions.title', { name: unit.name })
    : t('units.positions.general');
  return (
    <section className="card positions-panel" aria-labelledby={`${id}-title`}>
      <div className="positions-panel__header">
        <h2 className="card__title" id={`${id}-title`}>
          {title}
        </h2>
        {manageable && !editing && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            <Icon name="plus" size={16} />
            {t('units.positions.add')}
          </button>
        )}
      </div>
      {notice && (
        <Notice tone={notice.tone} testId="positions-notice">
          {notice.text}
          {notice.stale && (
            <>
              {' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={reload}
              >
                {t('units.reload')}
              </button>
            </>
          )}
        </Notice>
      )}
      {editing && (
        <PositionForm
          key={editing === 'new' ? 'new' : editing.id}
          unit={unit}
          position={editing === 'new' ? null : editing}
          onSaved={(position) => {
            setEditing(null);
            setNotice({
              tone: 'success',
              text: t('units.position.saved', { title: position.title }),
            });
          }}
          onCancel={() => setEditing(null)}
          onReload={reload}
        />
      )}
      <QueryState
        query={loadStateOf(query, positions)}
        empty={
          positions?.length === 0 && <EmptyState title={t('units.positions.empty')} icon="search" />
        }
        cards={1}
        testId="positions-loading"
      >
        {positions && (
          <TableScroll label={title}>
            <table className="table positions-table" data-testid="positions-table">
              <thead>
                <tr>
                  <th scope="col">{t('units.positions.col.title')}</th>
                  <th scope="col">{t('units.positions.col.levelKind')}</th>
                  <th scope="col" className="numeric">
                    {t('units.positions.col.holders')}
                  </th>
                  {manageable && (
                    <th scope="col">
                      <span className="visually-hidden">{t('units.positions.col.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {positions.map((position) => (
                  <tr key={position.id} data-testid="position-row">
                    <td>
                      <div className="positions-table__title">{position.title}</div>
                      {(position.isHead || position.closedAt) && (
                        <div className="positions-table__marks">
                          {position.isHead && (
                            <span className="tag tag--info">{t('units.positions.head')}</span>
                          )}
                          {position.closedAt && (
                            <span className="badge badge--muted">
                              {t('units.positions.closed')}
                            </span>
                          )}
                        </div>
                      )}
                    </td>
                    <td>
                      {t(`units.level.${position.level}`)}
                      {/* The kind where it is not the level's own name (a Pelaksana is both). */}
                      {position.kind !== position.level && (
                        <span className="positions-table__kind muted small">
                          {t(`units.kind.${position.kind}`)}
                        </span>
                      )}
                    </td>
                    <td className="numeric">{position.holderCount ?? '—'}</td>
                    {manageable && (
                      <td>
                        {!position.closedAt && (
                          <span className="positions-table__actions">
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              aria-label={t('units.positions.editNamed', {
                                title: position.title,
                              })}
                              onClick={() => {
                                setNotice(null);
                                setEditing(position);
                              }}
                            >
                              {t('units.positions.edit')}
                            </button>
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              aria-label={t('units.positions.closeNamed', {
                                title: position.title,
                              })}
                              onClick={() => {
                                setNotice(null);
                                setClosing(position);
                              }}
                            >
                              {t('units.positions.close')}
                            </button>
                          </span>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
      {closing && (
        <ConfirmDialog
          title={t('units.positions.closeTitle', { title: closing.title })}
          confirmLabel={t('units.positions.close')}
          tone="danger"
          busy={closeState.loading}
          onConfirm={() => void confirmClose(closing)}
          onCancel={() => setClosing(null)}
        >
          <p>{t('units.positions.closeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
