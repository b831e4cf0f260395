import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';

interface TableScrollProps {
  /** The region's name; by default the table's own caption. */
  label?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * The box a wide table scrolls sideways in. It is a named region in the tab order, so a keyboard
 * user can focus it and scroll it with the arrow keys (WCAG 2.1.1).
 */
export function TableScroll({ label, className = '', testId, children }: TableScrollProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const fallbackId = useId();
  const [captionId, setCaptionId] = useState<string | null>(null);

  // Name the region after the caption, which follows the language as it changes.
  useLayoutEffect(() => {
    if (label) return;
    const caption = ref.current?.querySelector('caption');
    if (!caption) return;
    if (!caption.id) caption.id = `${fallbackId}-caption`;
    setCaptionId(caption.id);
  }, [label, fallbackId]);

  const name = label
    ? { 'aria-label': label }
    : captionId
      ? { 'aria-labelledby': captionId }
      : { 'aria-label': t('common.table') };
  return (
    <div
      ref={ref}
      className={`table-wrapper ${className}`.trim()}
      role="region"
      tabIndex={0}
      data-testid={testId}
      {...name}
    >
      {children}
    </div>
  );
}
