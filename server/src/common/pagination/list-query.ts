import { Field, ID, InputType } from 'type-graphql';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors';
import { escapeLike, fold, LIKE_ESCAPE } from '../text';
import { RowShape } from '../loaders/rows';
import { pageWindow, SortDirection, toConnection, type ConnectionResult, type PageArgs } from './connection';

/** Filter fields every list shares; each entity's filter extends it. */
@InputType('CommonFilter', { description: 'Filters shared by every list.' })
export class CommonFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Free text, accent-insensitive: "chuyen doi so" finds "Chuyển đổi số".' })
  q?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only rows changed at or after this instant (inclusive, so a sync never misses a row; de-duplicate by id).' })
  updatedAfter?: Date | null;
}

export interface OrderSpec {
  field: string;
  direction: SortDirection;
}

export interface ListArgs<F extends CommonFilter> extends PageArgs {
  filter?: F | null;
  orderBy?: OrderSpec[] | null;
}

/** Parse GraphQL ID strings into database ids; anything else is bad input at `path`. */
export function parseIds(ids: readonly string[], path: Array<string | number>): number[] {
  return ids.map((raw, i) => parseId(raw, [...path, i]));
}

export function parseId(raw: string | number, path: Array<string | number> = ['id']): number {
  const n = typeof raw === 'number' ? raw : /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0 || n > 2147483647) {
    throw new BadInputError('Not a valid id.', [{ path, message: 'Ids are positive integers given as strings.', reason: 'INVALID_ID' }]);
  }
  return n;
}

/**
 * Apply the shared filter, order and page window to a query and return a connection, in one
 * statement (two for a page past the end or a deep page, see REVERSE_WALK_FROM). Every order
 * ends with the id, so pages are stable; the id follows the direction of the last sort key, so
 * an index on (…, key) serves the order walked backwards as well as forwards.
 */
