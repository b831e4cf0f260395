import { useEffect, useState, type ReactNode } from 'react';

/** Near means in the viewport: what a phone's first screen does not show waits for the reader. */
const NEAR_MARGIN = '0px 0px 0px 0px';

interface MountWhenNearProps {
  /** Rendered in the placeholder's place once it comes near the viewport; it stays mounted. */
  children: ReactNode;
  /** What holds the place until then: it should look like the content loading. */
  placeholder: ReactNode;
  /** The class of the element holding the place (e.g. the card's, so the grid keeps its shape). */
  className?: string;
}

/**
 * Content further down a long page mounts when the reader comes near it: on a phone the first load
 * starts only what the first screen shows (its queries, its rendering), and the rest follows as
 * the page scrolls. Any key press mounts everything at once, so keyboard order is never short of
 * content; without IntersectionObserver (old browsers, tests) everything mounts at once.
 */
export function MountWhenNear({ children, placeholder, className }: MountWhenNearProps) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [element, setElement] = useState<HTMLElement | null>(null);

  useEffect(() => {
    if (near || !element) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    window.addEventListener('keydown', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('keydown', show);
    };
  }, [near, element]);

  if (near) return children;
  return (
    <div ref={setElement} className={className} data-mount-when-near="">
      {placeholder}
    </div>
  );
}
