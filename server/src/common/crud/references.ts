import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RelationMetadata } from 'typeorm/metadata/RelationMetadata';
import { BadInputError } from '../errors';

/** Columns of referenced rows a write needs (by foreign-key property: `{ indicatorId: ['measure'] }`). */
export type ReferenceReads = Record<string, readonly string[]>;

interface Reference {
  relation: RelationMetadata;
  property: string;
  /** The foreign-key value that was looked up. */
  id: unknown;
  /** The referenced row's requested columns, or null when no row has that id. */
  row: Record<string, unknown> | null;
}

/**
 * What a write read about the rows its foreign keys point at: whether each exists, and the
 * columns of them that its hooks asked for. Read before the hooks run (they may use the
 * columns), asserted after (a hook may clear a foreign key it does not need, and what it
 * clears is not an error).
 */
export class References {
  constructor(private readonly refs: Reference[]) {}

  /** The requested columns of the row `property` points at (undefined when it points at none). */
  of(property: string): Record<string, unknown> | undefined {
    return this.refs.find((r) => r.property === property)?.row ?? undefined;
  }

  /**
   * Every foreign key of `values` must point at a live row: those looked up are answered from
   * what was read; a key a hook changed since is checked again (one statement).
   */
  async assertFound(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, values: ObjectLiteral, inputPath: string): Promise<void> {
    const missing: Reference[] = [];
    const recheck: Record<string, unknown> = {};
    for (const { property } of foreignKeys(manager.connection.getMetadata(entity))) {
      const value = values[property];
      if (value == null) continue;
      const read = this.refs.find((r) => r.property === property);
      if (read && read.id === value) {
        if (!read.row) missing.push(read);
      } else recheck[property] = value;
    }
    if (Object.keys(recheck).length) missing.push(...(await readReferences(manager, entity, recheck)).refs.filter((r) => !r.row));
    if (missing.length) {
      throw new BadInputError(
        'A referenced record does not exist.',
        missing.map((r) => ({ path: [inputPath, r.property], message: `${r.relation.inverseEntityMetadata.name} ${r.id} does not exist.`, reason: 'REFERENCE_NOT_FOUND' })),
      );
    }
  }
}

/**
 * References as a write assumes them instead of reading them (remembered from an earlier read):
 * `of` answers with the assumed columns; nothing is read, and nothing is checked here (the
 * write's own statement must check them: createRecord's `assumed`).
 */
export function assumedReferences(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, assumed: Record<string, { id: unknown; row: Record<string, unknown> }>): References {
  const keys = foreignKeys(manager.connection.getMetadata(entity));
  return new References(
    Object.entries(assumed).map(([property, { id, row }]) => {
      const key = keys.find((k) => k.property === property);
      if (!key) throw new Error(`${property} is not a foreign key`);
      return { relation: key.relation, property, id, row };
    }),
  );
}

/** The many-to-one relations of `meta` with the property holding each foreign key. */
const foreignKeys = (meta: EntityMetadata) =>
  meta.manyToOneRelations.filter((relation) => relation.joinColumns[0]?.propertyName != null).map((relation) => ({ relation, property: relation.joinColumns[0].propertyName }));

/** The id and version of a row: what an idempotent write needs to update it (updateRecord reads the rest). */
export interface RowVersion {
  id: number;
  version: number;
}

/**
 * One statement for every foreign key present in `values` (never one per key): whether the row
 * it names exists and the columns `reads` asks of it; with `existing`, also the id and version
 * of the row of `entity` that has the given natural key (an idempotent write decides between
 * insert and update on it).
 */
export async function readReferences<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  values: ObjectLiteral,
  reads: ReferenceReads = {},
  existing?: { property: keyof E & string; value: unknown },
): Promise<References & { existing: RowVersion | null }> {
  const meta = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const q = (s: string) => driver.escape(s);
  const present = foreignKeys(meta).filter((r) => values[r.property] != null);
  if (present.length === 0 && !existing) return Object.assign(new References([]), { existing: null });

  const selects: string[] = [];
  const joins: string[] = [];
  const params: unknown[] = [];
  if (existing) {
    const column = meta.findColumnWithPropertyName(existing.property);
    if (!column) throw new Error(`${meta.name} has no column ${existing.property}`);
    selects.push('x.id AS x_id', `x.${q('version')} AS x_version`);
    joins.push(`LEFT JOIN ${q(meta.tableName)} x ON x.${q(column.databaseName)} = ?`);
    params.push(existing.value);
  }
  const wanted = present.map(({ relation, property }, i) => {
    const target = relation.inverseEntityMetadata;
    const columns = (reads[property] ?? []).map((p) => {
      const column = target.findColumnWithPropertyName(p);
      if (!column) throw new Error(`${target.name} has no column ${p}`);
      return column;
    });
    selects.push(`r${i}.id AS r${i}`, ...columns.map((c, k) => `r${i}.${q(c.databaseName)} AS r${i}_${k}`));
    joins.push(`LEFT JOIN ${q(target.tableName)} r${i} ON r${i}.id = ?`);
    params.push(values[property]);
    return columns;
  });
  const [raw] = (await manager.query(`SELECT ${selects.join(', ')} FROM (SELECT 1 AS one) one ${joins.join(' ')}`, params)) as Array<Record<string, unknown>>;
  const refs = present.map(({ relation, property }, i): Reference => {
    if (raw[`r${i}`] == null) return { relation, property, id: values[property], row: null };
    const row: Record<string, unknown> = {};
    wanted[i].forEach((c, k) => (row[c.propertyName] = driver.prepareHydratedValue(raw[`r${i}_${k}`], c)));
    return { relation, property, id: values[property], row };
  });
  const found = raw.x_id == null ? null : { id: Number(raw.x_id), version: Number(raw.x_version) };
  return Object.assign(new References(refs), { existing: found });
}
