/**
 * The server computes progress, series, roll-ups, scorecards and data-quality flags in SQL
 * (server/src/modules/progress/progress.sql.ts). These tests hold that SQL to the rules written
 * plainly in TypeScript (test/support/progress-oracle.ts, programme-oracle.ts): on the seeded
 * programme, and on programmes fast-check generates to hit the corners (several sources,
 * estimates, every workflow state, cascaded targets, growth-rate indicators, every comparator and
 * aggregation, monthly dates), as the office and as an agency that sees only its own drafts.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { DataSource, EntityManager } from 'typeorm';
import { Policy } from '../../server/src/common/auth/policy';
import type { Principal } from '../../server/src/common/auth/principal';
import { Loaders } from '../../server/src/common/loaders/loaders';
import type { Context } from '../../server/src/context';
import { seedProgramme } from '../../server/src/database/seed';
import { Agency, AgencyKind } from '../../server/src/modules/agency/agency.entity';
import { Assignment, AssignmentRole, AssignmentSubjectType } from '../../server/src/modules/assignment/assignment.entity';
import { Indicator, IndicatorAggregation, IndicatorDirection, IndicatorMeasure, ProgressMethod } from '../../server/src/modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../../server/src/modules/indicator/indicator-group.entity';
import { Measurement, ReportStatus } from '../../server/src/modules/measurement/measurement.entity';
import { computeValue, decimalsOf } from '../../server/src/modules/measurement/measurement.math';
import { Pillar, PillarKind } from '../../server/src/modules/pillar/pillar.entity';
import { Plan, PlanKind } from '../../server/src/modules/plan/plan.entity';
import { accountableAgencyIds, atRiskTargets, citySeries, overdueTaskIds, progressOfTargets, qualityIssues, reviewQueue, rollups, scorecards } from '../../server/src/modules/progress/progress.service';
import { ReportingPeriod } from '../../server/src/modules/reporting/reporting-period.entity';
import { AgencyLevel, Comparator, Target } from '../../server/src/modules/target/target.entity';
import { Task, TaskStatus } from '../../server/src/modules/task/task.entity';
import { Role } from '../../server/src/modules/user/user.entity';
import { Sessions } from '../../server/src/modules/user/sessions';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ProgrammeSnapshot } from '../support/programme-oracle';
import { seriesOf } from '../support/progress-oracle';

function contextFor(manager: EntityManager, principal: Principal | null): Context {
  return {
    requestId: 'progress-sql-test', dataSource: manager.connection as DataSource, manager, loaders: new Loaders(manager), principal,
    policy: new Policy(manager, principal), clientAddress: '-', rateLimits: null,
    // Nothing here signs in; the context still has its server's sign-in.
    sessions: new Sessions(randomBytes(32), { ttlSeconds: 60, principalCacheMs: 0 }),
  };
}

const office: Principal = { kind: 'user', userId: null, tokenId: null, role: Role.OFFICE_ADMIN, agencyId: null, label: 'office' };
const agencyViewer = (agencyId: number): Principal => ({ kind: 'user', userId: null, tokenId: null, role: Role.AGENCY_VIEWER, agencyId, label: 'agency' });

/** Numbers equal to 1e-9 relative (SQL and JS evaluate the same formulas, maybe in another order). */
function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function expectSame(what: string, sqlValue: unknown, oracle: unknown) {
  const norm = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v)));
  const a = norm(sqlValue);
  const b = norm(oracle);
  const equal = (x: any, y: any): boolean =>
    typeof x === 'object' && x && typeof y === 'object' && y
      ? Object.keys({ ...x, ...y }).every((k) => equal(x[k], y[k]))
      : close(x, y);
  if (!equal(a, b)) throw new Error(`${what}: SQL ${JSON.stringify(a)} ≠ rules ${JSON.stringify(b)}`);
}

