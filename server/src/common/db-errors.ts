import type { DataSource } from 'typeorm';
import { AppError, BadInputError, ConflictError, ServiceUnavailableError } from './errors';

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
  sqlMessage?: string;
}

/** Driver codes that mean the database is out of reach (not that the request was wrong). */
const UNREACHABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
  'ER_CON_COUNT_ERROR', 'ER_SERVER_SHUTDOWN', 'SQLITE_BUSY', 'SQLITE_CANTOPEN', 'SQLITE_IOERR',
]);
const UNREACHABLE_MESSAGE = /ECONNREFUSED|Pool is closed|Connection lost|connection is not established/i;

/** Whether an error, or anything in its cause chain, is the database being out of reach. */
export function databaseUnreachable(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 6; depth++) {
    const driver = e.driverError as { code?: string; message?: string } | undefined;
    const code = String(driver?.code ?? e.code ?? '');
    if (UNREACHABLE.has(code) || e.fatal === true) return true;
    if ((e.extensions as { code?: string } | undefined)?.code === 'SERVICE_UNAVAILABLE') return true;
    if (!/constraint/i.test(String(e.message ?? '')) && UNREACHABLE_MESSAGE.test(String(driver?.message ?? e.message ?? ''))) return true;
    e = (e.originalError ?? e.cause ?? e.driverError) as Record<string, unknown> | undefined;
  }
  return false;
}

/**
 * Database errors a user can cause, mapped by constraint name to typed API errors. SQLite names
 * unique violations by table.column, MySQL by constraint name; both are looked up in the entity
 * metadata so the error points at the input field. Anything unknown is re-thrown (and masked at
 * the edge).
 */
export function translateDbError(err: unknown, dataSource: DataSource, inputPath = 'input'): unknown {
  if (err instanceof AppError) return err;
  const e = ((err as { driverError?: DriverError }).driverError ?? err) as DriverError;
  const code = String(e.code ?? '');
  const message = String(e.sqlMessage ?? e.message ?? '');

  if (databaseUnreachable(err)) return new ServiceUnavailableError();
  if (code === 'ER_DUP_ENTRY' || code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const u = findUnique(dataSource, message);
    if (u?.name === 'UQ_assignment_one_lead') {
      return new ConflictError('This subject already has a lead agency; a subject has exactly one lead.', { reason: 'ONE_LEAD', constraint: u.name });
    }
    return new BadInputError(u ? `Another ${u.entity} already has this ${u.columns.join(' + ')}.` : 'A record with these values already exists.', [
      { path: [inputPath, ...(u ? [u.columns[u.columns.length - 1]] : [])], message: 'Already used by another record.', reason: 'DUPLICATE' },
    ]);
  }
  if (code === 'ER_NO_REFERENCED_ROW_2' || code === 'ER_NO_REFERENCED_ROW') {
    return new BadInputError('A referenced record does not exist.', [{ path: [inputPath], message: message.replace(/.*FOREIGN KEY \(`?([a-z_]+)`?\).*/s, '$1 refers to a missing record'), reason: 'REFERENCE_NOT_FOUND' }]);
  }
  if (code === 'ER_ROW_IS_REFERENCED_2' || code === 'ER_ROW_IS_REFERENCED') {
    return new ConflictError('The record is still referenced by other records.', { reason: 'IN_USE' });
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new ConflictError('The change would leave a reference to a missing record.', { reason: 'REFERENTIAL_INTEGRITY' });
  }
  if (code === 'ER_CHECK_CONSTRAINT_VIOLATED' || code === 'ER_CONSTRAINT_FAILED' || code === 'SQLITE_CONSTRAINT_CHECK' || code === 'SQLITE_CONSTRAINT_NOTNULL' || code === 'ER_BAD_NULL_ERROR') {
    return new BadInputError(`The values break a rule of the data: ${message.replace(/^.*(CHK_[A-Za-z_]+).*$/s, '$1')}.`, [{ path: [inputPath], message: 'Breaks a rule of the data.', reason: 'CONSTRAINT' }]);
  }
  if (code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT') {
    return new ConflictError('Another change to the same records happened at the same time; nothing was written. Retry.', { reason: 'CONCURRENT_CHANGE' });
  }
  if (code === 'ER_DATA_TOO_LONG' || code === 'ER_TRUNCATED_WRONG_VALUE' || code === 'ER_WARN_DATA_OUT_OF_RANGE') {
    return new BadInputError('A value is too long or out of range.', [{ path: [inputPath], message, reason: 'OUT_OF_RANGE' }]);
  }
  return err;
}

function findUnique(dataSource: DataSource, message: string): { entity: string; name: string; columns: string[] } | undefined {
  for (const meta of dataSource.entityMetadatas) {
    // MySQL keeps @Unique as unique indices; SQLite as unique constraints: look at both.
    const uniques = [...meta.uniques, ...meta.indices.filter((i) => i.isUnique)];
    for (const u of uniques) {
      const columns = u.columns.map((c) => c.propertyName);
      const dbColumns = u.columns.map((c) => `${meta.tableName}.${c.databaseName}`).join(', ');
      if ((u.name && message.includes(`'${u.name}'`)) || (u.name && message.includes(`.${u.name}'`)) || message.includes(dbColumns)) return { entity: meta.name, name: u.name, columns };
    }
  }
  return undefined;
}
