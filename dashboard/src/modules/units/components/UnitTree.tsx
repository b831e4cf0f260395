import { useT } from '../../i18n';
import type { UnitNode } from '../utils/unit-tree';

interface UnitTreeProps {
  nodes: UnitNode[];
  selectedId: string | null;
  expanded: ReadonlySet<string>;
  onSelect: (unitId: string) => void;
  onToggle: (unitId: string) => void;
}

/** The unit tree: each unit with its active head count; sub-units expand and collapse. */
export function UnitTree(props: UnitTreeProps) {
  return (
    <ul className="unit-tree" data-testid="unit-tree">
      {props.nodes.map((node) => (
        <UnitTreeItem key={node.unit.id} node={node} {...props} />
      ))}
    </ul>
  );
}

function UnitTreeItem({
  node,
  selectedId,
  expanded,
  onSelect,
  onToggle,
}: UnitTreeProps & { node: UnitNode }) {
  const t = useT();
  const { unit, children } = node;
  const open = expanded.has(unit.id);
  const selected = unit.id === selectedId;
  return (
    <li className="unit-tree__item">
      <div className={`unit-tree__row${selected ? ' unit-tree__row--selected' : ''}`}>
        {children.length > 0 ? (
          <button
            type="button"
            className="unit-tree__toggle"
            aria-expanded={open}
            aria-label={t(open ? 'units.tree.collapse' : 'units.tree.expand', { name: unit.name })}
            onClick={() => onToggle(unit.id)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="unit-tree__spacer" aria-hidden="true" />
        )}
        <button
          type="button"
          className="unit-tree__name"
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(unit.id)}
          data-testid="unit-tree-item"
        >
          <span className={unit.closedAt ? 'unit-tree__label muted' : 'unit-tree__label'}>
            {unit.name}
          </span>
          {unit.closedAt && <span className="badge badge--muted">{t('units.closedBadge')}</span>}
          {unit.totalMemberCount != null && (
            <span
              className="unit-tree__count muted small"
              title={t('units.tree.membersLabel', { total: unit.totalMemberCount })}
            >
              {t('units.tree.members', {
                direct: unit.memberCount ?? 0,
                total: unit.totalMemberCount,
              })}
            </span>
          )}
        </button>
      </div>
      {children.length > 0 && open && (
        <ul className="unit-tree unit-tree--nested">
          {children.map((child) => (
            <UnitTreeItem
              key={child.unit.id}
              node={child}
              nodes={[]}
              selectedId={selectedId}
              expanded={expanded}
              onSelect={onSelect}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
