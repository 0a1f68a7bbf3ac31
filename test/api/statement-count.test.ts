import type { EntityManager } from 'typeorm';
import { Agency, AgencyKind } from '../../server/src/modules/agency/agency.entity';
import { Assignment, AssignmentRole, AssignmentSubjectType, leadKeyOf, subjectKeyOf } from '../../server/src/modules/assignment/assignment.entity';
import { Indicator, IndicatorAggregation, IndicatorMeasure } from '../../server/src/modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../../server/src/modules/indicator/indicator-group.entity';
import { Measurement, ReportStatus } from '../../server/src/modules/measurement/measurement.entity';
import { Plan, PlanKind } from '../../server/src/modules/plan/plan.entity';
import { Target } from '../../server/src/modules/target/target.entity';
import { Task } from '../../server/src/modules/task/task.entity';
import { ok, startTestServer, type TestServer } from '../support/server';

/** A programme of `n` plans, each with n tasks (two assignments each) and n indicators (targets, values). */
async function grow(m: EntityManager, tag: string, n: number) {
  const agencies = await m.save(Array.from({ length: 3 }, (_, i) => m.create(Agency, { code: `${tag}-A${i}`, nameVi: `Đơn vị ${tag} ${i}`, kind: AgencyKind.DEPARTMENT })));
  for (let p = 0; p < n; p++) {
    const plan = await m.save(m.create(Plan, { code: `${tag}-P${p}`, title: `Kế hoạch ${tag} ${p}`, kind: PlanKind.ANNUAL_PLAN, startYear: 2024, endYear: 2025, ownerAgencyId: agencies[0].id }));
    const group = await m.save(m.create(IndicatorGroup, { planId: plan.id, code: 'G1', name: 'Nhóm 1', declaredCount: n }));
    const tasks = await m.save(Array.from({ length: n }, (_, t) => m.create(Task, { code: `${tag}-P${p}-T${t}`, title: `Nhiệm vụ ${t}`, planId: plan.id, sortOrder: t, dueDate: '2024-12-31' })));
    const assignments = tasks.flatMap((task) => {
      const key = subjectKeyOf(AssignmentSubjectType.TASK, task.id);
      return [
        m.create(Assignment, { subjectType: AssignmentSubjectType.TASK, taskId: task.id, subjectKey: key, leadKey: leadKeyOf(AssignmentRole.LEAD, key), agencyId: agencies[1].id, role: AssignmentRole.LEAD }),
        m.create(Assignment, { subjectType: AssignmentSubjectType.TASK, taskId: task.id, subjectKey: key, leadKey: null, agencyId: agencies[2].id, role: AssignmentRole.COOPERATING }),
      ];
    });
    await m.save(assignments);
    const indicators = await m.save(Array.from({ length: n }, (_, i) => m.create(Indicator, { code: `${tag}-P${p}-I${i}`, name: `Chỉ tiêu ${i}`, measure: IndicatorMeasure.PERCENTAGE, unit: '%', aggregation: IndicatorAggregation.RATIO_OF_SUMS })));
    await m.save(indicators.map((ind, i) => m.create(IndicatorGroupMember, { groupId: group.id, indicatorId: ind.id, sortOrder: i })));
    await m.save(indicators.flatMap((ind) => [2024, 2025].map((y) => m.create(Target, { indicatorId: ind.id, planId: plan.id, periodYear: y, value: 80 }))));
    await m.save(indicators.flatMap((ind) => [2022, 2023].map((y) => m.create(Measurement, { indicatorId: ind.id, periodYear: y, numerator: 50 + y - 2022, denominator: 100, reportedValue: 50 + y - 2022, value: 50 + y - 2022, status: ReportStatus.APPROVED }))));
    const iKey = subjectKeyOf(AssignmentSubjectType.INDICATOR, indicators[0].id);
    await m.save(m.create(Assignment, { subjectType: AssignmentSubjectType.INDICATOR, indicatorId: indicators[0].id, subjectKey: iKey, leadKey: iKey, agencyId: agencies[1].id, role: AssignmentRole.LEAD }));
  }
}

const DEEP_QUERIES: Record<string, string> = {
  'plans → tasks → assignments → agency, and indicators → targets (progress) and measurements (flags)': `query($tag: String) {
    plans(first: 500, filter: { q: $tag }) { totalCount nodes { code ownerAgency { code } indicatorGroups { name flags indicators { code } }
      tasks { code overdue assignments { role agency { code parent { code } } } }
      indicators { code targets { periodYear value flags progress { status projectedYear } } measurements { periodYear value flags } series { year value } } } }
  }`,
  'an agency\'s assignments with subjects, indicators, targets and latest values': `query($tag: String) {
    agencies(first: 500, filter: { q: $tag }) { nodes { code assignments { role subject { __typename ... on Task { code plan { code } indicators { code } } ... on Indicator { code targets { value progress { status } } measurements { value } } } } } }
  }`,
  'indicators with groups, plans, tasks and progress': `query($tag: String) {
    indicators(first: 500, filter: { q: $tag }) { totalCount nodes { code groups { plan { code issuedBy { number } } } tasks { code } assignments { agency { code } } progress { status target { plan { code } } } } }
  }`,
};

describe('statement counts do not grow with the data (no N+1)', () => {
  let s: TestServer;
  beforeAll(async () => {
    // The signed-in user's row read on every request (no principal cache), so that the counts
    // compared here do not depend on how long ago the previous request was.
    s = await startTestServer({ seed: false, config: { auth: { principalCacheMs: 0 } } });
    await s.server.dataSource.transaction(async (m) => {
      await grow(m, 'small', 2);
      await grow(m, 'large', 12);
    });
  });
  afterAll(async () => s?.close());

  it.each(Object.entries(DEEP_QUERIES))('%s', async (_name, query) => {
    const run = async (tag: string) => {
      s.statements.reset();
      const data = ok(await s.gql(query, { tag }));
      return { statements: s.statements.count, size: JSON.stringify(data).length };
    };
    const small = await run('small');
    const large = await run('large');
    expect(large.size).toBeGreaterThan(small.size * 10);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(20);
    process.stdout.write(`${_name.slice(0, 40)}: ${small.statements} statements for ${small.size} bytes and for ${large.size} bytes\n`);
  });
});

describe('the dashboard does not grow its statement count with the programme', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: false, config: { auth: { principalCacheMs: 0 } } });
  });
  afterAll(async () => s?.close());

  it('uses the same statements for 2 plans as for 14', async () => {
    const query = `{
      dashboard { plans { plan { code } targetsByStatus { status count } overdueTasks openFlags } pillars { pillar { code } tasksTotal }
        atRisk { status target { indicator { code } } } overdueTasks { code } dataQualityIssues { flag } scorecards { agency { code } targetsTotal overdueTasksAsLead } reviewQueue }
      plans(first: 500) { nodes { code progress { tasksTotal targetsByStatus { count } } } }
      agencies(first: 500) { nodes { code scorecard { targetsTotal overdueTasksAsLead } } }
    }`;
    const run = async () => {
      s.statements.reset();
      const data = ok(await s.gql(query));
      return { statements: s.statements.count, size: JSON.stringify(data).length };
    };
    await s.server.dataSource.transaction((m) => grow(m, 'small', 2));
    const small = await run();
    await s.server.dataSource.transaction((m) => grow(m, 'large', 12));
    const large = await run();
    expect(large.size).toBeGreaterThan(small.size * 3);
    expect(large.statements).toBe(small.statements);
    process.stdout.write(`dashboard: ${small.statements} statements for ${small.size} bytes and for ${large.size} bytes\n`);
  });
});
