import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../server/src/schema';
import { ok, startTestServer, type TestServer } from '../support/server';

/** Codes a client may see for bad input; anything else (INTERNAL_SERVER_ERROR, a 500) is a defect. */
const EXPECTED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "'; DROP TABLE plan; --",
    '" OR 1=1 --',
    'Robert\'); DELETE FROM agency WHERE (\'1\'=\'1',
    '\u0000\u0001\u0007\u001b[31m',
    '%_%\\!',
    'Chuye\u0302\u0309n \u0111o\u0302\u0309i so\u0302\u0301', // NFD Vietnamese
    '<script>alert(1)</script>',
    '😀'.repeat(50),
    '2024-02-30',
    'NaN',
    '-Infinity',
    '1e400',
  ),
  fc.string({ minLength: 1001, maxLength: 30000 }),
);

const hostileNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, -1e308, 1e308, 1e-320));

/** A value for an input type from the schema: right shapes with hostile contents. */
function arb(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arb(type.ofType, depth);
  if (isListType(type)) return fc.array(arb(type.ofType, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => depth < 2 || isNonNullType(f.type));
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) shape[f.name] = isNonNullType(f.type) ? arb(f.type, depth + 1) : fc.option(arb(f.type, depth + 1), { nil: undefined });
    return fc.record(shape, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) }).map((r) => JSON.parse(JSON.stringify(r)));
  }
  switch (getNamedType(type).name) {
    case 'ID': return fc.oneof(fc.constantFrom('1', '2', '0', '-1', '999999999999', '1 OR 1=1', ''), fc.string({ maxLength: 12 }));
    case 'Int': return fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -1, 1975, 2200, 2201));
    case 'Float': return hostileNumber;
    case 'Boolean': return fc.boolean();
    case 'DateTimeISO': return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileString);
    default: return hostileString;
  }
}

async function snapshot(s: TestServer) {
  const ds = s.server.dataSource;
  const counts: Record<string, number> = {};
  for (const meta of ds.entityMetadatas) counts[meta.tableName] = await ds.manager.count(meta.target as never);
  return counts;
}

describe('hostile input is answered with a stable code, and nothing is written', () => {
  let s: TestServer;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    s = await startTestServer({ seed: true });
    schema = await buildAppSchema();
  });
  afterAll(async () => s?.close());

  const MUTATIONS = ['createPlan', 'updatePlan', 'createIndicator', 'recordMeasurement', 'setTargetSeries', 'assignAccountability', 'createAssignment', 'importTargets', 'deleteTask'];

  it.each(MUTATIONS)('%s: generated inputs from the schema\'s input types', async (name) => {
    const field = schema.getMutationType()!.getFields()[name];
    const args = field.args.filter((a) => isNonNullType(a.type) || a.name === 'dryRun');
    const vars = fc.record(Object.fromEntries(args.map((a) => [a.name, a.name === 'dryRun' ? fc.boolean() : arb(a.type)])));
    const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `mutation(${defs}) { ${name}(${call}) { __typename } }`;
    await fc.assert(
      fc.asyncProperty(vars, async (variables) => {
        const before = await snapshot(s);
        const res = await s.gql(query, variables);
        expect(res.status).toBeLessThan(500);
        if (res.errors?.length) {
          for (const e of res.errors) expect([e.extensions?.code, EXPECTED.has(e.extensions?.code)]).toEqual([e.extensions?.code, true]);
          expect(await snapshot(s)).toEqual(before);
        }
      }),
      { numRuns: 25, seed: 20261122 },
    );
  });

  it('lists: tampered cursors, negative or huge first/offset, invalid dates', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['query($a: String) { plans(after: $a) { totalCount } }', { a: 'ZHgxOjk5OTk5OTk5OTk5' }],
      ['query($a: String) { plans(after: $a) { totalCount } }', { a: '../../etc/passwd' }],
      ['query($n: Int) { plans(first: $n) { totalCount } }', { n: -1 }],
      ['query($n: Int) { plans(first: $n) { totalCount } }', { n: 100000 }],
      ['query($n: Int) { plans(offset: $n) { totalCount } }', { n: -5 }],
      ['query($n: Int) { plans(offset: $n) { totalCount } }', { n: 2147483647 }],
      ['query($d: DateTimeISO) { plans(filter: { updatedAfter: $d }) { totalCount } }', { d: '2024-13-45T99:99:99Z' }],
      ['query($i: [ID!]) { plans(filter: { ids: $i }) { totalCount } }', { i: ['1; DROP TABLE plan'] }],
      ['{ plans(first: 1.5) { totalCount } }', {}],
      ['query($x: Float) { indicators(filter: { q: "x" }) { totalCount } a: indicator(code: "x") { id } }', {}],
    ];
    for (const [query, variables] of cases) {
      const res = await s.gql(query, variables);
      const code = res.errors?.[0]?.extensions?.code;
      expect([query, variables, res.status < 500, code == null || EXPECTED.has(code)]).toEqual([query, variables, true, true]);
    }
    expect((await s.gql(`{ plans(first: -1) { totalCount } }`)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['first'], reason: 'OUT_OF_RANGE' }] });
  });

  it('stores Vietnamese as NFC and finds it whichever form is typed', async () => {
    const nfd = 'Ke\u0302\u0301 hoa\u0323ch chuye\u0302\u0309n \u0111o\u0302\u0309i so\u0302\u0301 NFD';
    const p = ok(await s.gql(`mutation($t: String!) { createPlan(input: { code: "NFD-1", title: $t, kind: PROJECT, startYear: 2026, endYear: 2026 }) { title } }`, { t: nfd })).createPlan;
    expect(p.title).toBe(nfd.normalize('NFC'));
    for (const q of [nfd, nfd.normalize('NFC'), 'ke hoach chuyen doi so nfd']) {
      expect([q, ok(await s.gql(`query($q: String) { plans(filter: { q: $q }) { nodes { code } } }`, { q })).plans.nodes.map((n: any) => n.code)]).toEqual([q, ['NFD-1']]);
    }
  });
});
