import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** One keyset ordering: SQL expression plus how to read the same value off a row. */
export interface KeysetOrder<T> {
  expression: string;
  valueOf: (row: T) => string | number;
  idExpression: string;
}

/** Rows by id, ascending. */
export const oldestFirst = <T extends { id: number }>(alias: string): KeysetOrder<T> => ({
  expression: `${alias}.id`,
  valueOf: (row) => row.id,
  idExpression: `${alias}.id`,
});

/** Rows by id, descending: the keyset runs on the negated id. */
export const newestFirst = <T extends { id: number }>(alias: string): KeysetOrder<T> => ({
  expression: `(0 - ${alias}.id)`,
  valueOf: (row) => -row.id,
  idExpression: `${alias}.id`,
});

const encodeCursor = (value: string | number, id: number) =>
  Buffer.from(JSON.stringify([value, id])).toString('base64url');

// Only what encodeCursor writes: anything else (an object, a list) would reach the SQL as is.
const isSortValue = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

function decodeCursor(cursor: string): [string | number, number] {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      isSortValue(decoded[0]) &&
      Number.isSafeInteger(decoded[1])
    )
      return [decoded[0], decoded[1] as number];
  } catch {
    // fall through to the input error below
  }
  throw badInput([{ field: 'after', message: 'is not a cursor this list returned' }]);
}

/**
 * The one pagination helper: keyset pagination on (order expression, id) with a total count from the
 * same filtered query, so counts never include rows the list would not show.
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: KeysetOrder<T>,
): Promise<Connection<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput([{ field: 'first', message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  const page = query.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    page.andWhere(
      `(${order.expression} > :cursorValue OR (${order.expression} = :cursorValue AND ${order.idExpression} > :cursorId))`,
      {
        cursorValue: value,
        cursorId: id,
      },
    );
  }
  // The count and the page do not depend on each other: both in flight at once.
  const [totalCount, rows] = await Promise.all([
    query.clone().getCount(),
    page
      .orderBy(order.expression, 'ASC')
      .addOrderBy(order.idExpression, 'ASC')
      .limit(first + 1)
      .getMany(),
  ]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(order.valueOf(node), node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
