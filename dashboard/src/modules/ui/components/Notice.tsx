import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** A short confirmation or problem after an action, announced to screen readers. */
export function Notice({
  tone,
  children,
  testId,
}: {
  tone: 'success' | 'error' | 'warning' | 'info';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <Icon name={tone === 'success' ? 'check' : tone === 'info' ? 'info' : 'alert'} size={18} />
      <div>{children}</div>
    </div>
  );
}
