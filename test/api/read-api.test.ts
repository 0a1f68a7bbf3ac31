import { ok, startTestServer, type TestServer } from '../support/server';

/** The seeded programme read back over HTTP, with its nested relationships and computed fields. */
describe('read API over the seeded programme', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: true });
  });
  afterAll(async () => s?.close());

  it('serves plans with their instruments, indicator groups, tasks, indicators, targets and measurements, in Vietnamese', async () => {
    const d = ok(await s.gql(`{
      plan(code: "KH-2024") { title kind startYear endYear ownerAgency { nameVi } parent { code }
        implements { title } indicatorGroups { code name declaredCount listedCount flags indicators { code } }
        tasks { code title pillar { code } }
        indicators { code targets { periodYear value } measurements { periodYear value } } }
      plans { totalCount nodes { code } }
    }`));
    expect(d.plans.totalCount).toBe(6);
    expect(d.plans.nodes.map((p: any) => p.code).sort()).toEqual(['CT-CDS', 'DA-DTTM', 'KH-2024', 'KH-2649-2023', 'MT-2030', 'PH-2025']);
    const plan = d.plan;
    expect(plan.title).toMatch(/Chuyển đổi số/);
    expect(plan).toMatchObject({ kind: 'ANNUAL_PLAN', startYear: 2024, endYear: 2024 });
    expect(plan.ownerAgency.nameVi).toMatch(/Ủy ban nhân dân/);
    expect(plan.indicatorGroups.map((g: any) => [g.declaredCount, g.listedCount, g.flags])).toEqual([
      [3, 3, []],
      [8, 8, []],
      [13, 6, ['DECLARED_COUNT_MISMATCH']],
      [7, 2, ['DECLARED_COUNT_MISMATCH']],
    ]);
    expect(plan.tasks.filter((t: any) => /^KH2024-NV\d+$/.test(t.code))).toHaveLength(11);
    const share = plan.indicators.find((i: any) => i.code === 'KTS-GRDP-SHARE');
    expect(share.targets.filter((t: any) => t.periodYear === 2024).map((t: any) => t.value).sort()).toEqual([22, 25]);
    expect(share.measurements.map((m: any) => m.periodYear)).toEqual(expect.arrayContaining([2021, 2022, 2023, 2024]));
  });

  it('serves instruments by number with their links, issuer and tasks', async () => {
    const d = ok(await s.gql(`{
      ct17: instrument(number: "17-CT/TU") { kind title issuer { nameVi } tasks { title assignments { role agency { code } } } }
      qd41: instrument(number: "41/2011/QĐ-UBND") { issuedOn quotedReference }
      instruments(first: 100) { totalCount nodes { number links { kind to { title } } } }
    }`));
    expect(d.ct17.kind).toBe('DIRECTIVE');
    expect(d.ct17.issuer.nameVi).toMatch(/Ban Thường vụ Thành ủy/);
    const police = d.ct17.tasks.find((t: any) => t.assignments.some((a: any) => a.agency.code === 'CONG-AN-TP' && a.role === 'LEAD'));
    expect(police.assignments.map((a: any) => a.role).sort()).toEqual(['COOPERATING', 'LEAD', 'SUPERVISING']);
    expect(d.qd41.issuedOn).toBe('2021-06-17');
    expect(d.qd41.quotedReference).toContain('41/2011/QĐ-UBND ngày 17/6/2021');
    const numbers = d.instruments.nodes.map((i: any) => i.number);
    for (const n of ['17-CT/TU', '06/QĐ-TTg', '98/2023/QH15', '328/QĐ-UBND', '1185/QĐ-UBND', '313/QĐ-UBND', '672/QĐ-UBND', '41/2011/QĐ-UBND', '2649/KH-UBND']) expect(numbers).toContain(n);
  });

  it('serves agencies as a tree with their assignments, and filters by sub-agencies', async () => {
    const d = ok(await s.gql(`{
      agency(code: "UBND-TP") { id nameVi children { code } }
      police: agency(code: "CONG-AN-TP") { assignments { role subject { __typename ... on Task { title } } } }
      all: agencies { totalCount }
    }`));
    const within = ok(await s.gql(`query($id: ID) { agencies(first: 500, filter: { withinAgencyId: $id }) { totalCount nodes { code } } }`, { id: d.agency.id }));
    expect(within.agencies.nodes.map((n: any) => n.code)).toEqual(expect.arrayContaining(['UBND-TP', 'SO-TTTT', 'HIDS']));
    expect(within.agencies.nodes.map((n: any) => n.code)).not.toContain('CONG-AN-TP');
    expect(d.agency.children.map((c: any) => c.code)).toEqual(expect.arrayContaining(['SO-TTTT', 'TP-THU-DUC']));
    expect(d.police.assignments).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'LEAD', subject: expect.objectContaining({ __typename: 'Task' }) })]));
    expect(d.all.totalCount).toBeGreaterThanOrEqual(20);
  });

  it('computes the three online-service ratios of the 2025 report from their parts and flags exactly the quoted figures that disagree', async () => {
    const d = ok(await s.gql(`{
      measurements(filter: { periodYear: 2024 }, first: 500) { nodes { indicator { code } value numerator denominator reportedValue reportedText flags } }
    }`));
    const byCode = Object.fromEntries(d.measurements.nodes.filter((m: any) => m.numerator != null).map((m: any) => [m.indicator.code, m]));
    expect(Object.keys(byCode).sort()).toEqual(['DVCTT-MOT-PHAN-HOSO', 'DVCTT-TOAN-TRINH-HOSO', 'TTHC-THANH-TOAN-TRUC-TUYEN']);
    expect(byCode['DVCTT-TOAN-TRINH-HOSO']).toMatchObject({ numerator: 954824, denominator: 1211908, reportedValue: 80.4, flags: ['REPORTED_VALUE_MISMATCH'] });
    expect(byCode['DVCTT-TOAN-TRINH-HOSO'].value).toBeCloseTo(78.7868, 3);
    expect(byCode['DVCTT-MOT-PHAN-HOSO']).toMatchObject({ numerator: 325878, denominator: 412928, reportedValue: 78.91, flags: [] });
    expect(byCode['DVCTT-MOT-PHAN-HOSO'].value).toBeCloseTo(78.9188, 3);
    expect(byCode['TTHC-THANH-TOAN-TRUC-TUYEN']).toMatchObject({ numerator: 878, denominator: 1011, reportedValue: 88.4, flags: ['REPORTED_VALUE_MISMATCH'] });
    expect(byCode['TTHC-THANH-TOAN-TRUC-TUYEN'].value).toBeCloseTo(86.8447, 3);
    const all = ok(await s.gql(`{ measurements(first: 500) { nodes { flags } } }`));
    expect(all.measurements.nodes.filter((m: any) => m.flags.includes('REPORTED_VALUE_MISMATCH'))).toHaveLength(2);
  });

  it('shows the digital-economy share of GRDP with its series, its 2025 and 2030 targets and a progress status for each', async () => {
    const d = ok(await s.gql(`{ indicator(code: "KTS-GRDP-SHARE") {
      series { year value measurement { isEstimate sourceAgency { code } } }
      progress { target { periodYear value comparator plan { code } } status projectedYear expectedValue progressRatio }
      measurements { periodYear value flags sourceAgency { code } } } }`));
    const ind = d.indicator;
    expect(ind.series.map((p: any) => [p.year, p.value])).toEqual([[2021, 15.38], [2022, 18.66], [2023, 21.5], [2024, 22]]);
    expect(ind.series.every((p: any) => p.measurement.sourceAgency.code === 'BO-TTTT' && p.measurement.isEstimate)).toBe(true);
    const t2025 = ind.progress.filter((p: any) => p.target.periodYear === 2025);
    const t2030 = ind.progress.filter((p: any) => p.target.periodYear === 2030);
    expect(t2025.length).toBeGreaterThanOrEqual(1);
    expect(t2030).toHaveLength(1);
    // Linear from the 2021 baseline 15.38: the path to 25 by 2025 expects 22.595 in 2024; 22 is 92% of the way → AT_RISK, reaching 25 in 2026.
    for (const p of t2025) expect(p).toMatchObject({ status: 'AT_RISK', projectedYear: 2026 });
    expect(t2025[0].expectedValue).toBeCloseTo(22.595, 3);
    // 40 by 2030: the path expects 23.59 in 2024; 22 is 81% of the way → AT_RISK, reaching 40 in 2033 on the observed trend.
    expect(t2030[0]).toMatchObject({ status: 'AT_RISK', projectedYear: 2033, target: { value: 40 } });
    expect(t2030[0].progressRatio).toBeCloseTo(0.8067, 3);
    // 2021 and 2022 have two sources each (Bộ TT&TT vs HIDS): every one of them is flagged.
    const conflicted = ind.measurements.filter((m: any) => m.flags.includes('CONFLICTING_SOURCES')).map((m: any) => `${m.periodYear}:${m.sourceAgency.code}`).sort();
    expect(conflicted).toEqual(['2021:BO-TTTT', '2021:HIDS', '2022:BO-TTTT', '2022:HIDS']);
  });

  it('flags the conflicting 22% / 25% targets of the 2024 plan, and only conflicting ones', async () => {
    const d = ok(await s.gql(`{ targets(first: 500, filter: { periodYear: 2024 }) { nodes { value flags indicator { code } plan { code } } } }`));
    const flagged = d.targets.nodes.filter((t: any) => t.flags.includes('CONFLICTING_TARGETS'));
    expect(flagged.map((t: any) => [t.indicator.code, t.plan.code, t.value]).sort()).toEqual([['KTS-GRDP-SHARE', 'KH-2024', 22], ['KTS-GRDP-SHARE', 'KH-2024', 25]]);
  });

  it('pages through a list with cursors and counts', async () => {
    const first = ok(await s.gql(`{ tasks(first: 10, orderBy: [{ field: CODE }]) { totalCount edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`));
    const next = ok(await s.gql(`query($after: String) { tasks(first: 10, after: $after, orderBy: [{ field: CODE }]) { nodes { code } pageInfo { hasPreviousPage } } }`, { after: first.tasks.pageInfo.endCursor }));
    const both = ok(await s.gql(`{ tasks(first: 20, orderBy: [{ field: CODE }]) { nodes { code } } }`));
    expect(first.tasks.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(next.tasks.pageInfo.hasPreviousPage).toBe(true);
    expect([...first.tasks.edges.map((e: any) => e.node.code), ...next.tasks.nodes.map((n: any) => n.code)]).toEqual(both.tasks.nodes.map((n: any) => n.code));
    const tampered = await s.gql(`{ tasks(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(tampered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
