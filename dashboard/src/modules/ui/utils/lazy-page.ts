import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a module's named export: the pages export named components, and each page becomes
 * its own chunk, fetched when its route first renders.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
