import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { translateDbError } from '../db-errors';
import { ConflictError, NotFoundError } from '../errors';
import { insertRow, insertRowWithNext, type ColumnChecks } from '../loaders/rows';
import { holdsStatements } from '../../database/batching-query-runner';
import { parseId } from '../pagination/list-query';
import { nfc } from '../text';
import type { Actor } from '../../context';
import { AuditAction } from '../../modules/audit/audit-event.entity';
import { INSERTED_JUST_BEFORE, recordAudit } from '../../modules/audit/audit.service';
import { readReferences, type References, type ReferenceReads } from './references';

export interface Versioned {
  id: number;
  version: number;
}

/** Hooks a feature adds to the generic create/update: derived fields and domain rules. */
export interface CrudHooks<E> {
  /**
   * Derive fields and check domain rules before the write (values already merged over the
   * current row on update); `references` holds the columns `reads` asked for.
   */
  prepare?(manager: EntityManager, next: E, current: E | null, references: References): Promise<void> | void;
  /** Columns of the rows the foreign keys point at that `prepare` needs, read with the reference check. */
  reads?: ReferenceReads;
  /** After the row is written (e.g. maintain a materialized path). */
  afterWrite?(manager: EntityManager, row: E, current: E | null): Promise<void> | void;
  /** Rows owned by the record that are deleted with it (e.g. its assignments). */
  owned?: Array<{ entity: EntityTarget<ObjectLiteral>; property: string }>;
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Run `work` in one transaction; database errors a user can cause become typed errors, and
 * nothing partial is written. SQLite has one connection, so its transactions take turns.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, inputPath = 'input'): Promise<T> {
  const run = async () => {
    try {
      return await dataSource.transaction(work);
    } catch (err) {
      throw translateDbError(err, dataSource, inputPath);
    }
  };
  if (dataSource.options.type !== 'better-sqlite3') return run();
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(run, run);
  sqliteQueues.set(dataSource, next.catch(() => undefined));
  return next;
}

/** Store text as NFC, trimmed of nothing else: Vietnamese typed on any keyboard compares equal. */
function normalizeValues<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    out[k] = typeof v === 'string' ? nfc(v) : v;
  }
  return out as T;
}

/** Convert GraphQL ID strings of foreign-key fields (`…Id`) to numbers, validating them. */
export function parseIdFields<T extends Record<string, unknown>>(values: T, inputPath: string): T {
  const out: Record<string, unknown> = { ...values };
  for (const [k, v] of Object.entries(values)) {
    if (/Id$/.test(k) && typeof v === 'string') out[k] = parseId(v, [inputPath, k]);
  }
  return out as T;
}

export async function createRecord<E extends ObjectLiteral & Versioned>(
  manager: EntityManager,
  actor: Actor,
  entity: EntityTarget<E>,
  input: Record<string, unknown>,
  hooks: CrudHooks<E> = {},
  inputPath = 'input',
  action: AuditAction = AuditAction.CREATE,
  options: {
    /** What the caller already read of the rows the input refers to (readReferences on the same input). */
    references?: References;
    /**
     * Nothing in the transaction reads the new row after this (the caller returns it): on
     * MySQL/MariaDB its INSERT and audit event travel with the COMMIT, one round trip instead of
     * two, and the row's id is set when the COMMIT answers. A database error in the INSERT
     * (a duplicate key) then fails the COMMIT, and nothing is written, as before.
     */
    idAfterCommit?: boolean;
    /**
     * With idAfterCommit, on MySQL/MariaDB: what the caller assumes of the rows the input refers
     * to, instead of reading them (remembered from an earlier write: assumedReferences), and for
     * each assumption the SQL that checks it in the INSERT itself (ColumnChecks: NULL, and the
     * INSERT fails, once it no longer holds). Nothing is read before the write; the database's
     * foreign keys check the other references. A failed check fails the COMMIT, nothing is
     * written, and the caller decides what to do (recordMeasurementAlone: the careful way).
     */
    assumed?: { references: References; checks: ColumnChecks };
  } = {},
): Promise<E> {
  const values = normalizeValues(parseIdFields(input, inputPath));
  const row = manager.create(entity, values as never) as E;
  const now = new Date();
  Object.assign(row, { createdAt: now, updatedAt: now, version: 1 });
  const { assumed } = options;
  const withCommit = options.idAfterCommit && !hooks.afterWrite && holdsStatements(manager);
  if (assumed && !withCommit) throw new Error('Assumed references are checked by an INSERT sent with the COMMIT (MySQL/MariaDB, idAfterCommit).');
  const refs = assumed?.references ?? options.references ?? (await readReferences(manager, entity, row, hooks.reads));
  await hooks.prepare?.(manager, row, null, refs);
  if (!assumed) await refs.assertFound(manager, entity, row, inputPath);
  if (withCommit) {
    await insertRowWithNext(manager, entity, row, assumed?.checks);
    await recordAudit(manager, actor, { action, entity, recordId: INSERTED_JUST_BEFORE, after: row });
    return row;
  }
  const saved = await insertRow(manager, entity, row);
  // The row in memory is what was written (id, defaults); a hook may change more.
  let created = saved;
  if (hooks.afterWrite) {
    await hooks.afterWrite(manager, saved, null);
    created = await manager.findOneOrFail(entity, { where: { id: saved.id } as never });
  }
  await recordAudit(manager, actor, { action, entity, recordId: created.id, after: created });
  return created;
}

