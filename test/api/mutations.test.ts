import { ok, startTestServer, type TestServer } from '../support/server';

/** Every table's row count, read over the server's own connection: "nothing was written" means unchanged. */
async function counts(s: TestServer) {
  const ds = s.server.dataSource;
  const out: Record<string, number> = {};
  for (const meta of ds.entityMetadatas) out[meta.tableName] = await ds.manager.count(meta.target as never);
  return out;
}

describe('mutations over HTTP', () => {
  let s: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    s = await startTestServer({ seed: false });
    const d = ok(await s.gql(`mutation {
      ubnd: createAgency(input: { code: "UBND", nameVi: "Ủy ban nhân dân Thành phố", kind: PEOPLES_COMMITTEE }) { id path: code }
    }`));
    ids.ubnd = d.ubnd.id;
    const d2 = ok(await s.gql(`mutation($p: ID) {
      so: createAgency(input: { code: "SO-TTTT", nameVi: "Sở Thông tin và Truyền thông", kind: DEPARTMENT, parentId: $p }) { id }
      gtvt: createAgency(input: { code: "SO-GTVT", nameVi: "Sở Giao thông vận tải", kind: DEPARTMENT, parentId: $p }) { id }
      plan: createPlan(input: { code: "KH-2024", title: "Kế hoạch Chuyển đổi số năm 2024", kind: ANNUAL_PLAN, startYear: 2024, endYear: 2024, ownerAgencyId: $p }) { id version }
      ind: createIndicator(input: { code: "DVCTT", name: "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình", measure: PERCENTAGE, unit: "%", aggregation: RATIO_OF_SUMS }) { id }
      ins: createInstrument(input: { number: "17-CT/TU", kind: DIRECTIVE, title: "Chỉ thị về đẩy mạnh chuyển đổi số" }) { id }
    }`, { p: ids.ubnd }));
    Object.assign(ids, { so: d2.so.id, gtvt: d2.gtvt.id, plan: d2.plan.id, ind: d2.ind.id, ins: d2.ins.id });
    const d3 = ok(await s.gql(`mutation($plan: ID!) { task: createTask(input: { code: "NV-01", title: "Hạ tầng số", planId: $plan, dueDate: "2024-12-31" }) { id } }`, { plan: ids.plan }));
    ids.task = d3.task.id;
  });
  afterAll(async () => s?.close());

  it('keeps a measurement\'s stored value equal to its parts when the indicator\'s measure changes', async () => {
    const d = ok(await s.gql(`mutation {
      ind: createIndicator(input: { code: "MEASURE-SWITCH", name: "Chỉ tiêu đổi đơn vị đo", measure: PERCENTAGE, unit: "%", aggregation: SUM }) { id version }
    }`));
    const m = ok(await s.gql(`mutation($i: ID!) { recordMeasurement(input: { indicatorId: $i, periodYear: 2024, numerator: 1, denominator: 4 }) { id value } }`, { i: d.ind.id })).recordMeasurement;
    expect(m.value).toBe(25);
    ok(await s.gql(`mutation($id: ID!, $v: Int!) { updateIndicator(id: $id, version: $v, patch: { measure: COUNT }) { measure } }`, { id: d.ind.id, v: d.ind.version }));
    const after = ok(await s.gql(`query($id: ID!) { measurement(id: $id) { value } measurements(filter: { ids: [$id] }, orderBy: [{ field: VALUE, direction: DESC }]) { nodes { value } } }`, { id: m.id }));
    expect(after.measurement.value).toBe(0.25);
    expect(after.measurements.nodes[0].value).toBe(0.25);
  });

  it('creates records with their relations and keeps the agency tree paths', async () => {
    const d = ok(await s.gql(`query($id: ID) { agency(id: $id) { code children { code parent { code } } } agencies(filter: { withinAgencyId: $id }) { totalCount } }`, { id: ids.ubnd }));
    expect(d.agency.children.map((c: any) => c.code).sort()).toEqual(['SO-GTVT', 'SO-TTTT']);
    expect(d.agency.children[0].parent.code).toBe('UBND');
    expect(d.agencies.totalCount).toBe(3);
  });

  it('updates with the current version and bumps it; a stale version is CONFLICT and changes nothing', async () => {
    const first = ok(await s.gql(`mutation($id: ID!) { updatePlan(id: $id, version: 1, patch: { title: "Kế hoạch năm 2024 (sửa)" }) { title version } }`, { id: ids.plan }));
    expect(first.updatePlan).toEqual({ title: 'Kế hoạch năm 2024 (sửa)', version: 2 });
    const stale = await s.gql(`mutation($id: ID!) { updatePlan(id: $id, version: 1, patch: { title: "ghi đè" }) { title } }`, { id: ids.plan });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const now = ok(await s.gql(`query($id: ID) { plan(id: $id) { title version } }`, { id: ids.plan }));
    expect(now.plan).toEqual({ title: 'Kế hoạch năm 2024 (sửa)', version: 2 });
  });

  it('answers invalid input with BAD_USER_INPUT and the path of each bad field, writing nothing', async () => {
    const before = await counts(s);
    const res = await s.gql(`mutation { createPlan(input: { code: "bad code!", title: "", kind: PROJECT, startYear: 1800, endYear: 2024 }) { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const paths = res.errors![0].extensions!.fields.map((f: any) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.code', 'input.title', 'input.startYear']));
    expect(JSON.stringify(res.errors)).not.toContain('bad code!');
    expect(await counts(s)).toEqual(before);
  });

  it.each([
    ['an assignment to a missing agency', `mutation($t: ID) { createAssignment(input: { taskId: $t, agencyId: "999999", role: LEAD }) { id } }`, 'BAD_USER_INPUT', 'input.agencyId', 'REFERENCE_NOT_FOUND'],
    ['a duplicate instrument number', `mutation { createInstrument(input: { number: "17-CT/TU", kind: DIRECTIVE, title: "Trùng" }) { id } }`, 'BAD_USER_INPUT', 'input.number', 'DUPLICATE'],
    ['an assignment with no subject', `mutation($s: ID!) { createAssignment(input: { agencyId: $s, role: LEAD }) { id } }`, 'BAD_USER_INPUT', 'input.taskId', 'ONE_SUBJECT'],
    ['a plan that ends before it starts', `mutation { createPlan(input: { code: "X", title: "X", kind: PROJECT, startYear: 2025, endYear: 2024 }) { id } }`, 'BAD_USER_INPUT', 'input.endYear', 'RANGE'],
    ['a malformed id', `mutation { updatePlan(id: "1 OR 1=1", version: 1, patch: { title: "x" }) { id } }`, 'BAD_USER_INPUT', 'id', 'INVALID_ID'],
  ])('refuses %s and writes nothing', async (_name, query, code, path, reason) => {
    const before = await counts(s);
    const res = await s.gql(query, { t: ids.task, s: ids.so });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: path.split('.'), reason })]));
    expect(await counts(s)).toEqual(before);
  });

  it('assigns accountability with exactly one lead, and refuses a second lead', async () => {
    const d = ok(await s.gql(`mutation($t: ID!, $so: ID!, $gtvt: ID!) {
      assignAccountability(input: { subjectType: TASK, subjectId: $t, leadAgencyId: $so, cooperatingAgencyIds: [$gtvt] }) { role agency { code } subject { ... on Task { code } } }
    }`, { t: ids.task, so: ids.so, gtvt: ids.gtvt }));
    expect(d.assignAccountability.map((a: any) => [a.role, a.agency.code, a.subject.code])).toEqual([
      ['COOPERATING', 'SO-GTVT', 'NV-01'],
      ['LEAD', 'SO-TTTT', 'NV-01'],
    ]);
    const second = await s.gql(`mutation($t: ID, $u: ID!) { createAssignment(input: { taskId: $t, agencyId: $u, role: LEAD }) { id } }`, { t: ids.task, u: ids.ubnd });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ONE_LEAD' });
    const swap = ok(await s.gql(`mutation($t: ID!, $so: ID!, $gtvt: ID!) {
      assignAccountability(input: { subjectType: TASK, subjectId: $t, leadAgencyId: $gtvt, cooperatingAgencyIds: [$so] }) { role agency { code } }
    }`, { t: ids.task, so: ids.so, gtvt: ids.gtvt }));
    expect(swap.assignAccountability.filter((a: any) => a.role === 'LEAD').map((a: any) => a.agency.code)).toEqual(['SO-GTVT']);
    const dup = await s.gql(`mutation($t: ID!, $so: ID!) { assignAccountability(input: { subjectType: TASK, subjectId: $t, leadAgencyId: $so, cooperatingAgencyIds: [$so] }) { id } }`, { t: ids.task, so: ids.so });
    expect(dup.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sets a target series for several years at once and updates a year in place', async () => {
    const q = `mutation($i: ID!, $p: ID!, $v: Float!) { setTargetSeries(input: { indicatorId: $i, planId: $p, comparator: AT_LEAST, points: [{ periodYear: 2024, value: 60 }, { periodYear: 2025, value: $v }] }) { id periodYear value comparator version } }`;
    const first = ok(await s.gql(q, { i: ids.ind, p: ids.plan, v: 70 }));
    expect(first.setTargetSeries.map((t: any) => [t.periodYear, t.value, t.version])).toEqual([[2024, 60, 1], [2025, 70, 1]]);
    const again = ok(await s.gql(q, { i: ids.ind, p: ids.plan, v: 75 }));
    expect(again.setTargetSeries.map((t: any) => [t.periodYear, t.value, t.version])).toEqual([[2024, 60, 2], [2025, 75, 2]]);
    expect(again.setTargetSeries.map((t: any) => t.id)).toEqual(first.setTargetSeries.map((t: any) => t.id));
    const before = await counts(s);
    const bad = await s.gql(`mutation($i: ID!, $p: ID!) { setTargetSeries(input: { indicatorId: $i, planId: $p, points: [{ periodYear: 2026, value: 1 }, { periodYear: 2026, value: 2 }] }) { id } }`, { i: ids.ind, p: ids.plan });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ path: ['input', 'points', 1, 'periodYear'], reason: 'DUPLICATE' });
    expect(await counts(s)).toEqual(before);
  });

  it('records a measurement, computing its value from numerator and denominator', async () => {
    const d = ok(await s.gql(`mutation($i: ID!) { recordMeasurement(input: { indicatorId: $i, periodYear: 2024, numerator: 954824, denominator: 1211908, reportedValue: 80.4, reportedText: "80,4%", externalKey: "test:dvctt:2024" }) { id value reportedValue reportedDecimals status version } }`, { i: ids.ind }));
    expect(d.recordMeasurement).toMatchObject({ reportedValue: 80.4, reportedDecimals: 1, status: 'DRAFT', version: 1 });
    expect(d.recordMeasurement.value).toBeCloseTo(78.7868, 3);
    const again = ok(await s.gql(`mutation($i: ID!) { recordMeasurement(input: { indicatorId: $i, periodYear: 2024, numerator: 954824, denominator: 1211908, reportedValue: 78.79, reportedText: "78,79%", externalKey: "test:dvctt:2024" }) { id reportedDecimals version } }`, { i: ids.ind }));
    expect(again.recordMeasurement).toEqual({ id: d.recordMeasurement.id, reportedDecimals: 2, version: 2 });
  });

  it('answers a create with the row as stored: defaults, nulls and the audit snapshot equal a fresh read', async () => {
    const fields = `id createdAt updatedAt version indicatorId agencyId periodYear periodDate value numerator denominator reportedValue reportedText reportedDecimals
      qualifier isEstimate status evidenceUrl externalKey comment quotedText approvedAt reviewedAt returnReason`;
    const created = ok(await s.gql(`mutation($i: ID!) { recordMeasurement(input: { indicatorId: $i, periodYear: 2023, reportedValue: 61.5, reportedText: "61,5%" }) { ${fields} } }`, { i: ids.ind })).recordMeasurement;
    expect(created).toMatchObject({ qualifier: 'EXACTLY', isEstimate: false, status: 'DRAFT', version: 1, agencyId: null, externalKey: null, value: 61.5 });
    const read = ok(await s.gql(`query($id: ID!) { measurement(id: $id) { ${fields} } }`, { id: created.id })).measurement;
    expect(created).toEqual(read);
    const task = ok(await s.gql(`mutation($plan: ID!) { createTask(input: { code: "NV-DEFAULTS", title: "Mặc định", planId: $plan }) { id status progress sortOrder createdAt } }`, { plan: ids.plan })).createTask;
    expect(task).toEqual(ok(await s.gql(`query($id: ID!) { task(id: $id) { id status progress sortOrder createdAt } }`, { id: task.id })).task);
    const events = ok(await s.gql(`{ auditEvents(filter: { entity: "Measurement" }, first: 500) { nodes { recordId action after } } }`)).auditEvents.nodes;
    const event = events.find((e: { recordId: string; action: string }) => String(e.recordId) === created.id && e.action === 'CREATE');
    expect(event.after).toMatchObject({ id: Number(created.id), qualifier: 'EXACTLY', isEstimate: false, status: 'DRAFT', agencyId: null, value: 61.5, createdAt: created.createdAt });
  });

  it('refuses a reference to a missing row, but not one a rule clears (an office role has no agency)', async () => {
    const bad = await s.gql(`mutation($i: ID!) { recordMeasurement(input: { indicatorId: $i, agencyId: "999999", periodYear: 2022, reportedValue: 1 }) { id } }`, { i: ids.ind });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: ['input', 'agencyId'], reason: 'REFERENCE_NOT_FOUND' })] });
    const user = ok(await s.gql(`mutation { createUser(input: { email: "office.noagency@test.local", name: "Văn phòng", role: OFFICE_EDITOR, agencyId: "999999", password: "long-enough-password-1" }) { id agency { id } } }`)).createUser;
    expect(user.agency).toBeNull();
  });

  it('deletes all-or-nothing: refuses while data refers to a record, removes owned rows with it', async () => {
    const before = await counts(s);
    const inUse = await s.gql(`mutation($i: ID!, $p: ID!) { deleteIndicator(ids: [$p, $i]) { deletedIds } }`, { i: ids.ind, p: '999999' });
    expect(inUse.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const refused = await s.gql(`mutation($i: ID!) { deleteIndicator(ids: [$i]) { deletedIds } }`, { i: ids.ind });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE' });
    expect(await counts(s)).toEqual(before);
    const deleted = ok(await s.gql(`mutation($t: ID!) { deleteTask(ids: [$t]) { deletedIds } }`, { t: ids.task }));
    expect(deleted.deleteTask.deletedIds).toEqual([ids.task]);
    const after = await counts(s);
    expect(after.task).toBe(before.task - 1);
    expect(after.assignment).toBe(before.assignment - 2);
  });

  it('moves an agency and its subtree', async () => {
    const child = ok(await s.gql(`mutation($p: ID) { createAgency(input: { code: "PHONG-1", nameVi: "Phòng Chuyển đổi số", kind: DEPARTMENT, parentId: $p }) { id } }`, { p: ids.so })).createAgency.id;
    ok(await s.gql(`mutation($id: ID!, $p: ID) { updateAgency(id: $id, version: 1, patch: { parentId: $p }) { id } }`, { id: ids.so, p: ids.gtvt }));
    const d = ok(await s.gql(`query($g: ID) { agencies(filter: { withinAgencyId: $g }, orderBy: [{ field: CODE }]) { nodes { code } } }`, { g: ids.gtvt }));
    expect(d.agencies.nodes.map((n: any) => n.code)).toEqual(['PHONG-1', 'SO-GTVT', 'SO-TTTT']);
    const cycle = await s.gql(`mutation($id: ID!, $p: ID) { updateAgency(id: $id, version: 1, patch: { parentId: $p }) { id } }`, { id: ids.gtvt, p: child });
    expect(cycle.errors?.[0].extensions?.fields?.[0]).toMatchObject({ reason: 'CYCLE' });
  });

  it('finds Vietnamese text without accents', async () => {
    const d = ok(await s.gql(`{ plans(filter: { q: "ke hoach nam 2024 (SUA)" }) { nodes { code } } agencies(filter: { q: "so thong tin" }) { nodes { code } } }`));
    expect(d.plans.nodes.map((n: any) => n.code)).toEqual(['KH-2024']);
    expect(d.agencies.nodes.map((n: any) => n.code)).toEqual(['SO-TTTT']);
  });
});
