import { ok, startTestServer, type TestServer } from '../support/server';

const sum = (rows: Array<{ count: number }>) => rows.reduce((a, r) => a + r.count, 0);

describe('roll-ups, scorecards, the dashboard and imports over the seeded programme', () => {
  let s: TestServer;
  let ids: Record<string, string>;
  beforeAll(async () => {
    s = await startTestServer({ seed: true });
    const d = ok(await s.gql(`{ so: agency(code: "SO-TTTT") { id } gtvt: agency(code: "SO-GTVT") { id } plan: plan(code: "KH-2024") { id } pillar: pillar(code: "DIGITAL_GOVERNMENT") { id } }`));
    ids = { so: d.so.id, gtvt: d.gtvt.id, plan: d.plan.id, pillar: d.pillar?.id };
  });
  afterAll(async () => s?.close());

  it('rolls a plan up consistently with its own lists', async () => {
    const d = ok(await s.gql(`query($p: ID!) {
      plan(id: $p) { progress { targetsByStatus { status count } tasksByStatus { status count } tasksTotal overdueTasks indicatorsTotal openFlags } }
      targets(filter: { planId: $p }, first: 0) { totalCount }
      tasks(filter: { planId: $p }, first: 0) { totalCount }
      overdue: tasks(filter: { planId: $p, overdue: true }, first: 0) { totalCount }
      indicators(filter: { planId: $p }, first: 0) { totalCount }
    }`, { p: ids.plan }));
    const p = d.plan.progress;
    expect(sum(p.targetsByStatus)).toBe(d.targets.totalCount);
    expect(p.targetsByStatus.map((x: any) => x.status).sort()).toEqual(['ACHIEVED', 'AT_RISK', 'NO_DATA', 'OFF_TRACK', 'ON_TRACK']);
    expect(sum(p.tasksByStatus)).toBe(d.tasks.totalCount);
    expect(p.tasksTotal).toBe(d.tasks.totalCount);
    expect(p.overdueTasks).toBe(d.overdue.totalCount);
    expect(p.indicatorsTotal).toBe(d.indicators.totalCount);
    // Groups 3 and 4 list fewer indicators than they declare; 22% and 25% conflict for 2024.
    expect(p.openFlags).toBeGreaterThanOrEqual(4);
  });

  it('rolls pillars up over their indicators and tasks', async () => {
    const d = ok(await s.gql(`{ pillars { code progress { targetsByStatus { count } tasksTotal indicatorsTotal } indicators { id } tasks { id } } }`));
    for (const p of d.pillars) {
      expect(p.progress.indicatorsTotal).toBe(p.indicators.length);
      expect(p.progress.tasksTotal).toBe(p.tasks.length);
    }
    expect(d.pillars.some((p: any) => sum(p.progress.targetsByStatus) > 0)).toBe(true);
  });

  it('aggregates a ratio across agencies as Σ numerator ÷ Σ denominator, not the mean of percentages', async () => {
    const ind = ok(await s.gql(`mutation { createIndicator(input: { code: "TEST-RATIO", name: "Tỷ lệ hồ sơ đúng hạn", measure: PERCENTAGE, unit: "%", aggregation: RATIO_OF_SUMS }) { id } }`)).createIndicator.id;
    const made: Array<{ id: string; version: number }> = [];
    for (const [agency, n, d] of [[ids.so, 30, 100], [ids.gtvt, 10, 20]] as const) {
      made.push(ok(await s.gql(`mutation($i: ID!, $a: ID, $n: Float, $d: Float) { recordMeasurement(input: { indicatorId: $i, agencyId: $a, periodYear: 2025, numerator: $n, denominator: $d }) { id version } }`, { i: ind, a: agency, n, d })).recordMeasurement);
    }
    const agg = ok(await s.gql(`query($i: ID) { indicator(id: $i) { aggregate(year: 2025) { method value numerator denominator agencyCount } series { year } } }`, { i: ind })).indicator;
    expect(agg.aggregate).toMatchObject({ method: 'RATIO_OF_SUMS', numerator: 40, denominator: 120, agencyCount: 2 });
    expect(agg.aggregate.value).toBeCloseTo(33.333, 3); // the mean of 30% and 50% would be 40
    expect(agg.series).toEqual([]); // drafts are not published figures
    for (const m of made) {
      const sub = ok(await s.gql(`mutation($id: ID!, $v: Int!) { submitMeasurement(id: $id, version: $v) { version } }`, { id: m.id, v: m.version })).submitMeasurement;
      ok(await s.gql(`mutation($id: ID!, $v: Int!) { approveMeasurement(id: $id, version: $v) { status } }`, { id: m.id, v: sub.version }));
    }
    const series = ok(await s.gql(`query($i: ID) { indicator(id: $i) { series { year value agencyCount } } }`, { i: ind })).indicator.series;
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ year: 2025, agencyCount: 2 });
    expect(series[0].value).toBeCloseTo(33.333, 3);
  });

  it('scores an agency: on-time reporting, completeness, targets on track, overdue tasks as lead vs cooperating', async () => {
    const d = ok(await s.gql(`mutation($plan: ID) {
      ind: createIndicator(input: { code: "TEST-SCORE", name: "Chỉ tiêu chấm điểm", measure: PERCENTAGE, unit: "%", aggregation: RATIO_OF_SUMS }) { id }
      t1: createTask(input: { code: "TEST-LATE-LEAD", title: "Việc trễ (chủ trì)", planId: $plan, dueDate: "2024-06-30" }) { id }
      t2: createTask(input: { code: "TEST-LATE-COOP", title: "Việc trễ (phối hợp)", planId: $plan, dueDate: "2024-06-30" }) { id }
    }`, { plan: ids.plan }));
    const i = d.ind.id;
    ok(await s.gql(`mutation($i: ID!, $so: ID!, $t1: ID!, $t2: ID!, $g: ID!) {
      a: assignAccountability(input: { subjectType: INDICATOR, subjectId: $i, leadAgencyId: $so }) { id }
      b: assignAccountability(input: { subjectType: TASK, subjectId: $t1, leadAgencyId: $so }) { id }
      c: assignAccountability(input: { subjectType: TASK, subjectId: $t2, leadAgencyId: $g, cooperatingAgencyIds: [$so] }) { id }
      p1: openReportingPeriod(input: { indicatorId: $i, periodYear: 2023, dueDate: "2024-03-31" }) { id }
      p2: openReportingPeriod(input: { indicatorId: $i, periodYear: 2024, dueDate: "2025-03-31" }) { id }
      p3: openReportingPeriod(input: { indicatorId: $i, periodYear: 2099, dueDate: "2100-03-31" }) { id }
    }`, { i, so: ids.so, t1: d.t1.id, t2: d.t2.id, g: ids.gtvt }));
    const before = ok(await s.gql(`query($so: ID) { agency(id: $so) { scorecard { reportsDue reportsOnTime onTimeRate completeness overdueTasksAsLead overdueTasksAsCooperating } } }`, { so: ids.so })).agency.scorecard;
    expect(before).toMatchObject({ reportsDue: 2, reportsOnTime: 0, onTimeRate: 0, completeness: 0 });
    expect(before.overdueTasksAsLead).toBeGreaterThanOrEqual(1);
    expect(before.overdueTasksAsCooperating).toBeGreaterThanOrEqual(1);
    const m = ok(await s.gql(`mutation($i: ID!, $so: ID) { recordMeasurement(input: { indicatorId: $i, agencyId: $so, periodYear: 2024, numerator: 1, denominator: 2 }) { id version } }`, { i, so: ids.so })).recordMeasurement;
    ok(await s.gql(`mutation($id: ID!, $v: Int!) { submitMeasurement(id: $id, version: $v) { id } }`, { id: m.id, v: m.version }));
    const after = ok(await s.gql(`query($so: ID) { agency(id: $so) { scorecard { reportsDue reportsOnTime completeness } } }`, { so: ids.so })).agency.scorecard;
    // Submitted today, long after the 2025-03-31 due date: reported (complete) but late.
    expect(after).toMatchObject({ reportsDue: 2, reportsOnTime: 0 });
    expect(after.completeness).toBeCloseTo(1 / 3, 5);
  });

  it('shows the office dashboard with what is at risk, overdue, flagged and waiting for review', async () => {
    const d = ok(await s.gql(`{ dashboard {
      plans { plan { code } targetsByStatus { status count } }
      pillars { pillar { code } tasksTotal }
      atRisk { status target { periodYear value indicator { code } } }
      overdueTasks { code overdue }
      dataQualityIssues { flag message measurement { indicator { code } } target { value } indicatorGroup { declaredCount listedCount } }
      scorecards { agency { code } targetsTotal overdueTasksAsLead }
      reviewQueue
    } }`)).dashboard;
    expect(d.plans.map((p: any) => p.plan.code)).toEqual(expect.arrayContaining(['KH-2024', 'KH-2649-2023', 'MT-2030']));
    expect(d.atRisk.some((r: any) => r.target.indicator.code === 'KTS-GRDP-SHARE' && r.target.periodYear === 2030)).toBe(true);
    expect(d.atRisk.every((r: any) => ['AT_RISK', 'OFF_TRACK'].includes(r.status))).toBe(true);
    expect(d.overdueTasks.every((t: any) => t.overdue)).toBe(true);
    expect(d.overdueTasks.map((t: any) => t.code)).toEqual(expect.arrayContaining(['TEST-LATE-LEAD']));
    const mismatches = d.dataQualityIssues.filter((x: any) => x.flag === 'REPORTED_VALUE_MISMATCH').map((x: any) => x.measurement.indicator.code).sort();
    expect(mismatches).toEqual(['DVCTT-TOAN-TRINH-HOSO', 'TTHC-THANH-TOAN-TRUC-TUYEN']);
    expect(d.dataQualityIssues.filter((x: any) => x.flag === 'DECLARED_COUNT_MISMATCH').map((x: any) => [x.indicatorGroup.declaredCount, x.indicatorGroup.listedCount])).toEqual(
      expect.arrayContaining([[13, 6], [7, 2]]),
    );
    expect(d.scorecards.map((c: any) => c.agency.code)).toEqual(expect.arrayContaining(['SO-TTTT', 'CONG-AN-TP']));
    expect(d.reviewQueue).toBe(1);
  });

  it('imports rows all-or-nothing, with a dry-run preview of each row\'s errors', async () => {
    const rows = [
      { code: 'IMP-1', name: 'Chỉ tiêu nhập 1', measure: 'PERCENTAGE', unit: '%', aggregation: 'RATIO_OF_SUMS' },
      { code: 'IMP-2', name: '', measure: 'COUNT', unit: 'hồ sơ', aggregation: 'SUM' },
      { code: 'KTS-GRDP-SHARE', name: 'Tỷ trọng kinh tế số trong GRDP', measure: 'SHARE', unit: '%', aggregation: 'LATEST', pillarId: '999999' },
    ];
    const q = `mutation($rows: [CreateIndicatorInput!]!, $dry: Boolean!) { importIndicators(rows: $rows, dryRun: $dry) { dryRun applied total created updated errors { row path code message } } }`;
    const count = async () => ok(await s.gql(`{ indicators(first: 0) { totalCount } auditEvents(first: 0) { totalCount } }`));
    const before = await count();
    const preview = ok(await s.gql(q, { rows, dry: true })).importIndicators;
    expect(preview).toMatchObject({ dryRun: true, applied: false, total: 3 });
    expect(preview.errors.map((e: any) => [e.row, e.path.join('.'), e.code])).toEqual([[1, 'name', 'BAD_USER_INPUT'], [2, 'pillarId', 'BAD_USER_INPUT']]);
    const failed = ok(await s.gql(q, { rows, dry: false })).importIndicators;
    expect(failed).toMatchObject({ applied: false });
    expect(await count()).toEqual(before);
    rows[1].name = 'Chỉ tiêu nhập 2';
    delete (rows[2] as any).pillarId;
    const dry = ok(await s.gql(q, { rows, dry: true })).importIndicators;
    expect(dry).toMatchObject({ applied: false, created: 2, updated: 1, errors: [] });
    expect(await count()).toEqual(before);
    const applied = ok(await s.gql(q, { rows, dry: false })).importIndicators;
    expect(applied).toMatchObject({ applied: true, created: 2, updated: 1, errors: [] });
    const after = await count();
    expect(after.indicators.totalCount).toBe(before.indicators.totalCount + 2);
    expect(after.auditEvents.totalCount).toBe(before.auditEvents.totalCount + 3);
  });
});

