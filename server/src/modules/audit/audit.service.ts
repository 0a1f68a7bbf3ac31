import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../../context';
import { insertRowWithNext, SqlExpression } from '../../common/loaders/rows';
import { AuditAction, AuditEvent } from './audit-event.entity';

/** Columns never copied into the audit trail. */
const SECRET = new Set(['passwordHash', 'tokenHash', 'searchText']);

/** Per entity: the properties an audit snapshot copies. */
const copied = new WeakMap<EntityMetadata, string[]>();

/** A plain copy of a record's columns (no secrets, no derived search keys). */
export function snapshot<E extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<E>, row: E | null): Record<string, unknown> | null {
  if (!row) return null;
  const meta = manager.connection.getMetadata(entity);
  let properties = copied.get(meta);
  if (!properties) copied.set(meta, (properties = meta.columns.map((c) => c.propertyName).filter((p) => !SECRET.has(p))));
  const out: Record<string, unknown> = {};
  for (const p of properties) {
    const v = (row as Record<string, unknown>)[p];
    out[p] = v instanceof Date ? v.toISOString() : (v ?? null);
  }
  return out;
}

/**
 * The id of a record inserted by the statement just before the event, not known yet (the INSERT
 * and the event travel in one text; see createRecord's `idAfterCommit`): MySQL's LAST_INSERT_ID().
 */
export const INSERTED_JUST_BEFORE = Symbol('the id of the row inserted just before');
const ID_NOT_KNOWN = '{"id":null';

export interface AuditEntry<E extends ObjectLiteral> {
  action: AuditAction;
  entity: EntityTarget<E>;
  recordId: number | typeof INSERTED_JUST_BEFORE;
  before?: E | null;
  after?: E | null;
  reason?: string | null;
  /** Agency the record concerns (defaults to the actor's agency). */
  agencyId?: number | null;
}

/** Append one audit event in the caller's transaction (sent with its next statement or COMMIT). */
export async function recordAudit<E extends ObjectLiteral>(manager: EntityManager, actor: Actor, entry: AuditEntry<E>): Promise<void> {
  const meta = manager.connection.getMetadata(entry.entity);
  const after = entry.after ?? null;
  const before = entry.before ?? null;
  const recordAgency = ((after ?? before) as { agencyId?: number | null } | null)?.agencyId ?? null;
  let recordId: number | SqlExpression = entry.recordId as number;
  let afterValue: Record<string, unknown> | SqlExpression | null = snapshot(manager, entry.entity, after);
  if (entry.recordId === INSERTED_JUST_BEFORE) {
    // The snapshot's text (its id, not known yet, is null and comes first: the entity's first
    // column), the id written in by the database: the same text a known id gives.
    const json = JSON.stringify(afterValue);
    if (!json.startsWith(ID_NOT_KNOWN)) throw new Error(`${meta.name}'s audit snapshot does not start with its id: ${json.slice(0, 40)}`);
    recordId = new SqlExpression('LAST_INSERT_ID()');
    afterValue = new SqlExpression(`CONCAT('{"id":', LAST_INSERT_ID(), ?)`, [json.slice(ID_NOT_KNOWN.length)]);
  }
  // Nothing of the event is generated that the caller needs: it travels with the next statement.
  await insertRowWithNext(manager, AuditEvent, Object.assign(new AuditEvent(), {
    at: new Date(),
    userId: actor.userId,
    actor: actor.label,
    agencyId: entry.agencyId ?? recordAgency ?? actor.agencyId,
    action: entry.action,
    entity: meta.name,
    recordId: recordId as number,
    before: snapshot(manager, entry.entity, before),
    after: afterValue as Record<string, unknown> | null,
    reason: entry.reason ?? null,
    requestId: actor.requestId,
  }));
}
