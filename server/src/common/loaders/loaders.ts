import DataLoader from 'dataloader';
import { Kind, visit, BREAK, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { RowShape } from './rows';

type Key = string;

const JOINED = new Map<Function, string[]>();

/**
 * Many-to-one relations read in the same statement whenever rows of `entity` are loaded (a LEFT
 * JOIN): each related row primes that entity's `one()` loader, so resolving it costs nothing.
 * For relations almost always wanted with the row: an assignment's subject, a target's plan, the
 * two ends of a link table. Declared by the feature, next to its resolver.
 */
export function loadWith<E extends ObjectLiteral>(entity: new () => E, relations: Array<keyof E & string>): void {
  JOINED.set(entity, relations);
}

/**
 * Per-request batching. `one(Entity)` loads rows by id; `many(Entity, 'fkProperty')` loads the
 * rows whose foreign key is in the batch. Each loader is made on first use within a request and
 * issues one `IN (…)` statement per batch, so the number of statements a query needs does not
 * grow with the rows it returns. Never shared across requests. Rows are read with plain SQL
 * (see RowShape): TypeORM's result transformer costs more CPU than the database does.
 */
export class Loaders {
  private readonly cache = new Map<Key, DataLoader<number, unknown>>();
  /** Rows already read, by entity name and id: resolvers take them without a promise (peek). */
  private readonly rows = new Map<string, Map<number, unknown>>();
  private readonly known = new Map<string, Map<unknown, unknown>>();
  /**
   * Whether rows are read with their `createdAt` / `updatedAt`. True unless the executor, having
   * seen the operation, finds a query that asks for neither field anywhere (readsTimestamps):
   * then those two columns are not selected and stay undefined on the entities of this request.
   * Mutations always read them (their answers and audit trail use whole rows).
   */
  timestamps = true;

  constructor(private readonly manager: EntityManager) {}

  one<E extends ObjectLiteral>(entity: EntityTarget<E>): DataLoader<number, E | null> {
    const key = `one:${this.name(entity)}`;
    let loader = this.cache.get(key) as DataLoader<number, E | null> | undefined;
    if (!loader) {
      loader = new DataLoader<number, E | null>(async (ids) => {
        const rows = await this.chunked(ids, (chunk) => this.fetch(entity, 'id', chunk, {}));
        const byId = new Map(rows.map((r) => [Number((r as unknown as { id: number }).id), r]));
        for (const [id, row] of byId) this.remember(entity, id, row);
        return ids.map((id) => byId.get(id) ?? null);
      }, { maxBatchSize: 5000 });
      this.cache.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  many<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    property: keyof E & string,
    order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>> = {},
  ): DataLoader<number, E[]> {
    const key = `many:${this.name(entity)}:${property}:${JSON.stringify(order)}`;
    let loader = this.cache.get(key) as DataLoader<number, E[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, E[]>(async (ids) => {
        const rows = await this.chunked(ids, (chunk) => this.fetch(entity, property, chunk, order));
        const groups = new Map<number, E[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(Number(row[property]))?.push(row);
        return ids.map((id) => groups.get(id) ?? []);
      }, { maxBatchSize: 5000 });
      this.cache.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** A custom batch loader, made once per request under `key` (`cacheKey` for object keys). */
  custom<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (k: K) => unknown): DataLoader<K, V> {
    let loader = this.cache.get(`custom:${key}`) as unknown as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>(batch, { maxBatchSize: 5000, ...(cacheKey ? { cacheKeyFn: cacheKey } : {}) }) as DataLoader<K, V>;
      this.cache.set(`custom:${key}`, loader as unknown as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** Put rows already read (a natural-key lookup, a join) into the `one()` loader. */
  prime<E extends ObjectLiteral>(entity: EntityTarget<E>, row: E | null): E | null {
    if (row) {
      const id = Number((row as unknown as { id: number }).id);
      this.one(entity).prime(id, row);
      this.remember(entity, id, row);
    }
    return row;
  }

  /** The row if this request has read it already, without a promise (graphql-js completes plain values much faster). */
  peek<E extends ObjectLiteral>(entity: EntityTarget<E>, id: number): E | undefined {
    return this.rows.get(this.name(entity))?.get(id) as E | undefined;
  }

  /** Values computed ahead under `key` for this request (e.g. progress read with the targets). */
  computed<K, V>(key: string): Map<K, V> {
    let map = this.known.get(key);
    if (!map) {
      map = new Map();
      this.known.set(key, map);
    }
    return map as Map<K, V>;
  }

  private remember(entity: EntityTarget<ObjectLiteral>, id: number, row: unknown): void {
    const name = this.name(entity);
    let map = this.rows.get(name);
    if (!map) {
      map = new Map();
      this.rows.set(name, map);
    }
    if (!map.has(id)) map.set(id, row);
  }

  /**
   * One statement: the rows of `entity` whose `property` is in `values`, ordered, with the
   * relations declared by loadWith() joined in; the joined rows prime their own loaders.
   */
  private async fetch<E extends ObjectLiteral>(entity: EntityTarget<E>, property: string, values: number[], order: Record<string, string | undefined>): Promise<E[]> {
    const meta = this.manager.connection.getMetadata(entity);
    const q = (s: string) => this.manager.connection.driver.escape(s);
    const column = (m: EntityMetadata, p: string) => {
      const c = m.findColumnWithPropertyName(p);
      if (!c) throw new Error(`${m.name} has no column ${p}`);
      return c.databaseName;
    };
    const joins = (JOINED.get(meta.target as Function) ?? [])
      .map((name) => {
        const relation = meta.findRelationWithPropertyPath(name);
        if (!relation?.joinColumns[0]) throw new Error(`${meta.name} has no many-to-one relation ${name}`);
        return relation;
      })
      // Rows loaded by a foreign key belong to a parent the caller already has: do not read it again.
      .filter((relation) => relation.joinColumns[0].propertyName !== property)
      .map((relation, n) => ({ alias: `j${n}`, relation, shape: RowShape.of(relation.inverseEntityMetadata, this.timestamps) }));
    const shape = RowShape.of<E>(meta, this.timestamps);
    const orderBy = [...Object.entries(order).map(([p, dir]) => `e.${q(column(meta, p))} ${dir === 'DESC' ? 'DESC' : 'ASC'}`), `e.${q('id')} ASC`];
    const raw: Array<Record<string, unknown>> = await this.manager.query(
      `SELECT ${[shape.select('e'), ...joins.map((j) => j.shape.select(j.alias))].join(', ')}
         FROM ${q(meta.tableName)} e
         ${joins.map((j) => `LEFT JOIN ${q(j.relation.inverseEntityMetadata.tableName)} ${j.alias} ON ${j.alias}.${q('id')} = e.${q(j.relation.joinColumns[0].databaseName)}`).join(' ')}
        WHERE e.${q(column(meta, property))} IN (${values.map(() => '?').join(', ')})
        ORDER BY ${orderBy.join(', ')}`,
      values,
    );
    for (const j of joins) {
      const loader = this.one(j.relation.inverseEntityMetadata.target as EntityTarget<ObjectLiteral>);
      for (const r of raw) {
        const related = j.shape.read(r, j.alias);
        if (related) {
          loader.prime(Number(related.id), related);
          this.remember(j.relation.inverseEntityMetadata.target as EntityTarget<ObjectLiteral>, Number(related.id), related);
        }
      }
    }
    return raw.map((r) => shape.read(r, 'e') as E);
  }

  private name(entity: EntityTarget<ObjectLiteral>): string {
    return this.manager.connection.getMetadata(entity).name;
  }

  /** Keep IN lists within every driver's parameter limit. */
  private async chunked<T>(ids: readonly number[], run: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
    const size = 5000;
    if (ids.length <= size) return run([...ids]);
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += size) out.push(...(await run(ids.slice(i, i + size))));
    return out;
  }
}

const TIMESTAMP_FIELDS = new Set(['createdAt', 'updatedAt']);
const timestampsByDocument = new WeakMap<DocumentNode, boolean>();

/**
 * Whether an operation needs rows' timestamps: any mutation or subscription, or a query whose
 * document selects a field named `createdAt` or `updatedAt` anywhere (on any type, in any
 * fragment). Computed once per parsed document.
 */
export function readsTimestamps(document: DocumentNode, operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return true;
  let found = timestampsByDocument.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.FIELD](node) {
        if (TIMESTAMP_FIELDS.has(node.name.value)) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    });
    timestampsByDocument.set(document, found);
  }
  return found;
}