describe('conflicting sources compare whole periods', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: false });
  });
  afterAll(async () => s?.close());

  it('does not flag monthly values of one year against each other, and flags two values for the same month', async () => {
    const ind = ok(await s.gql(`mutation { createIndicator(input: { code: "MONTHLY", name: "Hồ sơ trực tuyến hằng tháng", measure: COUNT, unit: "hồ sơ", aggregation: SUM, frequency: MONTHLY }) { id } }`)).createIndicator.id;
    const rec = (date: string, v: number) => s.gql(`mutation($i: ID!, $d: String, $v: Float) { recordMeasurement(input: { indicatorId: $i, periodYear: 2025, periodDate: $d, reportedValue: $v }) { id } }`, { i: ind, d: date, v });
    ok(await rec('2025-01-31', 100));
    ok(await rec('2025-02-28', 120));
    let flags = ok(await s.gql(`query($i: ID) { indicator(id: $i) { measurements { flags } } }`, { i: ind })).indicator.measurements.map((m: any) => m.flags);
    expect(flags).toEqual([[], []]);
    ok(await rec('2025-02-28', 125));
    flags = ok(await s.gql(`query($i: ID) { indicator(id: $i) { measurements { periodDate flags } } }`, { i: ind })).indicator.measurements;
    expect(flags.filter((m: any) => m.flags.includes('CONFLICTING_SOURCES')).map((m: any) => m.periodDate)).toEqual(['2025-02-28', '2025-02-28']);
  });
});
