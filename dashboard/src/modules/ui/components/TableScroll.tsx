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
  const kindId = `${id}-kind`;
  const labelId = `${id}-label`;
  const [captionId, setCaptionId] = useState<string | null>(null);

  // Name the region after the caption, which follows the language as it changes.
  useLayoutEffect(() => {
    if (label) return;
    const caption = ref.current?.querySelector('caption');
    if (!caption) return;
    if (!caption.id) caption.id = `${id}-caption`;
    setCaptionId(caption.id);
  }, [label, id]);

  const shows = label ? labelId : captionId;
  return (
    <div
      ref={ref}
      className={`table-wrapper ${className}`.trim()}
      role="region"
      tabIndex={0}
      data-testid={testId}
      aria-labelledby={shows ? `${kindId} ${shows}` : kindId}
    >
      <span id={kindId} hidden>
        {t('common.table')}
      </span>
      {label && (
        <span id={labelId} hidden>
          {label}
        </span>
      )}
      {children}
    </div>
  );
}
