import { ok, Role, startTestServer, type TestServer } from '../support/server';

describe('accountability workflow over the seeded programme', () => {
  let s: TestServer;
  let agency: string; // Sở TT&TT agency editor
  let otherAgency: string; // Sở GTVT agency editor
  let ids: Record<string, string>;

  const auditCount = async () => ok(await s.gql(`{ auditEvents(first: 0) { totalCount } }`)).auditEvents.totalCount as number;
  /** Every successful mutation must leave at least one audit event. */
  const mutate = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const before = await auditCount();
    const data = ok(await s.gql(query, variables, { token }));
    expect(await auditCount()).toBeGreaterThan(before);
    return data;
  };
  const refused = async (query: string, variables: Record<string, unknown>, token: string | undefined, code: string) => {
    const before = await auditCount();
    const res = await s.gql(query, variables, { token });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(await auditCount()).toBe(before);
    return res.errors![0];
  };

  beforeAll(async () => {
    s = await startTestServer({ seed: true });
    agency = (await s.login(Role.AGENCY_EDITOR, 'SO-TTTT')).token;
    otherAgency = (await s.login(Role.AGENCY_EDITOR, 'SO-GTVT')).token;
    const d = ok(await s.gql(`{
      so: agency(code: "SO-TTTT") { id } gtvt: agency(code: "SO-GTVT") { id }
      ind: indicator(code: "DVCTT-TOAN-TRINH-HOSO") { id } other: indicator(code: "VAN-BAN-DIEN-TU") { id }
      task: task(code: "KH2024-NV01") { id version }
    }`));
    ids = { so: d.so.id, gtvt: d.gtvt.id, ind: d.ind.id, other: d.other.id, task: d.task.id };
    await mutate(`mutation($i: ID!, $so: ID!, $g: ID!) { assignAccountability(input: { subjectType: INDICATOR, subjectId: $i, leadAgencyId: $so, cooperatingAgencyIds: [$g] }) { id } }`, { i: ids.ind, so: ids.so, g: ids.gtvt });
    await mutate(`mutation($t: ID!, $so: ID!) { assignAccountability(input: { subjectType: TASK, subjectId: $t, leadAgencyId: $so, dueDate: "2024-12-31" }) { id } }`, { t: ids.task, so: ids.so });
  });
  afterAll(async () => s?.close());

  const RECORD = `mutation($i: ID!, $a: ID) { recordMeasurement(input: { indicatorId: $i, agencyId: $a, periodYear: 2025, numerator: 900, denominator: 1000, reportedValue: 90, reportedText: "90%", evidenceUrl: "https://example.org/bao-cao.pdf" }) { id version status value } }`;

  it('refuses a report outside an open reporting period, with the reason', async () => {
    const err = await refused(RECORD, { i: ids.ind, a: ids.so }, agency, 'FORBIDDEN');
    expect(err.message).toMatch(/not open/);
    const period = await mutate(`mutation($i: ID!) { openReportingPeriod(input: { indicatorId: $i, periodYear: 2025, dueDate: "2026-03-31" }) { id version status } }`, { i: ids.ind });
    expect(period.openReportingPeriod.status).toBe('OPEN');
    ids.period = period.openReportingPeriod.id;
  });

  it('lets an agency report only for itself and on what it is assigned', async () => {
    await refused(RECORD, { i: ids.ind, a: ids.gtvt }, agency, 'FORBIDDEN');
    await refused(RECORD, { i: ids.other, a: ids.so }, agency, 'FORBIDDEN');
    await refused(RECORD, { i: ids.ind, a: ids.so }, (await s.login(Role.AGENCY_VIEWER, 'SO-TTTT')).token, 'FORBIDDEN');
  });

  it('runs report → return → resubmit → approve → locked → reopen, recording who and when', async () => {
    const created = (await mutate(RECORD, { i: ids.ind, a: ids.so }, agency)).recordMeasurement;
    expect(created).toMatchObject({ status: 'DRAFT', value: 90, version: 1 });
    ids.m = created.id;
    const step = (name: string, extra = '') => `mutation($id: ID!, $v: Int!${extra ? ', $r: String!' : ''}) { ${name}(id: $id, version: $v${extra}) { status version returnReason submittedAt approvedAt reviewedBy { email } } }`;

    const submitted = (await mutate(step('submitMeasurement'), { id: ids.m, v: 1 }, agency)).submitMeasurement;
    expect(submitted.status).toBe('SUBMITTED');
    await refused(`mutation($id: ID!) { updateMeasurement(id: $id, version: 2, patch: { numerator: 950 }) { id } }`, { id: ids.m }, agency, 'FORBIDDEN');
    await refused(step('approveMeasurement'), { id: ids.m, v: 2 }, agency, 'FORBIDDEN');
    await refused(step('returnMeasurement', ', reason: $r'), { id: ids.m, v: 2, r: '   ' }, undefined, 'BAD_USER_INPUT');

    const editor = (await s.login(Role.OFFICE_EDITOR)).token;
    const returned = (await mutate(step('returnMeasurement', ', reason: $r'), { id: ids.m, v: 2, r: 'Thiếu mẫu số theo hướng dẫn' }, editor)).returnMeasurement;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Thiếu mẫu số theo hướng dẫn' });

    const fixed = (await mutate(`mutation($id: ID!) { updateMeasurement(id: $id, version: 3, patch: { numerator: 950 }) { version value } }`, { id: ids.m }, agency)).updateMeasurement;
    expect(fixed).toEqual({ version: 4, value: 95 });
    await mutate(step('submitMeasurement'), { id: ids.m, v: 4 }, agency);
    await refused(step('approveMeasurement'), { id: ids.m, v: 4 }, editor, 'CONFLICT');
    const approved = (await mutate(step('approveMeasurement'), { id: ids.m, v: 5 }, editor)).approveMeasurement;
    expect(approved).toMatchObject({ status: 'APPROVED', reviewedBy: { email: 'office_editor.office@test.local' } });
    expect(approved.approvedAt).toBeTruthy();

    for (const token of [agency, editor]) await refused(`mutation($id: ID!) { updateMeasurement(id: $id, version: 6, patch: { numerator: 1 }) { id } }`, { id: ids.m }, token, 'FORBIDDEN');
    await refused(`mutation($id: ID!) { deleteMeasurement(ids: [$id]) { deletedIds } }`, { id: ids.m }, editor, 'FORBIDDEN');
    await refused(step('reopenMeasurement', ', reason: $r'), { id: ids.m, v: 6, r: '' }, editor, 'BAD_USER_INPUT');
    const reopened = (await mutate(step('reopenMeasurement', ', reason: $r'), { id: ids.m, v: 6, r: 'Sở Tư pháp đề nghị rà soát lại' }, editor)).reopenMeasurement;
    expect(reopened).toMatchObject({ status: 'RETURNED', returnReason: 'Sở Tư pháp đề nghị rà soát lại', version: 7 });

    const history = ok(await s.gql(`query($id: ID) { auditEvents(filter: { entity: "Measurement", recordId: $id }, direction: ASC) { nodes { action actor reason before after } } }`, { id: ids.m })).auditEvents.nodes;
    expect(history.map((e: any) => e.action)).toEqual(['CREATE', 'SUBMIT', 'RETURN', 'UPDATE', 'SUBMIT', 'APPROVE', 'REOPEN']);
    expect(history[0]).toMatchObject({ before: null, after: { status: 'DRAFT', numerator: 900 } });
    expect(history[2]).toMatchObject({ reason: 'Thiếu mẫu số theo hướng dẫn', before: { status: 'SUBMITTED' }, after: { status: 'RETURNED' } });
    expect(history[3]).toMatchObject({ before: { numerator: 900, value: 90 }, after: { numerator: 950, value: 95 } });
    expect(history[0].actor).toMatch(/agency_editor\.so-tttt@test\.local/);
  });

  it('shows drafts only to the office and the reporting agency', async () => {
    const draft = (await mutate(`mutation($i: ID!, $a: ID) { recordMeasurement(input: { indicatorId: $i, agencyId: $a, periodYear: 2025, numerator: 1, denominator: 2, externalKey: "so-tttt:draft" }) { id } }`, { i: ids.ind, a: ids.so }, agency)).recordMeasurement.id;
    const integrator = ok(await s.gql(`mutation { createApiToken(input: { name: "visibility" }) { token } }`)).createApiToken.token;
    const viewers: Array<[string, string | undefined, boolean]> = [
      ['office', undefined, true],
      ['the reporting agency', agency, true],
      ['its viewer', (await s.login(Role.AGENCY_VIEWER, 'SO-TTTT')).token, true],
      ['another agency', otherAgency, false],
      ['an integrator', integrator, false],
    ];
    for (const [who, token, sees] of viewers) {
      const d = ok(await s.gql(`query($id: ID, $i: ID!) { measurement(id: $id) { id } measurements(filter: { indicatorIds: [$i] }, first: 100) { nodes { id } } indicator(id: $i) { measurements { id } } }`, { id: draft, i: ids.ind }, { token }));
      expect([who, d.measurement?.id ?? null]).toEqual([who, sees ? draft : null]);
      expect([who, d.measurements.nodes.some((n: any) => n.id === draft)]).toEqual([who, sees]);
      expect([who, d.indicator.measurements.some((n: any) => n.id === draft)]).toEqual([who, sees]);
    }
    await refused(`mutation($id: ID!) { deleteMeasurement(ids: [$id]) { deletedIds } }`, { id: draft }, otherAgency, 'FORBIDDEN');
    expect((await mutate(`mutation($id: ID!) { deleteMeasurement(ids: [$id]) { deletedIds } }`, { id: draft }, agency)).deleteMeasurement.deletedIds).toEqual([draft]);
  });

  it('refuses reports once the period is closed', async () => {
    const p = ok(await s.gql(`query($i: ID!) { reportingPeriods(filter: { indicatorIds: [$i] }) { nodes { id version } } }`, { i: ids.ind })).reportingPeriods.nodes[0];
    await mutate(`mutation($id: ID!, $v: Int!) { closeReportingPeriod(id: $id, version: $v) { status } }`, { id: p.id, v: p.version });
    const err = await refused(RECORD, { i: ids.ind, a: ids.so }, agency, 'FORBIDDEN');
    expect(err.message).toMatch(/closed/);
  });

  it('applies an approved task progress report to the task', async () => {
    const u = (await mutate(`mutation($t: ID!, $a: ID!) { createTaskUpdate(input: { taskId: $t, agencyId: $a, taskStatus: IN_PROGRESS, progress: 60, comment: "Đã triển khai 6/10 hạng mục", evidenceUrl: "https://example.org/tien-do" }) { id status } }`, { t: ids.task, a: ids.so }, agency)).createTaskUpdate;
    expect(u.status).toBe('DRAFT');
    await refused(`mutation($t: ID!, $a: ID!) { createTaskUpdate(input: { taskId: $t, agencyId: $a, taskStatus: DONE, progress: 100 }) { id } }`, { t: ids.task, a: ids.gtvt }, otherAgency, 'FORBIDDEN');
    await mutate(`mutation($id: ID!) { submitTaskUpdate(id: $id, version: 1) { status } }`, { id: u.id }, agency);
    const approved = (await mutate(`mutation($id: ID!) { approveTaskUpdate(id: $id, version: 2) { status } }`, { id: u.id })).approveTaskUpdate;
    expect(approved.status).toBe('APPROVED');
    const task = ok(await s.gql(`query($id: ID) { task(id: $id) { status progress updates { status progress } } }`, { id: ids.task })).task;
    expect(task).toMatchObject({ status: 'IN_PROGRESS', progress: 60, updates: [{ status: 'APPROVED', progress: 60 }] });
  });

  it('lists my assignments, returned reports and overdue work first', async () => {
    const items = ok(await s.gql(`{ myAssignments { subjectTitle dueDate overdue returnedReports draftReports reportingOpen assignment { role subject { __typename } } } }`, {}, { token: agency })).myAssignments;
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items[0]).toMatchObject({ returnedReports: 1, assignment: { role: 'LEAD', subject: { __typename: 'Indicator' } } });
    const task = items.find((i: any) => i.assignment.subject.__typename === 'Task' && i.assignment.role === 'LEAD');
    expect(task).toMatchObject({ dueDate: '2024-12-31', overdue: true });
    const roles = new Set(items.map((i: any) => i.assignment.role));
    expect(roles.has('COOPERATING')).toBe(true);
    const other = ok(await s.gql(`{ myAssignments { assignment { agency { code } } } }`, {}, { token: otherAgency })).myAssignments;
    expect(other.every((i: any) => i.assignment.agency.code === 'SO-GTVT')).toBe(true);
    const office = ok(await s.gql(`query($a: ID) { myAssignments(agencyId: $a) { subjectTitle } }`, { a: ids.so })).myAssignments;
    expect(office.length).toBe(items.length);
  });

  it('has audited every kind of change this suite made', async () => {
    const kinds = ok(await s.gql(`{ auditEvents(first: 500) { nodes { action } } }`)).auditEvents.nodes.map((e: any) => e.action);
    for (const k of ['CREATE', 'UPDATE', 'DELETE', 'SUBMIT', 'RETURN', 'APPROVE', 'REOPEN', 'OPEN_PERIOD', 'CLOSE_PERIOD', 'LOGIN']) expect([k, kinds.includes(k)]).toEqual([k, true]);
  });
});
