import { useState } from 'react';
import { useT } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { allNodeIds, type CascadeNode } from '../utils/cascade-tree';
import { PlanStatusBadge } from './PlanStatusBadge';

/** The RHK tree, indented by level; each branch folds. All open at first. */
export function CascadeTree({ roots }: { roots: CascadeNode[] }) {
  const t = useT();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const parents = allNodeIds(roots).length;

  return (
    <div className="cascade">
      {parents > 1 && (
        <div className="cascade__tools">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setCollapsed(new Set())}
          >
            {t('cascade.expandAll')}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setCollapsed(new Set(allWithChildren(roots)))}
          >
            {t('cascade.collapseAll')}
          </button>
        </div>
      )}
      <ul
        className="cascade__level cascade__level--root"
        role="tree"
        aria-label={t('cascade.title')}
        data-testid="cascade-tree"
      >
        {roots.map((node) => (
          <CascadeBranch
            key={node.id}
            node={node}
            level={1}
            collapsed={collapsed}
            onToggle={toggle}
          />
        ))}
      </ul>
    </div>
  );
}

const allWithChildren = (nodes: readonly CascadeNode[]): string[] =>
  nodes.flatMap((node) =>
    node.children.length > 0 ? [node.id, ...allWithChildren(node.children)] : [],
  );

function CascadeBranch({
  node,
  level,
  collapsed,
  onToggle,
}: {
  node: CascadeNode;
  level: number;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const t = useT();
  const hasChildren = node.children.length > 0;
  const open = hasChildren && !collapsed.has(node.id);
  return (
    <li
      className="cascade__item"
      role="treeitem"
      aria-level={level}
      aria-expanded={hasChildren ? open : undefined}
      aria-selected={false}
      data-testid="cascade-node"
    >
      <div className={`cascade-node cascade-node--level-${Math.min(level, 4)}`}>
        {hasChildren ? (
          <button
            type="button"
            className="cascade-node__toggle"
            onClick={() => onToggle(node.id)}
            aria-label={open ? t('cascade.hide') : t('cascade.show')}
          >
            <Icon name={open ? 'chevronDown' : 'chevronRight'} size={18} />
          </button>
        ) : (
          <span className="cascade-node__toggle cascade-node__toggle--leaf" aria-hidden="true" />
        )}
        <div className="cascade-node__body">
          <p className="cascade-node__text">
            {node.kind && (
              <span className={`tag tag--${node.kind.toLowerCase()}`}>
                {t(`kind.${node.kind}`)}
              </span>
            )}{' '}
            <span className="cascade-node__description">{node.description}</span>
          </p>
          <div className="cascade-node__owner">
            <span className="cascade-node__name">
              {node.owner?.name ?? t('directory.nameHidden')}
            </span>
            {node.owner?.position && (
              <span className="muted small">{node.owner.position.title}</span>
            )}
            <PlanStatusBadge status={node.planStatus} />
            {hasChildren && !open && (
              <span className="muted small">
                {t('cascade.children', { count: node.children.length })}
              </span>
            )}
          </div>
        </div>
      </div>
      {open && (
        <ul className="cascade__level" role="group">
          {node.children.map((child) => (
            <CascadeBranch
              key={child.id}
              node={child}
              level={level + 1}
              collapsed={collapsed}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