/** Everything the SQL computes, compared with the plain rules, for one caller. */
async function compareAll(ctx: Context): Promise<{ targets: number; checks: number }> {
  const oracle = await ProgrammeSnapshot.load(ctx);
  let checks = 0;
  const targetIds = oracle.targets.map((t) => t.id);
  const progress = await progressOfTargets(ctx, oracle.targets);
  for (const t of oracle.targets) {
    expectSame(`progress of target ${t.id} (indicator ${t.indicatorId}, ${t.periodYear}, agency ${t.agencyId})`, progress.get(t.id), oracle.status.get(t.id));
    checks++;
  }
  const indicators = [...oracle.indicators.values()];
  const series = await citySeries(ctx, indicators.map((i) => i.id));
  for (const i of indicators) {
    const rules = seriesOf(i, oracle.measurements.filter((m) => m.indicatorId === i.id), null).map((p) => ({
      year: p.year, value: p.value, measurementId: p.measurement.id, agencyCount: p.agencyCount ?? null,
    }));
    expectSame(`city series of indicator ${i.id}`, series.get(i.id), rules);
    checks++;
  }
  const planIds = [...new Set([...oracle.targets.map((t) => t.planId), ...oracle.tasks.map((t) => t.planId).filter((x): x is number => x != null), ...oracle.groups.map((g) => g.planId)])];
  const plans = await rollups(ctx, 'plan', planIds);
  for (const id of planIds) {
    expectSame(`roll-up of plan ${id}`, plans.get(id), oracle.planProgress(id));
    checks++;
  }
  const pillarIds = [...new Set([...indicators.map((i) => i.pillarId), ...oracle.tasks.map((t) => t.pillarId), ...oracle.groups.map((g) => g.pillarId)].filter((x): x is number => x != null))];
  const pillars = await rollups(ctx, 'pillar', pillarIds);
  for (const id of pillarIds) {
    expectSame(`roll-up of pillar ${id}`, pillars.get(id), oracle.pillarProgress(id));
    checks++;
  }
  const agencyIds = oracle.agencies.map((a) => a.id);
  const cards = await scorecards(ctx, agencyIds);
  for (const id of agencyIds) {
    expectSame(`scorecard of agency ${id}`, cards.get(id), oracle.scorecard(oracle.subtree(id)));
    checks++;
  }
  expect(await accountableAgencyIds(ctx.manager)).toEqual(oracle.agencies.filter((a) => new Set(oracle.accountableAgencies()).has(a.id)).map((a) => a.id));

  // The dashboard's lists: at risk (worst first), overdue tasks, data-quality issues, the review queue.
  const rank: Record<string, number> = { OFF_TRACK: 0, AT_RISK: 1 };
  const atRisk = oracle.targets
    .map((t) => ({ t, r: oracle.status.get(t.id)! }))
    .filter((x) => x.r.status === 'AT_RISK' || x.r.status === 'OFF_TRACK')
    .sort((a, b) => rank[a.r.status] - rank[b.r.status] || (a.r.progressRatio ?? 0) - (b.r.progressRatio ?? 0) || a.t.periodYear - b.t.periodYear || a.t.id - b.t.id);
  const sqlAtRisk = await atRiskTargets(ctx, null, 100000);
  expect(sqlAtRisk.map((x) => x.id)).toEqual(atRisk.map((x) => x.t.id));
  const overdue = oracle.tasks.filter((t) => oracle.overdue.has(t.id)).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id - b.id);
  expect(await overdueTaskIds(ctx.manager, null, 100000)).toEqual(overdue.map((t) => t.id));
  const issues = [
    ...oracle.measurements.flatMap((m) => (oracle.measurementFlags.get(m.id) ?? []).map((flag) => `M:${m.id}:${flag}`)),
    ...oracle.targets.flatMap((t) => (oracle.targetFlags.get(t.id) ?? []).map((flag) => `T:${t.id}:${flag}`)),
    ...[...oracle.groups].sort((a, b) => a.id - b.id).flatMap((g) => (oracle.groupFlags.get(g.id) ?? []).map((flag) => `G:${g.id}:${flag}`)),
  ];
  expect((await qualityIssues(ctx, null, 100000)).map((r) => `${r.kind}:${r.id}:${r.flag}`)).toEqual(issues);
  expect(await reviewQueue(ctx)).toBe(oracle.measurements.filter((m) => m.status === ReportStatus.SUBMITTED).length + oracle.submittedTaskUpdates);
  return { targets: targetIds.length, checks: checks + 5 };
}

describe('progress in SQL = the plain rules, on the seeded programme', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedProgramme(db.dataSource);
  });
  afterAll(async () => db?.drop());

  it('as the office', async () => {
    const r = await compareAll(contextFor(db.dataSource.manager, office));
    expect(r.targets).toBeGreaterThan(20);
  });

  it('as an agency, which sees its own drafts and everyone\'s approved values', async () => {
    const m = db.dataSource.manager;
    const [withDrafts] = await m.query(`SELECT agency_id AS id FROM measurement WHERE agency_id IS NOT NULL ORDER BY id LIMIT 1`);
    const ctx = contextFor(m, agencyViewer(Number(withDrafts?.id ?? 1)));
    expect((await compareAll(ctx)).checks).toBeGreaterThan(20);
  });
});

// ---- generated programmes ------------------------------------------------------------------

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2028, 2030];
const DATES = [null, null, '-03-31', '-12-31'];