export async function listConnection<E extends ObjectLiteral, F extends CommonFilter>(
  qb: SelectQueryBuilder<E>,
  args: ListArgs<F>,
  orderColumns: Record<string, string>,
  options: { searchable?: boolean; defaultOrder?: OrderSpec[] } = {},
): Promise<ConnectionResult<E>> {
  const alias = qb.alias;
  const filter = args.filter;
  if (filter?.ids) {
    const ids = parseIds(filter.ids, ['filter', 'ids']);
    if (ids.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere(`${alias}.id IN (:...__ids)`, { __ids: ids });
  }
  if (filter?.q != null && filter.q.trim() !== '') {
    if (!options.searchable) throw new BadInputError('This list has no free-text search.', [{ path: ['filter', 'q'], message: 'Not searchable.', reason: 'NOT_SUPPORTED' }]);
    for (const [i, word] of fold(filter.q).split(' ').filter(Boolean).slice(0, 8).entries()) {
      qb.andWhere(`${alias}.searchText LIKE :__q${i} ESCAPE '${LIKE_ESCAPE}'`, { [`__q${i}`]: `%${escapeLike(word)}%` });
    }
  }
  if (filter?.updatedAfter) {
    if (Number.isNaN(filter.updatedAfter.getTime())) throw new BadInputError('updatedAfter is not a valid instant.');
    qb.andWhere(`${alias}.updatedAt >= :__updatedAfter`, { __updatedAfter: filter.updatedAfter });
  }
  const order = args.orderBy?.length ? args.orderBy : (options.defaultOrder ?? []);
  for (const o of order) {
    const column = orderColumns[o.field];
    if (!column) throw new BadInputError(`Cannot sort by ${o.field}.`);
    qb.addOrderBy(`${alias}.${column}`, o.direction === SortDirection.DESC ? 'DESC' : 'ASC');
  }
  // Tie-break on the id unless the caller already orders by it (TypeORM keys orders by column: a second one would overwrite the first).
  const lastDirection = order.length && order[order.length - 1].direction === SortDirection.DESC ? 'DESC' : 'ASC';
  if (!(`${alias}.id` in qb.expressionMap.orderBys)) qb.addOrderBy(`${alias}.id`, lastDirection);
  const { skip, take } = pageWindow(args);
  const count = () => qb.clone().orderBy().getCount();
  if (take === 0) return toConnection([], skip, await count());
  if (skip >= REVERSE_WALK_FROM && reversible(qb)) {
    // A deep page: count first, then walk to the page from whichever end of the order is nearer.
    const totalCount = await count();
    const fromEnd = totalCount - skip - take;
    if (skip >= totalCount) return toConnection([], skip, totalCount);
    const rows = fromEnd < skip ? await pageRows(qb, Math.max(fromEnd, 0), take + Math.min(fromEnd, 0), { reverse: true }) : await pageRows(qb, skip, take);
    return toConnection(rows.map((r) => r.entity), skip, totalCount);
  }
  const rows = await pageRows(qb, skip, take, { withTotal: true });
  // Past the last row there is no row to carry the total: ask for it alone.
  const totalCount = rows.length ? rows[0].total : await count();
  return toConnection(rows.map((r) => r.entity), skip, totalCount);
}

/**
 * From this offset on, a page costs a COUNT first and is then read from the nearer end of the
 * order: reaching row 35,000 of 44,000 walks 9,000 index entries from the far end instead of
 * 35,000 from the near one (issue 6 measured a page at 80% of the list at 1.6–2× the cost of
 * page 1 before).
 * Below it, walking the offset is cheaper than the extra statement.
 */
export const REVERSE_WALK_FROM = 1000;

/** The exact reverse of an order is every key's direction flipped, as long as none says where NULLs go. */
function reversible(qb: SelectQueryBuilder<ObjectLiteral>): boolean {
  return Object.values(qb.expressionMap.orderBys).every((d) => typeof d === 'string');
}

/**
 * One statement: the ids of the page are found first (a deep offset then walks an index, not
 * whole rows), the page's rows are read by id, and — with `withTotal` — the total rides along as
 * an uncorrelated sub-select, which the database evaluates once (COUNT(*) OVER () would make it
 * read and sort every matching row). With `reverse`, the ids are found walking the order
 * backwards from its end, `skip` rows from the last; the rows still come back in the order.
 */
async function pageRows<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  skip: number,
  take: number,
  options: { withTotal?: boolean; reverse?: boolean } = {},
): Promise<Array<{ entity: E; total: number }>> {
  const meta = qb.expressionMap.mainAlias!.metadata;
  const driver = qb.connection.driver;
  const q = (name: string) => driver.escape(name);
  const [countSql, countParams] = options.withTotal ? qb.clone().orderBy().select('COUNT(1)', 'n').getQueryAndParameters() : ['', []];
  const idQuery = qb.clone().select(`${qb.alias}.id`, 'page_id').offset(skip).limit(take);
  if (options.reverse) {
    const flipped = Object.entries(qb.expressionMap.orderBys).map(([path, d]) => [path, d === 'DESC' ? 'ASC' : 'DESC'] as const);
    idQuery.orderBy(Object.fromEntries(flipped));
  }
  const [pageSql, pageParams] = idQuery.getQueryAndParameters();
  const orderBy = Object.entries(qb.expressionMap.orderBys).map(([path, direction]) => {
    const column = meta.findColumnWithPropertyPath(path.slice(qb.alias.length + 1));
    if (!column) throw new Error(`cannot order ${meta.name} by ${path}`);
    return `e.${q(column.databaseName)} ${typeof direction === 'string' ? direction : direction.order}`;
  });
  const shape = RowShape.of<E>(meta);
  const total = options.withTotal ? `, (${countSql}) AS ${q(TOTAL)}` : '';
  // The query runner of the caller's transaction, if the builder came from one.
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const raw: Array<Record<string, unknown>> = await (runner ?? qb.connection).query(
    `SELECT ${shape.select('e')}${total} FROM ${q(meta.tableName)} e INNER JOIN (${pageSql}) p ON p.page_id = e.${q('id')} ORDER BY ${orderBy.join(', ')}`,
    [...countParams, ...pageParams],
  );
  return raw.map((r) => ({ entity: shape.read(r, 'e') as E, total: Number(r[TOTAL]) }));
}

const TOTAL = 'dx_total_count';
