import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface EmptyStateProps {
  title: string;
  body?: string;
  icon?: IconName;
  action?: ReactNode;
}

export function EmptyState({ title, body, icon = 'inbox', action }: EmptyStateProps) {
  return (
    <div className="state" role="status">
      <Icon name={icon} size={32} className="state__icon" />
      <h2 className="state__title">{title}</h2>
      {body && <p className="state__body">{body}</p>}
      {action}
    </div>
  );
}
