import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

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

function relationsOption(include: string[]): { relations?: never } {
  return include.length ? { relations: Object.fromEntries(include.map((r) => [r, true])) as never } : {};
}

/**
 * Per-request batching. `one(Entity)` loads rows by id; `many(Entity, 'fkProperty')` loads the
 * rows whose foreign key is in the batch. Each loader is made on first use within a request and
 * issues one `IN (…)` statement per batch, so the number of statements a query needs does not
 * grow with the rows it returns. Never shared across requests.
 */
export class Loaders {
  private readonly cache = new Map<Key, DataLoader<number, unknown>>();

  constructor(private readonly manager: EntityManager) {}

  one<E extends ObjectLiteral>(entity: EntityTarget<E>): DataLoader<number, E | null> {
    const key = `one:${this.name(entity)}`;
    let loader = this.cache.get(key) as DataLoader<number, E | null> | undefined;
    if (!loader) {
      const include = this.joined(entity);
      loader = new DataLoader<number, E | null>(async (ids) => {
        const rows = await this.chunked(ids, (chunk) =>
          this.manager.find(entity, { where: { id: In(chunk) } as never, ...relationsOption(include) }),
        );
        if (include.length) this.primeRelations(entity, rows, include);
        const byId = new Map(rows.map((r) => [Number((r as unknown as { id: number }).id), r]));
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
    const include = this.joined(entity);
    let loader = this.cache.get(key) as DataLoader<number, E[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, E[]>(async (ids) => {
        const rows = await this.chunked(ids, (chunk) =>
          this.manager.find(entity, {
            where: { [property]: In(chunk) } as never,
            order: { ...order, id: 'ASC' } as never,
            ...relationsOption(include),
          }),
        );
        if (include.length) this.primeRelations(entity, rows, include);
        const groups = new Map<number, E[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(Number(row[property]))?.push(row);
        return ids.map((id) => groups.get(id) ?? []);
      }, { maxBatchSize: 5000 });
      this.cache.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** A custom batch loader, made once per request under `key`. */
  custom<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.cache.get(`custom:${key}`) as unknown as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 5000 });
      this.cache.set(`custom:${key}`, loader as unknown as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** Put rows already read (a natural-key lookup, a join) into the `one()` loader. */
  prime<E extends ObjectLiteral>(entity: EntityTarget<E>, row: E | null): E | null {
    if (row) this.one(entity).prime(Number((row as unknown as { id: number }).id), row);
    return row;
  }

  private joined(entity: EntityTarget<ObjectLiteral>): string[] {
    return JOINED.get(this.manager.connection.getMetadata(entity).target as Function) ?? [];
  }

  private primeRelations<E extends ObjectLiteral>(entity: EntityTarget<E>, rows: E[], include: string[]): void {
    const meta = this.manager.connection.getMetadata(entity);
    for (const name of include) {
      const relation = meta.findRelationWithPropertyPath(name);
      if (!relation) throw new Error(`${meta.name} has no relation ${name}`);
      const loader = this.one(relation.inverseEntityMetadata.target as EntityTarget<ObjectLiteral>);
      for (const row of rows) {
        const related = row[name as keyof E] as { id: number } | null | undefined;
        if (related) loader.prime(Number(related.id), related);
        delete row[name as keyof E];
      }
    }
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
