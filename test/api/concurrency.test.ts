import { ok, Role, startTestServer, type TestServer } from '../support/server';
import { testDialect } from '../support/database';

const codes = (results: Array<{ errors?: Array<{ extensions?: Record<string, any> }> }>) =>
  results.map((r) => (r.errors?.length ? `${r.errors[0].extensions?.code}` : 'OK')).sort();

describe('concurrent edits never silently overwrite each other', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: true });
  });
  afterAll(async () => s?.close());

  it('50 concurrent updates of one record with the same version: exactly one wins, the rest get CONFLICT', async () => {
    const plan = ok(await s.gql(`{ plan(code: "KH-2024") { id version title } }`)).plan;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => s.gql(`mutation($id: ID!, $v: Int!, $t: String) { updatePlan(id: $id, version: $v, patch: { title: $t }) { title version } }`, { id: plan.id, v: plan.version, t: `Tiêu đề ${i}` })),
    );
    const c = codes(results);
    expect(c.filter((x) => x === 'OK')).toHaveLength(1);
    expect(c.filter((x) => x === 'CONFLICT')).toHaveLength(49);
    const winner = results.find((r) => !r.errors)!.data.updatePlan;
    const now = ok(await s.gql(`query($id: ID) { plan(id: $id) { title version } auditEvents(filter: { entity: "Plan", recordId: $id }) { totalCount } }`, { id: plan.id }));
    expect(now.plan).toEqual({ title: winner.title, version: plan.version + 1 });
    expect(now.auditEvents.totalCount).toBe(1);
  });

  it('approving and editing one report at once: one of them wins, and the other changes nothing', async () => {
    const ind = ok(await s.gql(`{ indicator(code: "DVCTT-MOT-PHAN-HOSO") { id } }`)).indicator.id;
    const m = ok(await s.gql(`mutation($i: ID!) { recordMeasurement(input: { indicatorId: $i, periodYear: 2025, numerator: 1, denominator: 2 }) { id version } }`, { i: ind })).recordMeasurement;
    const sub = ok(await s.gql(`mutation($id: ID!, $v: Int!) { submitMeasurement(id: $id, version: $v) { version } }`, { id: m.id, v: m.version })).submitMeasurement;
    const editor = (await s.login(Role.OFFICE_EDITOR)).token;
    const [approve, edit] = await Promise.all([
      s.gql(`mutation($id: ID!, $v: Int!) { approveMeasurement(id: $id, version: $v) { status } }`, { id: m.id, v: sub.version }, { token: editor }),
      s.gql(`mutation($id: ID!, $v: Int!) { updateMeasurement(id: $id, version: $v, patch: { numerator: 2 }) { numerator } }`, { id: m.id, v: sub.version }),
    ]);
    expect(codes([approve, edit])).toEqual(['CONFLICT', 'OK']);
    const now = ok(await s.gql(`query($id: ID) { measurement(id: $id) { status numerator version } }`, { id: m.id })).measurement;
    expect(now.version).toBe(sub.version + 1);
    expect(now.status === 'APPROVED' ? now.numerator === 1 : now.status === 'SUBMITTED' && now.numerator === 2).toBe(true);
  });

  it('two agencies made lead of one task at once: the rule "exactly one lead" holds', async () => {
    const d = ok(await s.gql(`{ task(code: "KH2024-NV05") { id } agencies(first: 12, filter: { kinds: [DEPARTMENT, DISTRICT_LEVEL, GROUP] }) { nodes { id } } }`));
    const results = await Promise.all(
      d.agencies.nodes.map((a: any) => s.gql(`mutation($t: ID, $a: ID!) { createAssignment(input: { taskId: $t, agencyId: $a, role: LEAD }) { id } }`, { t: d.task.id, a: a.id })),
    );
    const c = codes(results);
    expect(c.filter((x) => x === 'OK')).toHaveLength(1);
    expect(c.every((x) => x === 'OK' || x === 'CONFLICT')).toBe(true);
    const swaps = await Promise.all(
      d.agencies.nodes.slice(0, 6).map((a: any) => s.gql(`mutation($t: ID!, $a: ID!) { assignAccountability(input: { subjectType: TASK, subjectId: $t, leadAgencyId: $a }) { role } }`, { t: d.task.id, a: a.id })),
    );
    expect(codes(swaps).every((x) => x === 'OK' || x === 'CONFLICT')).toBe(true);
    const leads = ok(await s.gql(`query($t: ID) { assignments(filter: { taskId: $t, roles: [LEAD] }) { totalCount } }`, { t: d.task.id })).assignments.totalCount;
    expect(leads).toBe(1);
  });
});

const onMariaDb = testDialect() === 'mysql' ? describe : describe.skip;

onMariaDb('two server instances on one MariaDB database', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ seed: true });
    b = await startTestServer({ seed: true, database: a.db.config });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('a write on one is read on the other, sessions work on both, and optimistic locking holds across them', async () => {
    const created = ok(await a.gql(`mutation { createPlan(input: { code: "TWO-INSTANCES", title: "Kế hoạch thử hai máy chủ", kind: PROJECT, startYear: 2026, endYear: 2027 }) { id version } }`)).createPlan;
    const seen = ok(await b.gql(`{ plan(code: "TWO-INSTANCES") { id title } }`, {}, { token: a.adminToken })).plan;
    expect(seen).toEqual({ id: created.id, title: 'Kế hoạch thử hai máy chủ' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).gql(`mutation($id: ID!) { updatePlan(id: $id, version: 1, patch: { summary: "${i}" }) { version } }`, { id: created.id }, { token: a.adminToken })),
    );
    expect(codes(results).filter((x) => x === 'OK')).toHaveLength(1);
    expect(codes(results).filter((x) => x === 'CONFLICT')).toHaveLength(19);
    expect(ok(await a.gql(`{ plan(code: "TWO-INSTANCES") { version } }`)).plan.version).toBe(2);
  });
});
