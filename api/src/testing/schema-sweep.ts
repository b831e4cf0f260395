import {
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../platform/auth/viewer';
import { createContext } from '../platform/graphql/context';
import type { TestClient } from './graphql-client';

/**
 * What the sweeps across the whole schema share (hostile-input and privacy-sweep tests): an answer's
 * selection, real ids for the arguments that name an entity, and running an operation with the
 * response's HTTP status.
 */

/** For an argument or input field's name, ids to try: the real ids of the entity it names. */
export type Ids = (name: string) => string[];

/**
 * Every field of `type` that needs no argument, `depth` levels deep (field resolvers and their
 * permission checks run too); past that, or for a union, only `__typename`.
 */
export function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth <= 0 || !isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) =>
      field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
    )
    .map((field) => `${field.name} ${selectionOf(field.type, depth - 1)}`);
  return `{ __typename ${fields.join(' ')} }`;
}

/** A root field's own `id` is of the entity it returns (updateTrainingProgram's is a programme). */
export const argumentEntity = (field: GraphQLField<unknown, unknown>, argument: string) =>
  argument === 'id' ? getNamedType(field.type).name : argument;

/**
 * Up to 40 real ids of every entity, found by the name that asks for them: `cycleId` and `Cycle`
 * (the performance cycle), `planId`, `unitId`, and people (evaluator, author, head…) as employees.
 * A name that matches no entity gets `fallback`.
 */
export async function realIds(dataSource: DataSource, fallback: readonly string[]): Promise<Ids> {
  const real = new Map<string, string[]>();
  for (const entity of dataSource.entityMetadatas) {
    if (entity.primaryColumns.length !== 1 || entity.primaryColumns[0].propertyName !== 'id')
      continue;
    const rows: { id: number }[] = await dataSource.query(
      `SELECT id FROM ${entity.tableName} ORDER BY id LIMIT 40`,
    );
    if (rows.length > 0)
      real.set(
        entity.targetName.toLowerCase(),
        rows.map((row) => String(row.id)),
      );
  }
  const people = /employee|evaluator|author|head|supervisor|member|recipient|holder/;
  return (name) => {
    const base = name.replace(/Ids?$/, '').toLowerCase();
    const entity =
      [...real.keys()].find((key) => key === base) ??
      [...real.keys()].find((key) => key.endsWith(base)) ??
      (people.test(base) ? 'employee' : undefined);
    return (entity && real.get(entity)) || [...fallback];
  };
}

/** Runs one operation through the real server as `viewer`: its answer and HTTP status. */
export async function runOperation(
  client: TestClient,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown>,
) {
  const response = await client.server.apollo.executeOperation(
    { query, variables },
    {
      contextValue: createContext({
        dataSource: client.db.dataSource,
        viewer,
        clientAddress: '127.0.0.1',
      }),
    },
  );
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return { ...response.body.singleResult, status: response.http.status ?? 200 };
}
