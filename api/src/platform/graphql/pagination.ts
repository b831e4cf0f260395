import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections)' })
export class PageInfo {
  @Field({ description: 'Whether rows follow this page: ask again with `after: endCursor`' })
  hasNextPage: boolean;

  @Field({
    description:
      'Whether rows come before this page (false on the first page, asked without `after`)',
  })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last row of this page; null when the page is empty',
  })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor` })
  class Edge {
    @Field({ description: 'Opaque position of this row: pass it as `after` to read on from it' })
    cursor: string;

    @Field(() => node, { description: `The ${name} itself` })
    node: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} rows the viewer may read, in a stable order`,
  })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], { description: 'The rows of this page, in order' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether rows come before or after this page' })
    pageInfo: PageInfo;

    @Field(() => Int, {
      description:
        'Rows matching the filter over all pages, counting only rows the viewer may read',
    })
    totalCount: number;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
/** The paging arguments of every connection (`@Args(() => PageArgs) page: PageArgs`). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, from 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (the endCursor of the page before)',
  })
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
  throw badInput([
    { field: 'after', reason: 'INVALID_CURSOR', message: 'is not a cursor this list returned' },
  ]);
}

/** The `first` argument, checked: 1 to MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE when left out. */
export function pageSizeOf(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput([
      {
        field: 'first',
        reason: 'PAGE_SIZE',
        message: `must be between 1 and ${MAX_PAGE_SIZE}`,
        params: { min: 1, max: MAX_PAGE_SIZE },
      },
    ]);
  }
  return first;
}

/**
 * Where `after` cuts the ordered rows, as SQL on `:cursorValue`/`:cursorId`: `page` keeps the rows
 * past the cursor, `preceding` the rows up to and including it. Null without `after`.
 */
export function keysetCut<T>(
  order: KeysetOrder<T>,
  after: string | null | undefined,
): { page: string; preceding: string; params: Record<string, unknown> } | null {
  if (!after) return null;
  const [value, id] = decodeCursor(after);
  return {
    page: `(${order.expression} > :cursorValue OR (${order.expression} = :cursorValue AND ${order.idExpression} > :cursorId))`,
    preceding: `(${order.expression} < :cursorValue OR (${order.expression} = :cursorValue AND ${order.idExpression} <= :cursorId))`,
    params: { cursorValue: value, cursorId: id },
  };
}

/** The connection of a page read with `LIMIT first + 1` (the extra row says a next page exists). */
export function connectionOf<T extends { id: number }>(
  rows: T[],
  {
    first,
    order,
    totalCount,
    hasPreviousPage,
  }: { first: number; order: KeysetOrder<T>; totalCount: number; hasPreviousPage: boolean },
): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(order.valueOf(node), node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
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
  const first = pageSizeOf(args);
  const page = query.clone();
  // Rows up to and including the cursor's position; none precede a page asked for without `after`.
  const cut = keysetCut(order, args.after);
  if (cut) page.andWhere(cut.page, cut.params);
  const preceding = cut ? query.clone().andWhere(cut.preceding, cut.params) : null;
  // The count, the page and the look behind it do not depend on each other: all in flight at once.
  const [totalCount, rows, hasPreviousPage] = await Promise.all([
    query.clone().getCount(),
    page
      .orderBy(order.expression, 'ASC')
      .addOrderBy(order.idExpression, 'ASC')
      .limit(first + 1)
      .getMany(),
    preceding ? preceding.getExists() : false,
  ]);
  return connectionOf(rows, { first, order, totalCount, hasPreviousPage });
}