/**
 * Optimistic update: refused with CONFLICT (and nothing written) unless `version` is the
 * record's current version; the write itself is a conditional UPDATE … WHERE version = ?, so
 * two concurrent writers with the same version cannot both win.
 */
export async function updateRecord<E extends ObjectLiteral & Versioned>(
  manager: EntityManager,
  actor: Actor,
  entity: EntityTarget<E>,
  id: string | number,
  version: number,
  patch: Record<string, unknown>,
  hooks: CrudHooks<E> = {},
  inputPath = 'patch',
  options: { action?: AuditAction; reason?: string | null; guard?: (current: E) => Promise<void> | void } = {},
): Promise<E> {
  const meta = manager.connection.getMetadata(entity);
  const rowId = parseId(id);
  const current = await manager.findOne(entity, { where: { id: rowId } as never });
  if (!current) throw new NotFoundError(meta.name, rowId);
  if (current.version !== version) throw staleVersion(meta.name, rowId, version, current.version);
  await options.guard?.(current);
  const changes = normalizeValues(parseIdFields(patch, inputPath));
  const next = manager.merge(entity, manager.create(entity, { ...current } as never), changes as never) as E;
  // The columns the hooks need, of the rows the next values point at (no statement when none).
  const wanted = Object.fromEntries(Object.keys(hooks.reads ?? {}).map((p) => [p, (next as Record<string, unknown>)[p]]));
  const refs = await readReferences(manager, entity, wanted, hooks.reads);
  await hooks.prepare?.(manager, next, current, refs);
  (next as { refreshSearchText?: () => void }).refreshSearchText?.();
  const set: Record<string, unknown> = {};
  for (const column of meta.columns) {
    const p = column.propertyName;
    if (['id', 'createdAt', 'updatedAt', 'version'].includes(p)) continue;
    const before = (current as Record<string, unknown>)[p];
    const after = (next as Record<string, unknown>)[p];
    if (!sameValue(before, after)) set[p] = after;
  }
  const changedKeys = Object.fromEntries(Object.entries(set).filter(([k]) => k in changes || k.endsWith('Id')));
  await refs.assertFound(manager, entity, changedKeys, inputPath);
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...set, version: () => 'version + 1', updatedAt: new Date() } as never)
    .where('id = :id AND version = :version', { id: rowId, version })
    .execute();
  if (result.affected !== 1) {
    const now = await manager.findOne(entity, { where: { id: rowId } as never });
    if (!now) throw new NotFoundError(meta.name, rowId);
    throw staleVersion(meta.name, rowId, version, now.version);
  }
  await hooks.afterWrite?.(manager, await manager.findOneOrFail(entity, { where: { id: rowId } as never }), current);
  const saved = await manager.findOneOrFail(entity, { where: { id: rowId } as never });
  await recordAudit(manager, actor, { action: options.action ?? AuditAction.UPDATE, entity, recordId: rowId, before: current, after: saved, reason: options.reason });
  return saved;
}

