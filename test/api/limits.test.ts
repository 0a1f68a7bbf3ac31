import { ok, Role, startTestServer, type TestServer } from '../support/server';

describe('request limits', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: true, config: { env: 'production' } });
  });
  afterAll(async () => s?.close());

  it('refuses a query nested deeper than 12 levels', async () => {
    const deep = `{ plans { nodes { ${'parent { '.repeat(11)}code${' }'.repeat(11)} } } }`;
    const res = await s.gql(deep);
    expect([res.status, res.errors?.[0].extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses more than 20 aliases', async () => {
    const many = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: plans { totalCount }`).join(' ')} }`;
    const res = await s.gql(many);
    expect([res.status, res.errors?.[0].extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a document of more than 5000 tokens', async () => {
    const huge = `{ plans(filter: { ids: [${Array.from({ length: 6000 }, (_, i) => `"${i + 1}"`).join(', ')}] }) { totalCount } }`;
    const res = await s.gql(huge);
    expect([res.status, res.errors?.[0].extensions?.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
  });

  it('refuses a query that could touch too many rows for the role, naming its cost and the limit', async () => {
    const query = `{ agencies(first: 500) { nodes { assignments { subject { ... on Task { indicators { targets { assignments { agency { children { code } } } } } } } } } } }`;
    const integrator = ok(await s.gql(`mutation { createApiToken(input: { name: "cost" }) { token } }`)).createApiToken.token;
    const res = await s.gql(query, {}, { token: integrator });
    expect([res.status, res.errors?.[0].extensions?.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(res.errors?.[0].extensions).toMatchObject({ limit: 2_000_000 });
    expect(res.errors?.[0].extensions?.cost).toBeGreaterThan(2_000_000);
    expect(ok(await s.gql(`{ agencies(first: 50) { nodes { code assignments { role } } } }`, {}, { token: integrator })).agencies.nodes.length).toBeGreaterThan(0);
  });

  it('prices each request by its own variables where they can change the cost, and the same document alike every time', async () => {
    const integrator = ok(await s.gql(`mutation { createApiToken(input: { name: "cost-vars" }) { token } }`)).createApiToken.token;
    const heavy = `assignments { subject { ... on Task { indicators { targets { assignments { agency { children { code } } } } } } } }`;
    const byFirst = `query($n: Int) { agencies(first: $n) { nodes { code ${heavy} } } }`;
    const code = async (query: string, variables: Record<string, unknown>) => (await s.gql(query, variables, { token: integrator })).errors?.[0]?.extensions?.code ?? 'OK';
    expect([await code(byFirst, { n: 500 }), await code(byFirst, { n: 1 }), await code(byFirst, { n: 500 })]).toEqual(['QUERY_TOO_COMPLEX', 'OK', 'QUERY_TOO_COMPLEX']);
    const byDirective = `query($all: Boolean!) { agencies(first: 500) { nodes { code ... @include(if: $all) { ${heavy} } } } }`;
    expect([await code(byDirective, { all: true }), await code(byDirective, { all: false }), await code(byDirective, { all: true })]).toEqual(['QUERY_TOO_COMPLEX', 'OK', 'QUERY_TOO_COMPLEX']);
    const fixed = `query($q: String) { agencies(first: 500, filter: { q: $q }) { nodes { code ${heavy} } } }`;
    expect([await code(fixed, { q: 'a' }), await code(fixed, { q: 'b' }), await code(fixed, { q: 42 })]).toEqual(['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX', 'BAD_USER_INPUT']);
    const cheap = `query($q: String) { agencies(first: 5, filter: { q: $q }) { nodes { code } } }`;
    expect([await code(cheap, { q: 'a' }), await code(cheap, { q: 'b' }), await code(cheap, { q: 42 })]).toEqual(['OK', 'OK', 'BAD_USER_INPUT']);
  });

  it('answers a body over 1 MB with 413', async () => {
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ plans { totalCount } }`, variables: { pad: 'x'.repeat(1_100_000) } }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('closes introspection to anonymous callers in production, and keeps it for signed-in ones', async () => {
    const anon = await s.gql(`{ __schema { queryType { name } } }`, {}, { token: null });
    expect([anon.status, anon.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(ok(await s.gql(`{ __schema { queryType { name } } }`)).__schema.queryType.name).toBe('Query');
  });

  it('rate-limits failed sign-ins per email, even for the right password afterwards, without saying whether the email exists', async () => {
    const { email } = await s.login(Role.AGENCY_VIEWER, 'SO-TTTT');
    const q = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    for (let i = 0; i < 10; i++) expect((await s.gql(q, { e: email, p: `wrong-${i}-password` }, { token: null })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await s.gql(q, { e: email, p: 'test-password-123' }, { token: null });
    expect([blocked.status, blocked.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    expect(blocked.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) await s.gql(q, { e: 'nobody@test.local', p: 'wrong-password' }, { token: null });
    const unknown = await s.gql(q, { e: 'nobody@test.local', p: 'wrong-password' }, { token: null });
    expect(unknown.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
