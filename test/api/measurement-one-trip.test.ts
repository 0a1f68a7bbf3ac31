import { randomBytes } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import type { Principal } from '../../server/src/common/auth/principal';
import { AppError } from '../../server/src/common/errors';
import { createRecord } from '../../server/src/common/crud/crud.service';
import { createContext, SYSTEM_ACTOR, type Context } from '../../server/src/context';
import { Assignment, AssignmentRole } from '../../server/src/modules/assignment/assignment.entity';
import { assignmentHooks } from '../../server/src/modules/assignment/assignment.service';
import { seedProgramme } from '../../server/src/database/seed';
import { IndicatorMeasure } from '../../server/src/modules/indicator/indicator.entity';
import type { CreateMeasurementInput } from '../../server/src/modules/measurement/measurement.inputs';
import { recordMeasurementAlone } from '../../server/src/modules/measurement/measurement.service';
import { openPeriod } from '../../server/src/modules/reporting/reporting-period.service';
import { Sessions } from '../../server/src/modules/user/sessions';
import { Role } from '../../server/src/modules/user/user.entity';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database';
import { StatementCounter } from '../support/server';

/**
 * recordMeasurementAlone (the recordMeasurement mutation) on MySQL/MariaDB: once the server has
 * read an indicator's measure, a new report is one round trip with no read before it, and its
 * INSERT checks what the read would have. Whenever an assumption fails, nothing is written by
 * that attempt and the report is recorded the careful way: the answers are the ones the careful
 * way always gave. Round trips are counted at the pool connections (one per text sent).
 */
const onMariaDb = testDialect() === 'mysql' ? describe : describe.skip;

