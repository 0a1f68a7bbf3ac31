import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

type Key = string;

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
      loader = new DataLoader<number, E | null>(async (ids) => {
        const rows = await this.chunked(ids, (chunk) => this.manager.find(entity, { where: { id: In(chunk) } as never }));
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
    let loader = this.cache.get(key) as DataLoader<number, E[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, E[]>(async (ids) => {
        const rows = await this.chunked(ids, (chunk) =>
          this.manager.find(entity, { where: { [property]: In(chunk) } as never, order: { ...order, id: 'ASC' } as never }),
        );
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
