import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage = LazyExoticComponent<ComponentType> & {
  /** Fetches the page's chunk now; once it is in, the page renders without suspending. */
  preload: () => Promise<void>;
};

/**
 * React.lazy for a module's named export: the pages export named components, and each page becomes
 * its own chunk, fetched when its route first renders, or earlier through `preload()`.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyPage {
  let component: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const start = () =>
    (loading ??= load().then(
      (module) => (component = module[name]),
      (error: unknown) => {
        // A failed download (offline) is tried again by the next render or preload.
        loading = undefined;
        throw error;
      },
    ));
  const page = lazy(() =>
    component
      ? // Already loaded: a thenable that calls back at once, which React.lazy reads as resolved
        // in the same render. A promise would suspend it for a tick: the route's fallback would
        // show for a frame, and React holds the page back a further 300 ms after a fallback.
        (resolvedThenable({ default: component }) as Promise<{ default: ComponentType }>)
      : start().then((loaded) => ({ default: loaded })),
  );
  return Object.assign(page, { preload: () => start().then(() => undefined) });
}

function resolvedThenable<T>(value: T): PromiseLike<T> {
  return {
    then: (onFulfilled) => resolvedThenable(onFulfilled ? onFulfilled(value) : value) as never,
  };
}
