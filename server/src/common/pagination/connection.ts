import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { BadInputError } from '../errors';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sort direction.' });

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more rows follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Whether rows precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first row of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the page; pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface ConnectionResult<T> {
  nodes: T[];
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** `XConnection` and `XEdge` for a node type: written once, used by every list. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `A ${name} with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this row.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} records.` })
  class ConnectionType {
    @Field(() => [node], { description: 'The rows of this page.' })
    nodes: T[];

    @Field(() => [Edge], { description: 'The rows of this page with their cursors.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of rows matching the filter, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** `XOrder` input: a field of the entity's order enum and a direction. */
export function OrderInput<TField extends object>(fieldEnum: TField, name: string) {
  @InputType(`${name}Order`, { description: `Sort ${name} rows.` })
  class Order {
    @Field(() => fieldEnum, { description: 'Field to sort by.' })
    field: TField[keyof TField];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
    direction: SortDirection;
  }
  return Order;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
export const MAX_OFFSET = 1_000_000;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return rows after this cursor (from `pageInfo.endCursor` or an edge).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Skip this many rows (after `after`, if both are given).' })
  offset?: number | null;
}

const CURSOR_PREFIX = 'dx1:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length).match(/^(0|[1-9]\d{0,8})$/) : null;
  if (!m) {
    throw new BadInputError('The cursor is not one this API issued.', [
      { path: ['after'], message: 'Pass a cursor from pageInfo.endCursor or an edge, unchanged.', reason: 'INVALID_CURSOR' },
    ]);
  }
  return Number(m[1]);
}

/** A `first` argument: an integer from 0 to MAX_PAGE_SIZE, else BAD_USER_INPUT at `first`. */
export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be between 0 and ${MAX_PAGE_SIZE}.`, [
      { path: ['first'], message: `Must be an integer from 0 to ${MAX_PAGE_SIZE}.`, reason: 'OUT_OF_RANGE' },
    ]);
  }
  return first;
}

/** Validate paging arguments and turn them into a row offset and a limit. */
export function pageWindow(args: PageArgs): { skip: number; take: number } {
  const first = checkFirst(args.first ?? DEFAULT_PAGE_SIZE);
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw new BadInputError(`offset must be between 0 and ${MAX_OFFSET}.`, [
      { path: ['offset'], message: `Must be an integer from 0 to ${MAX_OFFSET}.`, reason: 'OUT_OF_RANGE' },
    ]);
  }
  const start = args.after != null ? decodeCursor(args.after) + 1 : 0;
  return { skip: start + offset, take: first };
}

export function toConnection<T>(rows: T[], skip: number, totalCount: number): ConnectionResult<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    nodes: rows,
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: skip + rows.length < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
