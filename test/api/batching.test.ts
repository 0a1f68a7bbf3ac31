import type { EntityManager, QueryRunner } from 'typeorm';
import { createRecord, inTransaction } from '../../server/src/common/crud/crud.service';
import { BadInputError } from '../../server/src/common/errors';
import { SYSTEM_ACTOR } from '../../server/src/context';
import { BatchingQueryRunner, sendWithNext } from '../../server/src/database/batching-query-runner';
import { AuditAction } from '../../server/src/modules/audit/audit-event.entity';
import { snapshot } from '../../server/src/modules/audit/audit.service';
import { Pillar, PillarKind } from '../../server/src/modules/pillar/pillar.entity';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database';

/**
 * server/src/database/batching-query-runner.ts: on MySQL/MariaDB a transaction's START and its
 * held writes travel with the next statement; the statements, their order and all-or-nothing
 * stay as they were. Round trips are counted at mysql2's promise wrapper (one per call).
 */
const onMariaDb = testDialect() === 'mysql' ? describe : describe.skip;

/** A pillar row: the smallest table with a unique key (code). */
const INSERT_PILLAR = 'INSERT INTO pillar (code, name_vi, kind) VALUES (?, ?, ?)';
const pillarCount = async (db: TestDatabase, code: string) => Number((await db.dataSource.query('SELECT COUNT(*) AS n FROM pillar WHERE code = ?', [code]))[0].n);
const insertPillar = (m: EntityManager, code: string) => sendWithNext(m, INSERT_PILLAR, [code, `Pillar ${code}`, 'PILLAR']);
/** createRecord of a pillar whose id nothing reads in the transaction (as recordMeasurement alone does). */
const createPillarAfterCommit = (m: EntityManager, code: string) =>
  createRecord(m, SYSTEM_ACTOR, Pillar, { code, nameVi: `Trụ cột ${code}`, kind: PillarKind.PILLAR }, {}, 'input', AuditAction.CREATE, { idAfterCommit: true });
/** The stored text of a record's audit event (its `after` snapshot). */
const auditText = async (db: TestDatabase, id: number) =>
  (await db.dataSource.query('SELECT record_id, after_json FROM audit_event WHERE entity = ? AND record_id = ?', ['Pillar', id])) as Array<{ record_id: number; after_json: string }>;

describe('statements held for the next one (sendWithNext)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it('are written when the transaction commits, and read back inside it', async () => {
    const seen = await db.dataSource.transaction(async (m) => {
      await insertPillar(m, 'HOLD-1');
      return Number((await m.query('SELECT COUNT(*) AS n FROM pillar WHERE code = ?', ['HOLD-1']))[0].n);
    });
    expect(seen).toBe(1);
    expect(await pillarCount(db, 'HOLD-1')).toBe(1);
  });

  it('are not written when the transaction fails after them', async () => {
    await expect(
      db.dataSource.transaction(async (m) => {
        await insertPillar(m, 'HOLD-2');
        await m.query('SELECT 1');
        await insertPillar(m, 'HOLD-3');
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await pillarCount(db, 'HOLD-2')).toBe(0);
    expect(await pillarCount(db, 'HOLD-3')).toBe(0);
  });

  it('fail the commit when they break a constraint, and nothing of the transaction is written', async () => {
    await db.dataSource.query(INSERT_PILLAR, ['HOLD-DUP', 'Taken', 'PILLAR']);
    const failure = await db.dataSource
      .transaction(async (m) => {
        await m.query(INSERT_PILLAR, ['HOLD-4', 'Before', 'PILLAR']);
        await insertPillar(m, 'HOLD-DUP');
      })
      .catch((e: unknown) => e as { driverError?: { code?: string } });
    expect(String(failure?.driverError?.code)).toMatch(/ER_DUP_ENTRY|SQLITE_CONSTRAINT/);
    expect(await pillarCount(db, 'HOLD-4')).toBe(0);
    expect(await pillarCount(db, 'HOLD-DUP')).toBe(1);
  });

  it('give a record created to travel with the COMMIT its id and its audit event, whether or not statements are held', async () => {
    // In a transaction (held on MariaDB: the id arrives with the COMMIT) and outside one (written at once).
    const inside = await inTransaction(db.dataSource, (m) => createPillarAfterCommit(m, 'AFTER-0'));
    const outside = await createPillarAfterCommit(db.dataSource.manager, 'AFTER-00');
    for (const [row, code] of [[inside, 'AFTER-0'], [outside, 'AFTER-00']] as const) {
      const [stored] = await db.dataSource.query('SELECT id FROM pillar WHERE code = ?', [code]);
      expect(row.id).toBe(Number(stored.id));
      const events = await auditText(db, row.id);
      expect(events).toHaveLength(1);
      // The same text, byte for byte, as a snapshot of the row with its id.
      expect(events[0].after_json).toBe(JSON.stringify(snapshot(db.dataSource.manager, Pillar, row)));
    }
  });
});

