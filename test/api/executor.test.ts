import fs from 'node:fs';
import path from 'node:path';
import { execute, getIntrospectionQuery, parse } from 'graphql';
import { createContext } from '../../server/src/context';
import { buildAppSchema } from '../../server/src/schema';
import { Role, startTestServer, type TestServer } from '../support/server';

const example = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../schema/examples', name), 'utf8');

/**
 * The server executes operations with graphql-jit (server/src/common/executor.ts). Each document
 * here is answered twice over the seeded programme — by the server over HTTP, and by graphql-js's
 * own `execute` on the same schema with the same caller — and the answers must be the same:
 * data, and each error's path and code (null propagation included).
 */
describe('compiled execution answers what graphql-js answers', () => {
  let s: TestServer;
  let schema: Awaited<ReturnType<typeof buildAppSchema>>;
  beforeAll(async () => {
    s = await startTestServer({ seed: true });
    schema = await buildAppSchema();
  });
  afterAll(async () => s?.close());

  async function both(query: string, variables: Record<string, unknown>, token: string) {
    const http = await s.gql(query, variables, { token });
    const principal = await s.server.sessions.principalOf(s.server.dataSource.manager, `Bearer ${token}`);
    const direct = await execute({ schema, document: parse(query), contextValue: createContext(s.server.dataSource, 'executor-test', principal, { sessions: s.server.sessions }), variableValues: variables });
    const errors = (list: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined) =>
      (list ?? []).map((e) => [e.path ?? null, e.extensions?.code ?? null]);
    return {
      http: { data: http.data ?? null, errors: errors(http.errors) },
      direct: { data: JSON.parse(JSON.stringify(direct.data ?? null)), errors: errors(direct.errors) },
    };
  }

  const documents: Array<[string, string, Record<string, unknown>]> = [
    ['agency-assignments example (union of Indicator and Task, nested targets and progress)', example('agency-assignments.graphql'), { code: 'CONG-AN-TP' }],
    ['plan-progress example (roll-ups, lists of objects three levels down)', example('plan-progress.graphql'), { code: 'KH-2024' }],
    ['changes-since example (custom DateTime scalar in a variable, connections)', example('changes-since.graphql'), { since: '2020-01-01T00:00:00Z', after: null }],
    [
      'aliases, fragments, @include/@skip and __typename',
      `query($all: Boolean!, $none: Boolean!) {
        first: plans(first: 3) { totalCount nodes { code ...P @include(if: $all) owner: ownerAgency @skip(if: $none) { nameVi } } }
        kh: plan(code: "KH-2024") { __typename code tasks { ... on Task { code status } } }
        missing: plan(code: "NO-SUCH-PLAN") { code }
      }
      fragment P on Plan { title startYear endYear }`,
      { all: true, none: false },
    ],
    ['introspection (the console reads the schema this way)', getIntrospectionQuery(), {}],
  ];

  it.each(documents)('%s', async (_name, query, variables) => {
    const { http, direct } = await both(query, variables, s.adminToken);
    expect(http.errors).toEqual([]);
    expect(http.data).not.toBeNull();
    expect(http).toEqual(direct);
  });

  it('errors: the same paths, codes and nulls — a refused non-null field empties data, a bad nullable one only itself', async () => {
    const viewer = await s.login(Role.AGENCY_VIEWER, 'SO-TTTT');
    const refused = await both(`{ me { email role } plans(first: 2) { nodes { code } } auditEvents(first: 1) { nodes { id } } }`, {}, viewer.token);
    expect(refused.http).toEqual({ data: null, errors: [[['auditEvents'], 'FORBIDDEN']] });
    expect(refused.http).toEqual(refused.direct);
    const bad = await both(`{ me { role } measurement(id: "not-an-id") { id } plan(code: "KH-2024") { code } }`, {}, viewer.token);
    expect(bad.http).toEqual({ data: { me: { role: 'AGENCY_VIEWER' }, measurement: null, plan: { code: 'KH-2024' } }, errors: [[['measurement'], 'BAD_USER_INPUT']] });
    expect(bad.http).toEqual(bad.direct);
  });
});
