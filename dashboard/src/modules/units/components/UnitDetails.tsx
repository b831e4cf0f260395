import { useId } from 'react';
import { useT } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { formatDay } from '../../ui/utils/dates';
import type { UnitRow } from '../utils/unit-tree';

export type UnitAction = 'addChild' | 'edit' | 'move' | 'close';

interface UnitDetailsProps {
  unit: UnitRow;
  parent: UnitRow | null;
  canManage: boolean;
  onAction: (action: UnitAction) => void;
}

/** One unit: its parent, head and head counts, with HR's actions on it. */
export function UnitDetails({ unit, parent, canManage, onAction }: UnitDetailsProps) {
  const t = useT();
  const id = useId();
  const isRoot = !unit.parent;
  const actions: { action: UnitAction; icon?: 'plus' | 'edit'; show: boolean }[] = [
    { action: 'addChild', icon: 'plus', show: true },
    { action: 'edit', icon: 'edit', show: true },
    { action: 'move', show: !isRoot },
    { action: 'close', show: !isRoot },
  ];
  return (
    <section
      className="card unit-details"
      aria-labelledby={`${id}-name`}
      data-testid="unit-details"
    >
      <h2 className="card__title" id={`${id}-name`}>
        {unit.name}
        {unit.closedAt && <span className="badge badge--muted">{t('units.closedBadge')}</span>}
      </h2>
      <dl className="unit-details__facts">
        <div>
          <dt>{t('units.detail.parent')}</dt>
          <dd>{parent?.name ?? t('units.detail.none')}</dd>
        </div>
        <div>
          <dt>{t('units.detail.head')}</dt>
          <dd>{unit.head?.name ?? t('units.detail.noHead')}</dd>
        </div>
        {unit.totalMemberCount != null && (
          <div>
            <dt>{t('units.detail.members')}</dt>
            <dd>
              {t('units.detail.membersValue', {
                direct: unit.memberCount ?? 0,
                total: unit.totalMemberCount,
              })}
            </dd>
          </div>
        )}
        {unit.closedAt && (
          <div>
            <dt>{t('units.closedBadge')}</dt>
            <dd>
              {t('units.detail.closedOn', { date: formatDay(unit.closedAt, t('error.locale')) })}
            </dd>
          </div>
        )}
      </dl>
      {canManage && !unit.closedAt && (
        <div className="unit-details__actions">
          {actions
            .filter((entry) => entry.show)
            .map(({ action, icon }) => (
              <button
                key={action}
                type="button"
                className={`button button--small ${action === 'close' ? 'button--ghost' : 'button--secondary'}`}
                onClick={() => onAction(action)}
              >
                {icon && <Icon name={icon} size={16} />}
                {t(`units.action.${action}`)}
              </button>
            ))}
        </div>
      )}
    </section>
  );
}