onMariaDb('a measurement recorded alone, in one round trip', () => {
  let db: TestDatabase;
  let ctx: Context;
  const statements = new StatementCounter();
  /** The texts sent to MariaDB (each one round trip). */
  let trips: string[] = [];
  let indicatorId: number;
  let agencyId: number;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase({ logger: statements });
    await seedProgramme(db.dataSource);
    const [indicator] = await db.dataSource.query(`SELECT id FROM indicator WHERE measure = 'PERCENTAGE' ORDER BY id LIMIT 1`);
    const [agency] = await db.dataSource.query(`SELECT id FROM agency ORDER BY id LIMIT 1`);
    indicatorId = Number(indicator.id);
    agencyId = Number(agency.id);
    // Count what every query runner of the data source sends.
    const create = db.dataSource.createQueryRunner.bind(db.dataSource);
    db.dataSource.createQueryRunner = (mode) => {
      const runner: QueryRunner = create(mode);
      const connect = runner.connect.bind(runner);
      runner.connect = async () => {
        const connection = await connect();
        if (!connection.counted) {
          const query = connection.query;
          connection.query = function (this: unknown, ...args: Array<string | { sql: string }>) {
            trips.push(typeof args[0] === 'string' ? args[0] : args[0].sql);
            return query.apply(this, args);
          };
          connection.counted = true;
        }
        return connection;
      };
      return runner;
    };
    const office: Principal = { kind: 'user', userId: null, tokenId: null, role: Role.OFFICE_ADMIN, agencyId: null, label: 'office (test)' };
    ctx = createContext(db.dataSource, 'one-trip-test', office, { sessions: new Sessions(randomBytes(32), { ttlSeconds: 60, principalCacheMs: 0 }) });
  });
  afterAll(async () => db?.drop());

  const input = (extra: Partial<CreateMeasurementInput> = {}) =>
    ({ indicatorId: String(indicatorId), agencyId: String(agencyId), periodYear: 2025, numerator: 3, denominator: 4, reportedText: '75%', externalKey: `one-trip:${++seq}`, ...extra }) as CreateMeasurementInput;

  /** Record, and what it sent: its round trips and its statements. */
  async function record(values: CreateMeasurementInput, as: Context = ctx) {
    trips = [];
    statements.reset();
    const out = await recordMeasurementAlone(as, values).then(
      (row) => ({ row, error: null }),
      (error: unknown) => ({ row: null, error }),
    );
    return { ...out, trips: trips.length, statements: [...statements.statements] };
  }
  const stored = async (key: string) =>
    (await db.dataSource.query('SELECT id, value, version, reported_text FROM measurement WHERE external_key = ?', [key])) as Array<{ id: number; value: number; version: number; reported_text: string }>;
  const events = async (id: number) => (await db.dataSource.query(`SELECT after_json FROM audit_event WHERE entity = 'Measurement' AND record_id = ?`, [id])) as Array<{ after_json: string }>;

  it('reads the indicator once; then each new report is START, INSERT, audit INSERT and COMMIT in one text, with the value and its audit event', async () => {
    const first = await record(input());
    expect(first.error).toBeNull();
    expect(first.trips).toBe(2);
    expect(first.statements[1]).toMatch(/^SELECT .* LEFT JOIN `indicator`/);

    const values = input({ numerator: 1, denominator: 8 });
    const second = await record(values);
    expect(second.error).toBeNull();
    expect(second.trips).toBe(1);
    expect(second.statements).toHaveLength(4);
    expect(second.statements[0]).toBe('START TRANSACTION');
    expect(second.statements[1]).toMatch(/^INSERT INTO `measurement` .*\(SELECT id FROM `indicator` WHERE id = \? AND `measure` = \?\)/);
    expect(second.statements[2]).toMatch(/^INSERT INTO `audit_event`/);
    expect(second.statements[3]).toBe('COMMIT');
    // What it answered is what was stored: the id, the value computed with the indicator's measure.
    const [row] = await stored(values.externalKey!);
    expect(second.row).toMatchObject({ id: Number(row.id), value: 12.5, version: 1, status: 'DRAFT' });
    expect(Number(row.value)).toBe(12.5);
    const [event] = await events(Number(row.id));
    expect(JSON.parse(event.after_json)).toMatchObject({ id: Number(row.id), indicatorId, value: 12.5, externalKey: values.externalKey });
  });

  it('an indicator whose measure changed since: the INSERT writes nothing, and the careful way computes the value with the new measure', async () => {
    await record(input());
    await db.dataSource.query('UPDATE indicator SET measure = ? WHERE id = ?', [IndicatorMeasure.SHARE, indicatorId]);
    try {
      const values = input({ numerator: 1, denominator: 8 });
      const changed = await record(values);
      expect(changed.error).toBeNull();
      // The one-text attempt (refused by its check) and its ROLLBACK, then the read and the write.
      expect(changed.trips).toBe(4);
      const rows = await stored(values.externalKey!);
      expect(rows).toHaveLength(1);
      expect(Number(rows[0].value)).toBe(0.125);
      expect(changed.row).toMatchObject({ id: Number(rows[0].id), value: 0.125 });
      expect(await events(Number(rows[0].id))).toHaveLength(1);
      // And the server assumes the new measure from then on.
      const next = await record(input({ numerator: 1, denominator: 4 }));
      expect(next.trips).toBe(1);
      expect(next.row).toMatchObject({ value: 0.25 });
    } finally {
      await db.dataSource.query('UPDATE indicator SET measure = ? WHERE id = ?', [IndicatorMeasure.PERCENTAGE, indicatorId]);
    }
  });

  it('the same externalKey again: the unique key sends it the careful way, which updates the earlier report', async () => {
    await record(input());
    const values = input();
    const made = await record(values);
    expect(made.trips).toBe(1);
    const again = await record({ ...values, numerator: 1, denominator: 2, reportedText: '50%' });
    expect(again.error).toBeNull();
    const rows = await stored(values.externalKey!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 2, reported_text: '50%' });
    expect(Number(rows[0].value)).toBe(50);
    expect(again.row).toMatchObject({ id: Number(rows[0].id), version: 2, value: 50 });
    expect(await events(Number(rows[0].id))).toHaveLength(2);
  });

  it('a key an agency may still update but no longer report anew: the careful way updates its draft, as before', async () => {
    // An agency made cooperating on another indicator, reporting open for 2025.
    const [other] = await db.dataSource.query(`SELECT id FROM indicator WHERE id <> ? ORDER BY id LIMIT 1`, [indicatorId]);
    const [own] = await db.dataSource.query(`SELECT id FROM agency WHERE id <> ? ORDER BY id LIMIT 1`, [agencyId]);
    const indicator = String(other.id);
    const agency = Number(own.id);
    await db.dataSource.transaction((m) =>
      createRecord(m, SYSTEM_ACTOR, Assignment, { indicatorId: Number(indicator), agencyId: agency, role: AssignmentRole.COOPERATING }, assignmentHooks),
    );
    await db.dataSource.transaction((m) => openPeriod(m, ctx, indicator, 2025, null));
    const editor: Principal = { kind: 'user', userId: null, tokenId: null, role: Role.AGENCY_EDITOR, agencyId: agency, label: 'agency editor (test)' };
    const agencyCtx = createContext(db.dataSource, 'one-trip-agency', editor, { sessions: ctx.sessions });
    const values = input({ indicatorId: indicator, agencyId: String(agency) });
    expect((await record(values, agencyCtx)).error).toBeNull();
    // The office takes the indicator from the agency: it may no longer report on it anew…
    await db.dataSource.query(`DELETE FROM assignment WHERE agency_id = ? AND indicator_id = ?`, [agency, Number(indicator)]);
    const anew = await record(input({ indicatorId: indicator, agencyId: String(agency) }), agencyCtx);
    expect((anew.error as AppError | null)?.extensions?.code).toBe('FORBIDDEN');
    // …but its draft with the key is still its own to correct.
    const again = await record({ ...values, numerator: 1, denominator: 2, reportedText: '50%' }, agencyCtx);
    expect(again.error).toBeNull();
    const rows = await stored(values.externalKey!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 2, reported_text: '50%' });
  });

  it('a missing agency: the foreign key sends it the careful way, which answers REFERENCE_NOT_FOUND at input.agencyId, and nothing is written', async () => {
    await record(input());
    const values = input({ agencyId: '999999' });
    const missing = await record(values);
    expect(missing.error).toBeInstanceOf(AppError);
    expect((missing.error as AppError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: ['input', 'agencyId'], reason: 'REFERENCE_NOT_FOUND' })],
    });
    expect(await stored(values.externalKey!)).toHaveLength(0);
    expect(Number((await db.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE after_json LIKE ?`, [`%${values.externalKey}"%`]))[0].n)).toBe(0);
  });
});
