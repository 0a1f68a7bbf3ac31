/**
 * A query that asks for no `createdAt` / `updatedAt` reads rows without those two columns
 * (Loaders.timestamps); one that asks for them anywhere — a nested field, a fragment, an alias —
 * gets them on every row, and so does every mutation's answer.
 */
import { openDb } from '../../bench/src/db';
import { generate } from '../../bench/src/generate';
import { startTestServer, type TestServer } from '../support/server';

const NESTED = `assignments { role subject { __typename
  ... on Indicator { code targets { periodYear value plan { code } progress { status } } }
  ... on Task { code indicators { code } } } }`;

describe('timestamps are read only when asked for', () => {
  let s: TestServer;
  let agencyCode: string;

  beforeAll(async () => {
    // The benchmark's small programme: agencies accountable for indicators with targets.
    s = await startTestServer({ seed: false, config: { auth: { principalCacheMs: 0 } } });
    const db = await openDb(s.db.config.url, { pool: 1 });
    try {
      agencyCode = (await generate(db, 'small')).agencyCode;
    } finally {
      await db.close();
    }
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  /** The answer, and the SQL that read rows in batches: the loaders' `IN (…)` reads and the targets with their progress (`WITH …`). */
  async function run(query: string, variables: Record<string, unknown> = {}) {
    s.statements.reset();
    const res = await s.gql(query, variables);
    expect(res.errors).toBeUndefined();
    const reads = s.statements.statements.filter((q) => /^\s*WITH\b/i.test(q) || /\bIN \(\?/.test(q));
    return { data: res.data, reads };
  }

  const timed = (q: string) => /created_at|updated_at/.test(q.replace(/ORDER BY[\s\S]*$/i, ''));

  it('leaves the columns out when no field asks for them, with the same answer otherwise', async () => {
    const without = await run(`query($c: String!) { agency(code: $c) { code ${NESTED} } }`, { c: agencyCode });
    const targets = without.data.agency.assignments.flatMap((a: any) => a.subject.targets ?? []);
    expect(targets.length).toBeGreaterThan(0);
    expect(without.reads.length).toBeGreaterThan(2);
    expect(without.reads.filter(timed)).toEqual([]);
    // The same document with timestamps asked for: the same data besides them, and every row has them.
    const withThem = await run(`query($c: String!) { agency(code: $c) { code updatedAt ${NESTED.replace('periodYear value', 'periodYear value createdAt updatedAt')} } }`, { c: agencyCode });
    expect(withThem.reads.some(timed)).toBe(true);
    const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x) => (k === 'createdAt' || k === 'updatedAt' ? undefined : x)));
    expect(strip(withThem.data)).toEqual(without.data);
    const timedTargets = withThem.data.agency.assignments.flatMap((a: any) => a.subject.targets ?? []);
    expect(timedTargets.length).toBe(targets.length);
    for (const t of timedTargets) {
      expect(new Date(t.createdAt).getTime()).toBeGreaterThan(Date.UTC(2020, 0, 1));
      expect(new Date(t.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(t.createdAt).getTime());
    }
  });

  it('reads them when a fragment or an aliased field asks, on any type', async () => {
    const viaFragment = await run(
      `query($c: String!) { agency(code: $c) { code assignments { subject { ... on Indicator { targets { ...T } } } } } }
       fragment T on Target { periodYear plan { code changed: updatedAt } }`,
      { c: agencyCode },
    );
    const plans = viaFragment.data.agency.assignments.flatMap((a: any) => (a.subject.targets ?? []).map((t: any) => t.plan));
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) expect(typeof p.changed).toBe('string');
  });

  it('a mutation answers with whole rows', async () => {
    const list = await run(`{ indicators(first: 1) { nodes { id } } }`);
    const id = list.data.indicators.nodes[0].id;
    const res = await s.gql(
      `mutation($i: CreateMeasurementInput!) { recordMeasurement(input: $i) { id createdAt updatedAt indicator { code updatedAt } } }`,
      { i: { indicatorId: id, periodYear: 2019, numerator: 1, denominator: 2, externalKey: 'timestamps-test' } },
    );
    expect(res.errors).toBeUndefined();
    expect(typeof res.data.recordMeasurement.createdAt).toBe('string');
    expect(typeof res.data.recordMeasurement.indicator.updatedAt).toBe('string');
  });
});
