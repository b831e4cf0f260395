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

/**
 * The ability is built on first use: many requests (`{ __typename }`, login, a refused one) never
 * ask a rule. Its getter lives on the prototype: Apollo copies each request's context with
 * `Object.assign(Object.create(prototype), context)`, which would call an own getter (and build
 * the ability) on every request.
 */
class RequestContext implements Context {
  viewer: Viewer | null;
  loaders: Loaders;
  dataSource: DataSource;
  clientAddress: string;
  now: Date;
  /** Copied along with the rest by Apollo's clone, so a plain (not #private) field. */
  builtAbility: AppAbility | null = null;

  constructor(args: {
    dataSource: DataSource;
    viewer: Viewer | null;
    clientAddress: string;
    now?: Date;
  }) {
    this.viewer = args.viewer;
    this.dataSource = args.dataSource;
    this.clientAddress = args.clientAddress;
    this.now = args.now ?? new Date();
    this.loaders = new Loaders(args.dataSource);
  }

  get ability(): AppAbility {
    return (this.builtAbility ??= defineAbilityFor(this.viewer));
  }

  set ability(value: AppAbility) {
    this.builtAbility = value;
  }
}

export function createContext(args: {
  dataSource: DataSource;
  viewer: Viewer | null;
  clientAddress: string;
  now?: Date;
}): Context {
  return new RequestContext(args);
}

/** After a successful login the rest of the same operation runs as the new user. */
export function setViewer(context: Context, viewer: Viewer): void {
  context.viewer = viewer;
  context.ability = defineAbilityFor(viewer);
}