const indicatorArb = fc.record({
  measure: fc.constantFrom(IndicatorMeasure.PERCENTAGE, IndicatorMeasure.COUNT, IndicatorMeasure.SHARE),
  direction: fc.constantFrom(IndicatorDirection.HIGHER_IS_BETTER, IndicatorDirection.LOWER_IS_BETTER),
  aggregation: fc.constantFrom(...Object.values(IndicatorAggregation)),
  progressMethod: fc.constantFrom(ProgressMethod.LINEAR_FROM_BASELINE, ProgressMethod.GROWTH_RATE),
  baseline: fc.option(fc.record({ value: fc.integer({ min: 1, max: 80 }), year: fc.constantFrom(2015, 2019, 2021, 2024) }), { nil: null }),
  pillar: fc.constantFrom(1, 2, null),
  targets: fc.array(
    fc.record({
      plan: fc.constantFrom(1, 2),
      year: fc.constantFrom(2022, 2024, 2025, 2026, 2030),
      agency: fc.constantFrom(null, null, 2, 3, 4),
      level: fc.constantFrom(null, null, null, AgencyLevel.DISTRICT),
      value: fc.constantFrom(10, 40, 55, 60, 75.5, 90),
      comparator: fc.constantFrom(...Object.values(Comparator)),
    }),
    { maxLength: 6 },
  ),
  measurements: fc.array(
    fc.record({
      year: fc.constantFrom(...YEARS),
      date: fc.constantFrom(...DATES),
      agency: fc.constantFrom(null, null, 2, 3, 4),
      status: fc.constantFrom(ReportStatus.APPROVED, ReportStatus.APPROVED, ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.RETURNED),
      estimate: fc.boolean(),
      source: fc.constantFrom(null, 1, 2),
      parts: fc.option(fc.record({ n: fc.integer({ min: 0, max: 900 }), d: fc.constantFrom(0, 7, 1000, 1211) }), { nil: null }),
      reported: fc.option(fc.constantFrom(12, 45.5, 60, 78.91, 80.4), { nil: null }),
      submittedLate: fc.boolean(),
    }),
    { maxLength: 10 },
  ),
});

const programmeArb = fc.record({
  indicators: fc.array(indicatorArb, { minLength: 1, maxLength: 4 }),
  tasks: fc.array(fc.record({ plan: fc.constantFrom(1, 2), pillar: fc.constantFrom(1, 2, null), status: fc.constantFrom(...Object.values(TaskStatus)), due: fc.constantFrom(null, '2024-06-30', '2099-01-01') }), { maxLength: 4 }),
  assignments: fc.array(fc.record({ subject: fc.nat(20), kind: fc.constantFrom('INDICATOR', 'TASK', 'TARGET'), agency: fc.constantFrom(1, 2, 3, 4), role: fc.constantFrom(...Object.values(AssignmentRole)) }), { maxLength: 8 }),
  periods: fc.array(fc.record({ indicator: fc.nat(3), year: fc.constantFrom(2023, 2024, 2025), due: fc.constantFrom(null, '2024-03-31', '2099-03-31') }), { maxLength: 4 }),
  declared: fc.constantFrom(null, 1, 3),
});

type Programme = typeof programmeArb extends fc.Arbitrary<infer T> ? T : never;