function staleVersion(entity: string, id: number, sent: number, current: number) {
  return new ConflictError(`${entity} ${id} was changed by someone else (your version ${sent}, current ${current}). Reload it and apply your change again.`, {
    reason: 'STALE_VERSION',
    entity,
    id: String(id),
    currentVersion: current,
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

/**
 * Delete records and what they own, in one transaction, or nothing: a record still referenced
 * by something it does not own (a plan's targets, an indicator's measurements, a child plan)
 * is refused with CONFLICT and the list of what refers to it.
 */
export async function deleteRecords<E extends ObjectLiteral & Versioned>(
  manager: EntityManager,
  actor: Actor,
  entity: EntityTarget<E>,
  rawIds: readonly string[],
  hooks: CrudHooks<E> = {},
  guard?: (rows: E[]) => Promise<void> | void,
): Promise<number[]> {
  const meta = manager.connection.getMetadata(entity);
  const ids = [...new Set(rawIds.map((id, i) => parseId(id, ['ids', i])))];
  if (ids.length === 0) return [];
  const rows = await manager.find(entity, { where: { id: In(ids) } as never });
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFoundError(meta.name, missing);
  await guard?.(rows);

  for (const own of hooks.owned ?? []) {
    const owned = await manager.createQueryBuilder(own.entity, 'o').where(`o.${own.property} IN (:...ids)`, { ids }).getMany();
    for (const row of owned) await deleteAudited(manager, actor, own.entity as EntityTarget<ObjectLiteral & Versioned>, row as ObjectLiteral & Versioned);
  }
  const references: Array<{ entity: string; field: string; count: number }> = [];
  for (const other of manager.connection.entityMetadatas) {
    for (const relation of other.manyToOneRelations) {
      if (relation.inverseEntityMetadata.target !== meta.target || relation.onDelete === 'CASCADE') continue;
      const column = relation.joinColumns[0].propertyName;
      const qb = manager.createQueryBuilder(other.target, 'r').where(`r.${column} IN (:...ids)`, { ids });
      if (other.target === meta.target) qb.andWhere('r.id NOT IN (:...ids)', { ids });
      const count = await qb.getCount();
      if (count > 0) references.push({ entity: other.name, field: column, count });
    }
  }
  if (references.length) {
    const list = references.map((r) => `${r.count} ${r.entity} (${r.field})`).join(', ');
    throw new ConflictError(`Cannot delete: still referenced by ${list}. Delete or re-point those first.`, { reason: 'IN_USE', references });
  }
  // Children before parents, so self-references inside one batch never dangle.
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of [...ids].sort((a, b) => b - a)) await deleteAudited(manager, actor, entity, byId.get(id) as E);
  return ids;
}

/**
 * Delete one row with its audit event, and first record the rows the database will remove with
 * it through ON DELETE CASCADE (a group's lines, a plan's instrument links), so nothing leaves
 * without a trace.
 */
async function deleteAudited<E extends ObjectLiteral & Versioned>(manager: EntityManager, actor: Actor, entity: EntityTarget<E>, row: E): Promise<void> {
  const meta = manager.connection.getMetadata(entity);
  for (const other of manager.connection.entityMetadatas) {
    for (const relation of other.manyToOneRelations) {
      if (relation.inverseEntityMetadata.target !== meta.target || relation.onDelete !== 'CASCADE') continue;
      const children = await manager.find(other.target, { where: { [relation.joinColumns[0].propertyName]: row.id } as never });
      for (const child of children) await recordAudit(manager, actor, { action: AuditAction.DELETE, entity: other.target, recordId: (child as Versioned).id, before: child as ObjectLiteral });
    }
  }
  await manager.delete(entity, row.id);
  await recordAudit(manager, actor, { action: AuditAction.DELETE, entity, recordId: row.id, before: row });
}
