import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';

interface TableScrollProps {
  /** What the table shows; by default the table's own caption. */
  label?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * The box a wide table scrolls sideways in. It is a named region in the tab order, so a keyboard
 * user can focus it and scroll it with the arrow keys (WCAG 2.1.1). Its name is "Tabel" and what
 * the table shows ("Tabel Daftar siklus"): the card around a table is often a region named by a
 * heading of the same words, and two landmarks of one name cannot be told apart.
 */
export function TableScroll({ label, className = '', testId, children }: TableScrollProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const [captionId, setCaptionId] = useState<string | null>(null);

  // Name the region after the caption, which follows the language as it changes.
  useLayoutEffect(() => {
    if (label) return;
    const caption = ref.current?.querySelector('caption');
    if (!caption) return;
    if (!caption.id) caption.id = `${id}-caption`;
    setCaptionId(caption.id);
  }, [label, id]);

  // "Tabel" then the caption: the region names itself first (its own aria-label, referenced from
  // its aria-labelledby), so no hidden copy of any text sits in the page.
  const name = label
    ? { 'aria-label': `${t('common.table')} ${label}` }
    : captionId
      ? { 'aria-label': t('common.table'), 'aria-labelledby': `${id} ${captionId}` }
      : { 'aria-label': t('common.table') };
  return (
    <div
      ref={ref}
      id={id}
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