onMariaDb('the batching query runner (MariaDB)', () => {
  let db: TestDatabase;
  let logged: string[];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  /** A query runner whose statements are logged and whose round trips are counted. */
  async function counted(): Promise<{ runner: QueryRunner; trips: () => number }> {
    const runner = db.dataSource.createQueryRunner();
    expect(runner).toBeInstanceOf(BatchingQueryRunner);
    const connection = (await runner.connect()) as { promise(): { query: (...a: unknown[]) => unknown } };
    const wrapper = connection.promise();
    const original = wrapper.query;
    let trips = 0;
    wrapper.query = (...args: unknown[]) => {
      trips++;
      return original.apply(wrapper, args);
    };
    logged = [];
    const logger = db.dataSource.logger;
    const logQuery = logger.logQuery;
    logger.logQuery = (q: string) => void logged.push(q);
    const release = runner.release.bind(runner);
    runner.release = async () => {
      wrapper.query = original;
      logger.logQuery = logQuery;
      return release();
    };
    return { runner, trips: () => trips };
  }

  it('sends START with the first statement and a held write with the COMMIT: 2 round trips for 4 statements', async () => {
    const { runner, trips } = await counted();
    try {
      await runner.startTransaction();
      expect(trips()).toBe(0);
      const rows = await runner.query('SELECT ? AS n', [7]);
      expect(rows).toEqual([{ n: 7 }]);
      await insertPillar(runner.manager, 'BATCH-1');
      await runner.commitTransaction();
      expect(trips()).toBe(2);
      expect(logged).toEqual(['START TRANSACTION', 'SELECT ? AS n', INSERT_PILLAR, 'COMMIT']);
    } finally {
      await runner.release();
    }
    expect(await pillarCount(db, 'BATCH-1')).toBe(1);
  });

  it('answers an INSERT sent with START with its own insertId and affected rows', async () => {
    const { runner, trips } = await counted();
    try {
      await runner.startTransaction();
      const result = await runner.query(INSERT_PILLAR, ['BATCH-2', 'Two', 'PILLAR'], true);
      expect(result.affected).toBe(1);
      const [row] = await runner.query('SELECT id FROM pillar WHERE code = ?', ['BATCH-2']);
      expect(Number(result.raw.insertId)).toBe(Number(row.id));
      await runner.commitTransaction();
      expect(trips()).toBe(3);
    } finally {
      await runner.release();
    }
  });

  it('opens nothing for a transaction that asks nothing, and rolls back without a round trip what was never sent', async () => {
    const { runner, trips } = await counted();
    try {
      await runner.startTransaction();
      await runner.commitTransaction();
      await runner.startTransaction();
      await insertPillar(runner.manager, 'BATCH-3');
      await runner.rollbackTransaction();
      expect(trips()).toBe(0);
      expect(logged).toEqual([]);
      expect(runner.isTransactionActive).toBe(false);
    } finally {
      await runner.release();
    }
    expect(await pillarCount(db, 'BATCH-3')).toBe(0);
  });

  it('rolls back what was sent when a statement of the batch fails', async () => {
    const { runner, trips } = await counted();
    try {
      await runner.startTransaction();
      await runner.query(INSERT_PILLAR, ['BATCH-4', 'Four', 'PILLAR']);
      await insertPillar(runner.manager, 'BATCH-5');
      await expect(runner.query('SELECT no_such_column FROM pillar')).rejects.toThrow(/no_such_column/);
      await runner.rollbackTransaction();
      expect(trips()).toBe(3);
      expect(logged.at(-1)).toBe('ROLLBACK');
    } finally {
      await runner.release();
    }
    expect(await pillarCount(db, 'BATCH-4')).toBe(0);
    expect(await pillarCount(db, 'BATCH-5')).toBe(0);
  });

  it('does not commit after a failed batch that carried a held write, even when the caller caught the error', async () => {
    await db.dataSource.query(INSERT_PILLAR, ['BATCH-DUP', 'Taken', 'PILLAR']);
    const outcome = db.dataSource.transaction(async (m) => {
      await m.query(INSERT_PILLAR, ['BATCH-6', 'Six', 'PILLAR']);
      await insertPillar(m, 'BATCH-DUP');
      // The held INSERT fails in this statement's round trip; the caller takes it for its own and goes on.
      await m.query('SELECT 1').catch(() => undefined);
      await m.query(INSERT_PILLAR, ['BATCH-7', 'Seven', 'PILLAR']);
    });
    await expect(outcome).rejects.toMatchObject({ driverError: { code: 'ER_DUP_ENTRY' } });
    expect(await pillarCount(db, 'BATCH-6')).toBe(0);
    expect(await pillarCount(db, 'BATCH-7')).toBe(0);
  });

  it('sends a new record nothing reads after it, and its audit event, with the COMMIT: its id is set when the COMMIT answers', async () => {
    const { runner, trips } = await counted();
    let row: Pillar;
    try {
      await runner.startTransaction();
      // The read a write starts with (it carries the START).
      await runner.query('SELECT COUNT(*) AS n FROM pillar');
      row = await createPillarAfterCommit(runner.manager, 'AFTER-1');
      expect(row.id).toBeUndefined();
      expect(trips()).toBe(1);
      await runner.commitTransaction();
      expect(trips()).toBe(2);
      expect(logged).toEqual(['START TRANSACTION', 'SELECT COUNT(*) AS n FROM pillar', expect.stringMatching(/^INSERT INTO `pillar`/), expect.stringMatching(/^INSERT INTO `audit_event`.*LAST_INSERT_ID\(\)/), 'COMMIT']);
    } finally {
      await runner.release();
    }
    const [stored] = await db.dataSource.query('SELECT id FROM pillar WHERE code = ?', ['AFTER-1']);
    expect(row.id).toBe(Number(stored.id));
    const [event] = await auditText(db, row.id);
    expect(Number(event.record_id)).toBe(row.id);
    expect(JSON.parse(event.after_json)).toMatchObject({ id: row.id, code: 'AFTER-1' });
  });

  it('fails the COMMIT with the typed error when the record sent with it breaks a unique key, and writes nothing of the transaction', async () => {
    await db.dataSource.query(INSERT_PILLAR, ['AFTER-DUP', 'Taken', 'PILLAR']);
    const events = async () => Number((await db.dataSource.query('SELECT COUNT(*) AS n FROM audit_event'))[0].n);
    const before = await events();
    const failure = await inTransaction(db.dataSource, async (m) => {
      await m.query(INSERT_PILLAR, ['AFTER-2', 'Two', 'PILLAR']);
      return createPillarAfterCommit(m, 'AFTER-DUP');
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BadInputError);
    expect((failure as BadInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: ['input', 'code'], reason: 'DUPLICATE' })] });
    expect(await pillarCount(db, 'AFTER-2')).toBe(0);
    expect(await pillarCount(db, 'AFTER-DUP')).toBe(1);
    expect(await events()).toBe(before);
  });
});
