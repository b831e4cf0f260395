import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { type AppAbility, defineAbilityFor } from '../authz/abilities';
import { Loaders } from './loaders';

/**
 * What one request knows about itself, built fresh for each. Services are not here: resolvers
 * receive theirs through their constructors (api/src/composition.ts builds both).
 */
export interface Context {
  viewer: Viewer | null;
  ability: AppAbility;
  loaders: Loaders;
  dataSource: DataSource;
  clientAddress: string;
  /** The request's "now": one instant for every deadline and timestamp rule it applies (tests fix it). */
  now: Date;
}

export function createContext(args: {
  dataSource: DataSource;
  viewer: Viewer | null;
  clientAddress: string;
  now?: Date;
}): Context {
  let ability: AppAbility | null = null;
  return {
    ...args,
    now: args.now ?? new Date(),
    // Built on first use: many requests (`{ __typename }`, login, a refused one) never ask a rule.
    get ability() {
      return (ability ??= defineAbilityFor(this.viewer));
    },
    set ability(value: AppAbility) {
      ability = value;
    },
    loaders: new Loaders(args.dataSource),
  };
}

/** After a successful login the rest of the same operation runs as the new user. */
export function setViewer(context: Context, viewer: Viewer): void {
  context.viewer = viewer;
  context.ability = defineAbilityFor(viewer);
}
