import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../server/src/schema';
import { ok, Role, startTestServer, type TestServer } from '../support/server';

const DIR = path.resolve(__dirname, '../../schema/examples');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

describe('schema/examples: the operations integrators use', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: true });
  });
  afterAll(async () => s?.close());

  it('are valid against the schema (every file)', async () => {
    const schema = await buildAppSchema();
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.graphql'));
    expect(files.sort()).toEqual(['agency-assignments.graphql', 'changes-since.graphql', 'plan-progress.graphql', 'record-measurement.graphql']);
    for (const f of files) expect([f, validate(schema, parse(read(f))).map((e) => e.message)]).toEqual([f, []]);
  });

  it('agency-assignments: an agency\'s assignments with indicators, targets and latest values (with an integrator token)', async () => {
    const token = ok(await s.gql(`mutation { createApiToken(input: { name: "examples" }) { token } }`)).createApiToken.token;
    const d = ok(await s.gql(read('agency-assignments.graphql'), { code: 'CONG-AN-TP' }, { token }));
    expect(d.agency.code).toBe('CONG-AN-TP');
    expect(d.agency.assignments.some((a: any) => a.role === 'LEAD' && a.subject.__typename === 'Task')).toBe(true);
    expect(d.agency.scorecard).toHaveProperty('targetsTotal');
  });

  it('plan-progress: a plan\'s roll-up and its indicators\' progress', async () => {
    const d = ok(await s.gql(read('plan-progress.graphql'), { code: 'KH-2024' }));
    expect(d.plan.progress.tasksTotal).toBeGreaterThanOrEqual(11);
    expect(d.plan.indicators.find((i: any) => i.code === 'KTS-GRDP-SHARE').progress.length).toBeGreaterThanOrEqual(2);
  });

  it('record-measurement then changes-since: a new draft shows up in the next sync, for the office', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const agency = await s.login(Role.AGENCY_EDITOR, 'SO-TTTT');
    const ids = ok(await s.gql(`{ i: indicator(code: "DVCTT-TOAN-TRINH-HOSO") { id } a: agency(code: "SO-TTTT") { id } }`));
    ok(await s.gql(`mutation($i: ID!, $a: ID!) { assignAccountability(input: { subjectType: INDICATOR, subjectId: $i, leadAgencyId: $a }) { id } openReportingPeriod(input: { indicatorId: $i, periodYear: 2025 }) { id } }`, { i: ids.i.id, a: ids.a.id }));
    const doc = read('record-measurement.graphql');
    const input = { indicatorId: ids.i.id, agencyId: ids.a.id, periodYear: 2025, numerator: 1002345, denominator: 1200000, reportedValue: 83.5, reportedText: '83,5%', evidenceUrl: 'https://example.org/bao-cao-2025.pdf', externalKey: 'lgsp:dvctt:2025:SO-TTTT' };
    const rec = ok(await s.gql(doc, { input }, { token: agency.token, operationName: 'RecordMeasurement' })).recordMeasurement;
    expect(rec).toMatchObject({ status: 'DRAFT', reportedValue: 83.5, flags: [] });
    expect(rec.value).toBeCloseTo(83.5287, 3);
    const again = ok(await s.gql(doc, { input: { ...input, reportedValue: 85, reportedText: '85%' } }, { token: agency.token, operationName: 'RecordMeasurement' })).recordMeasurement;
    expect(again).toMatchObject({ id: rec.id, version: 2, flags: ['REPORTED_VALUE_MISMATCH'] });
    const sent = ok(await s.gql(doc, { id: rec.id, version: 2 }, { token: agency.token, operationName: 'SubmitMeasurement' })).submitMeasurement;
    expect(sent).toMatchObject({ status: 'SUBMITTED', version: 3 });

    const sync = read('changes-since.graphql');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(await s.gql(sync, { since, after })).measurements;
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toContain(rec.id);
    const old = ok(await s.gql(sync, { since: '2000-01-01T00:00:00Z', after: null })).measurements;
    expect(old.totalCount).toBeGreaterThanOrEqual(19);
    const future = ok(await s.gql(sync, { since: new Date(Date.now() + 60_000).toISOString(), after: null }));
    expect([future.measurements.totalCount, future.targets.totalCount]).toEqual([0, 0]);
  });
});
