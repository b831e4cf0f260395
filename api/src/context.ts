import type { DataSource } from 'typeorm';
import { type AppAbility, defineAbilityFor } from './platform/authz/abilities';
import type { Viewer } from './platform/auth/viewer';
import { Loaders } from './platform/graphql/loaders';
import type { Services } from './services';

/** Everything a resolver may use, built fresh for each request. */
export interface Context {
  viewer: Viewer | null;
  ability: AppAbility;
  loaders: Loaders;
  services: Services;
  dataSource: DataSource;
  clientAddress: string;
  /** The request's "now": one instant for every deadline and timestamp rule it applies (tests fix it). */
  now: Date;
}

export function createContext(args: {
  dataSource: DataSource;
  services: Services;
  viewer: Viewer | null;
  clientAddress: string;
  now?: Date;
}): Context {
  return {
    ...args,
    now: args.now ?? new Date(),
    ability: defineAbilityFor(args.viewer),
    loaders: new Loaders(args.dataSource),
  };
}

/** After a successful login the rest of the same operation runs as the new user. */
export function setViewer(context: Context, viewer: Viewer): void {
  context.viewer = viewer;
  context.ability = defineAbilityFor(viewer);
}
