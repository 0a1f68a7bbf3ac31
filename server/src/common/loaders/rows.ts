import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { sendWithNext } from '../../database/batching-query-runner';

/**
 * Entity rows read from plain SQL results. TypeORM's generic result transformer is the largest
 * CPU cost of a big nested answer (measured: 1,760 targets with their plan take 61 ms through
 * `find({ relations })`, 12 ms as plain SQL); the loaders only need "this table's columns, maybe
 * a joined table's, into entity instances", which this does with TypeORM's own metadata and its
 * driver's value conversion (dates, booleans, column transformers), so values are the same.
 */
export class RowShape<E extends ObjectLiteral = ObjectLiteral> {
  private static readonly shapes = new WeakMap<EntityMetadata, RowShape>();
  private static readonly untimed = new WeakMap<EntityMetadata, RowShape>();
  private readonly columns: Array<{ column: ColumnMetadata; property: string; name: string; convert: boolean }>;
  /** Per alias: the result keys, computed once (building them per value cost more than the rest). */
  private readonly keys = new Map<string, string[]>();

  private constructor(
    readonly meta: EntityMetadata,
    timestamps: boolean,
  ) {
    this.columns = meta.columns
      .filter((c) => c.isSelect && (timestamps || (c !== meta.createDateColumn && c !== meta.updateDateColumn)))
      .map((c) => ({ column: c, property: c.propertyName, name: c.databaseName, convert: needsConversion(c) }));
  }

  /**
   * The shape of `meta`'s rows. With `timestamps: false` the created/updated columns are left
   * out (the entity's `createdAt` and `updatedAt` stay undefined): for requests that do not ask
   * for them — parsing two DATETIMEs into Dates was ~15 % of the CPU of the benchmark's nested
   * query. See `Loaders.timestamps`.
   */
  static of<E extends ObjectLiteral>(meta: EntityMetadata, timestamps = true): RowShape<E> {
    const cache = timestamps ? RowShape.shapes : RowShape.untimed;
    let shape = cache.get(meta);
    if (!shape) {
      shape = new RowShape(meta, timestamps);
      cache.set(meta, shape);
    }
    return shape as RowShape<E>;
  }

  /** `alias.col AS alias__col, …` */
  select(alias: string): string {
    const q = (s: string) => this.meta.connection.driver.escape(s);
    const keys = this.keysOf(alias);
    return this.columns.map((c, i) => `${alias}.${q(c.name)} AS ${q(keys[i])}`).join(', ');
  }

  /** The entity in `raw` under `alias`, or null when its id is null (a LEFT JOIN that found nothing). */
  read(raw: Record<string, unknown>, alias: string): E | null {
    const keys = this.keysOf(alias);
    if (raw[`${alias}__id`] == null) return null;
    const driver = this.meta.connection.driver;
    const entity = new (this.meta.target as new () => E)() as Record<string, unknown>;
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      const value = raw[keys[i]];
      entity[c.property] = c.convert ? driver.prepareHydratedValue(value, c.column) : value;
    }
    return entity as E;
  }

  private keysOf(alias: string): string[] {
    let keys = this.keys.get(alias);
    if (!keys) {
      keys = this.columns.map((c) => `${alias}__${c.name}`);
      this.keys.set(alias, keys);
    }
    return keys;
  }
}

/** Columns whose raw value the driver must convert (both drivers return numbers and strings as they are). */
function needsConversion(c: ColumnMetadata): boolean {
  if (c.transformer) return true;
  const t = c.type;
  return !(t === 'int' || t === 'integer' || t === 'double' || t === 'varchar' || t === 'text' || t === Number || t === String);
}