/** Write a generated programme (explicit ids from 1) into an empty database. */
async function load(m: EntityManager, p: Programme) {
  // People's Committee → department 2, district 3 → ward 4.
  await m.insert(Agency, [
    { id: 1, code: 'G-UBND', nameVi: 'UBND', kind: AgencyKind.PEOPLES_COMMITTEE, parentId: null, path: '/1/' },
    { id: 2, code: 'G-SO', nameVi: 'Sở', kind: AgencyKind.DEPARTMENT, parentId: 1, path: '/1/2/' },
    { id: 3, code: 'G-QH', nameVi: 'Quận', kind: AgencyKind.DISTRICT_LEVEL, parentId: 1, path: '/1/3/' },
    { id: 4, code: 'G-PX', nameVi: 'Phường', kind: AgencyKind.COMMUNE_LEVEL, parentId: 3, path: '/1/3/4/' },
  ]);
  await m.insert(Pillar, [1, 2].map((id) => ({ id, code: `G-P${id}`, nameVi: `Trụ cột ${id}`, kind: PillarKind.PILLAR, sortOrder: id })));
  await m.insert(Plan, [1, 2].map((id) => ({ id, code: `G-KH${id}`, title: `Kế hoạch ${id}`, kind: PlanKind.ANNUAL_PLAN, startYear: 2021, endYear: 2030 })));
  let targetId = 0;
  let measurementId = 0;
  const targets: Partial<Target>[] = [];
  const measurements: Partial<Measurement>[] = [];
  for (const [k, ind] of p.indicators.entries()) {
    const id = k + 1;
    await m.insert(Indicator, {
      id, code: `G-CT${id}`, name: `Chỉ tiêu ${id}`, measure: ind.measure, unit: '%', direction: ind.direction, aggregation: ind.aggregation,
      progressMethod: ind.progressMethod, baselineValue: ind.baseline?.value ?? null, baselineYear: ind.baseline?.year ?? null, pillarId: ind.pillar,
    });
    for (const t of ind.targets) {
      targets.push({ id: ++targetId, indicatorId: id, planId: t.plan, periodYear: t.year, agencyId: t.level ? null : t.agency, agencyLevel: t.level, value: t.value, comparator: t.comparator });
    }
    for (const x of ind.measurements) {
      const numerator = x.parts?.n ?? null;
      const denominator = x.parts?.d ?? null;
      const reportedText = x.reported == null ? null : `${String(x.reported).replace('.', ',')}%`;
      const submitted = x.status === ReportStatus.DRAFT ? null : new Date(x.submittedLate ? '2030-01-01T10:00:00Z' : `${x.year + 1}-01-15T10:00:00Z`);
      measurements.push({
        id: ++measurementId, indicatorId: id, periodYear: x.year, periodDate: x.date ? `${x.year}${x.date}` : null, agencyId: x.agency,
        numerator, denominator, reportedValue: x.reported, reportedText, reportedDecimals: decimalsOf(reportedText),
        value: computeValue(ind.measure, numerator, denominator, x.reported), status: x.status, isEstimate: x.estimate,
        sourceAgencyId: x.source, submittedAt: submitted,
      });
    }
  }
  if (targets.length) await m.insert(Target, targets);
  if (measurements.length) await m.insert(Measurement, measurements);
  await m.insert(IndicatorGroup, { id: 1, planId: 1, pillarId: 1, code: 'N1', name: 'Nhóm 1', declaredCount: p.declared });
  await m.insert(IndicatorGroupMember, p.indicators.filter((_, k) => k % 2 === 0).map((_, n) => ({ id: n + 1, groupId: 1, indicatorId: 2 * n + 1, sortOrder: n })));
  if (p.tasks.length) await m.insert(Task, p.tasks.map((t, k) => ({ id: k + 1, code: `G-NV${k + 1}`, title: `Nhiệm vụ ${k + 1}`, planId: t.plan, pillarId: t.pillar, status: t.status, dueDate: t.due })));
  const subjects: Record<string, number> = { INDICATOR: p.indicators.length, TASK: p.tasks.length, TARGET: targets.length };
  const seen = new Set<string>();
  const assignments: Partial<Assignment>[] = [];
  for (const a of p.assignments) {
    const count = subjects[a.kind];
    if (count === 0) continue;
    const subject = (a.subject % count) + 1;
    const key = `${a.kind}:${subject}`;
    if (seen.has(`${key}:${a.agency}:${a.role}`) || (a.role === AssignmentRole.LEAD && seen.has(`${key}:lead`))) continue;
    seen.add(`${key}:${a.agency}:${a.role}`);
    if (a.role === AssignmentRole.LEAD) seen.add(`${key}:lead`);
    assignments.push({
      id: assignments.length + 1, subjectType: a.kind as AssignmentSubjectType, subjectKey: key, leadKey: a.role === AssignmentRole.LEAD ? key : null, agencyId: a.agency, role: a.role,
      indicatorId: a.kind === 'INDICATOR' ? subject : null, taskId: a.kind === 'TASK' ? subject : null, targetId: a.kind === 'TARGET' ? subject : null,
    });
  }
  if (assignments.length) await m.insert(Assignment, assignments);
  const periods = new Map(p.periods.map((x) => [`${(x.indicator % p.indicators.length) + 1}:${x.year}`, x]));
  let periodId = 0;
  for (const [key, x] of periods) {
    await m.insert(ReportingPeriod, { id: ++periodId, indicatorId: Number(key.split(':')[0]), periodYear: x.year, status: 'OPEN' as never, dueDate: x.due });
  }
}

class Rollback extends Error {}

describe('progress in SQL = the plain rules, on generated programmes', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it('agrees on every target, series, roll-up, scorecard and list, for the office and for an agency', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(programmeArb, fc.constantFrom(2, 3, 4), async (programme, viewerAgency) => {
        await db.dataSource
          .transaction(async (m) => {
            await load(m, programme);
            await compareAll(contextFor(m, office));
            await compareAll(contextFor(m, agencyViewer(viewerAgency)));
            cases++;
            throw new Rollback();
          })
          .catch((err) => {
            if (!(err instanceof Rollback)) throw err;
          });
      }),
      { numRuns: Number(process.env.PROGRESS_SQL_RUNS ?? 60), seed: Number(process.env.PROGRESS_SQL_SEED ?? 20261201) },
    );
    expect(cases).toBe(Number(process.env.PROGRESS_SQL_RUNS ?? 60));
  });
});