/** The row of `entity` whose `property` equals `value`, in one plain statement (hot paths: the sign-in check). */
export async function readOne<E extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<E>, property: keyof E & string, value: unknown): Promise<E | null> {
  const meta = manager.connection.getMetadata(entity);
  const column = meta.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${meta.name} has no column ${property}`);
  const q = (s: string) => manager.connection.driver.escape(s);
  const shape = RowShape.of<E>(meta);
  const rows: Array<Record<string, unknown>> = await manager.query(`SELECT ${shape.select('e')} FROM ${q(meta.tableName)} e WHERE e.${q(column.databaseName)} = ? LIMIT 1`, [value]);
  return rows.length ? shape.read(rows[0], 'e') : null;
}

/**
 * Insert `row` as one plain INSERT and set its generated id: what `save()` does for a new row
 * of these entities (its BeforeInsert listeners run, an omitted column takes its declared
 * default, or null), without TypeORM's persistence machinery, which was the largest CPU cost of
 * a write (and on MySQL 8, which has no INSERT … RETURNING, a read-back of the defaults).
 * The row in memory then equals what a read would return.
 */
export async function insertRow<E extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<E>, row: E): Promise<E> {
  const { meta, sql, values } = insertStatement(manager, entity, row);
  setGeneratedId(meta, row, await manager.query(sql, values));
  return row;
}

/**
 * Columns whose value in the INSERT is SQL that checks an assumption about the row's value, by
 * property: `indicatorId: (SELECT id FROM indicator WHERE id = ? AND measure = ?)` writes the same
 * id while the assumption holds, and NULL — which fails the INSERT — once it does not. The row
 * in memory keeps its own value.
 */
export type ColumnChecks = Partial<Record<string, SqlExpression>>;

/**
 * Insert `row` as insertRow does, sent with the transaction's next statement or its COMMIT
 * (sendWithNext): for rows nothing reads back in the transaction, such as audit events. Its
 * generated id is set when that statement answers (where statements are not held, before this
 * returns).
 */
export async function insertRowWithNext<E extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<E>, row: E, checks?: ColumnChecks): Promise<void> {
  const { meta, sql, values } = insertStatement(manager, entity, row, checks);
  await sendWithNext(manager, sql, values, (result) => setGeneratedId(meta, row, result));
}

/** Set the generated id of a row an INSERT wrote, from the INSERT's result (if the row had none). */
function setGeneratedId(meta: EntityMetadata, row: ObjectLiteral, result: unknown): void {
  const generated = meta.primaryColumns.find((c) => c.isGenerated);
  if (!generated || row[generated.propertyName] !== undefined) return;
  // mysql2 answers an INSERT with its insertId; better-sqlite3 with the last rowid.
  const id = typeof result === 'object' && result !== null && 'insertId' in result ? (result as { insertId: number }).insertId : result;
  row[generated.propertyName] = Number(id);
}

/**
 * A column value that is SQL, not data (e.g. `LAST_INSERT_ID()`): written into the INSERT's text
 * in place of its `?`, with its own bound parameters, which are sent as they are (no column
 * transformer runs on them).
 */
export class SqlExpression {
  constructor(
    readonly sql: string,
    readonly parameters: unknown[] = [],
  ) {}
}

/** Per entity: the columns an INSERT may name, and its text for each set of columns present. */
interface InsertShape {
  columns: ColumnMetadata[];
  texts: Map<string, string>;
}
const insertShapes = new WeakMap<EntityMetadata, InsertShape>();

function insertStatement<E extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<E>, row: E, checks: ColumnChecks = {}) {
  const meta = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  let shape = insertShapes.get(meta);
  if (!shape) insertShapes.set(meta, (shape = { columns: meta.columns.filter((c) => c.isInsert), texts: new Map() }));
  for (const listener of meta.beforeInsertListeners) if (listener.isAllowed(row)) listener.execute(row);
  const values = row as Record<string, unknown>;
  const present: ColumnMetadata[] = [];
  /** What the statement writes for each present column: the row's value, or SQL. */
  const written: unknown[] = [];
  let key = '';
  for (const c of shape.columns) {
    let value = values[c.propertyName];
    if (value === undefined && !c.isGenerated) {
      // An omitted column takes its declared default, or null.
      if (c.default !== undefined && typeof c.default !== 'function') value = values[c.propertyName] = c.default;
      else if (c.isNullable) value = values[c.propertyName] = null;
    }
    if (value === undefined) key += '0';
    else {
      if (value !== null && checks[c.propertyName]) value = checks[c.propertyName];
      present.push(c);
      written.push(value);
      // An expression's text is part of the statement's (a handful of fixed texts, so the cache stays small).
      key += value instanceof SqlExpression ? `(${value.sql})` : '1';
    }
  }
  let sql = shape.texts.get(key);
  if (!sql) {
    const q = (s: string) => driver.escape(s);
    const placeholders = written.map((value) => (value instanceof SqlExpression ? value.sql : '?'));
    sql = `INSERT INTO ${q(meta.tableName)} (${present.map((c) => q(c.databaseName)).join(', ')}) VALUES (${placeholders.join(', ')})`;
    shape.texts.set(key, sql);
  }
  const parameters: unknown[] = [];
  present.forEach((c, i) => {
    const value = written[i];
    if (value instanceof SqlExpression) parameters.push(...value.parameters);
    else parameters.push(driver.preparePersistentValue(value, c));
  });
  return { meta, sql, values: parameters };
}
