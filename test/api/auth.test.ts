import { signSession } from '../../server/src/common/auth/tokens';
import { buildAppSchema } from '../../server/src/schema';
import { authRules, PUBLIC_FIELDS } from '../../server/src/common/auth/rules';
import { operationFor } from '../support/operations';
import { ok, Role, startTestServer, TEST_PASSWORD, type TestServer } from '../support/server';

const ROLES = [Role.OFFICE_ADMIN, Role.OFFICE_EDITOR, Role.AGENCY_EDITOR, Role.AGENCY_VIEWER, Role.INTEGRATOR];

describe('deny by default', () => {
  it('every Query and Mutation field has an explicit rule or is on the public list', async () => {
    const schema = await buildAppSchema();
    const rules = authRules();
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const unruled = fields.filter((f) => !rules.has(f) && !PUBLIC_FIELDS.has(f));
    expect(unruled).toEqual([]);
    expect([...PUBLIC_FIELDS]).toEqual(['login']);
    expect(fields.length).toBeGreaterThan(60);
  });
});

describe('who may call what (every root field × every role, over HTTP)', () => {
  let s: TestServer;
  const tokens: Record<string, string | null> = {};

  beforeAll(async () => {
    s = await startTestServer({ seed: true });
    for (const role of ROLES) {
      if (role === Role.INTEGRATOR) {
        tokens[role] = ok(await s.gql(`mutation { createApiToken(input: { name: "matrix" }) { token } }`)).createApiToken.token;
      } else {
        tokens[role] = (await s.login(role, role.startsWith('AGENCY') ? 'SO-TTTT' : null)).token;
      }
    }
    tokens.ANONYMOUS = null;
  });
  afterAll(async () => s?.close());

  it('answers UNAUTHENTICATED (401) without a token, FORBIDDEN (reason ROLE) outside the rule, and lets the rule\'s roles through', async () => {
    const schema = await buildAppSchema();
    const rules = authRules();
    const outcomes: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const field of Object.values(type.getFields())) {
        const { query, variables } = operationFor(schema, kind, field);
        for (const who of [...ROLES, 'ANONYMOUS']) {
          const res = await s.gql(query, variables, { token: tokens[who] });
          const err = res.errors?.[0]?.extensions;
          const got = err?.code === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : err?.code === 'FORBIDDEN' && err.reason === 'ROLE' ? 'FORBIDDEN' : 'ALLOWED';
          const rule = rules.get(field.name);
          const expected = PUBLIC_FIELDS.has(field.name) ? 'ALLOWED' : who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : rule!.length === 0 || rule!.includes(who as Role) ? 'ALLOWED' : 'FORBIDDEN';
          // login is public: dummy credentials are refused as credentials (401), never by role.
          if (PUBLIC_FIELDS.has(field.name) ? got === 'FORBIDDEN' : got !== expected) outcomes.push(`${field.name} as ${who}: expected ${expected}, got ${got} ${JSON.stringify(res.errors?.[0])}`);
          if (expected === 'UNAUTHENTICATED' && !PUBLIC_FIELDS.has(field.name)) expect(res.status).toBe(401);
        }
      }
    }
    expect(outcomes).toEqual([]);
  });
});

describe('sign-in and tokens', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: false });
  });
  afterAll(async () => s?.close());

  it('signs in, answers me, and never returns or records the password', async () => {
    const { email } = await s.login(Role.OFFICE_EDITOR);
    const res = ok(await s.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role } } }`, { e: email.toUpperCase(), p: TEST_PASSWORD }, { token: null }));
    expect(res.login.user).toEqual({ email, role: 'OFFICE_EDITOR' });
    expect(new Date(res.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = ok(await s.gql(`{ me { email role } }`, {}, { token: res.login.token }));
    expect(me.me).toEqual({ email, role: 'OFFICE_EDITOR' });
    const schema = await buildAppSchema();
    expect(Object.keys((schema.getType('User') as any).getFields())).not.toEqual(expect.arrayContaining(['password', 'passwordHash']));
    const audit = ok(await s.gql(`{ auditEvents(filter: { entity: "User" }, first: 100) { nodes { action before after } } }`));
    expect(audit.auditEvents.nodes.map((e: any) => e.action)).toEqual(expect.arrayContaining(['CREATE', 'LOGIN']));
    expect(JSON.stringify(audit)).not.toMatch(/password|argon2|test-password/i);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const q = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    const wrongPassword = await s.gql(q, { e: 'office_admin.office@test.local', p: 'not-the-password' }, { token: null });
    const unknownEmail = await s.gql(q, { e: 'nobody@test.local', p: 'not-the-password' }, { token: null });
    for (const r of [wrongPassword, unknownEmail]) {
      expect(r.status).toBe(401);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
  });

  it('refuses expired sessions, tampered tokens, revoked and expired API tokens, and deactivated users', async () => {
    const key = new TextEncoder().encode('test-secret-for-this-run-only');
    const expired = (await signSession(key, 1, -600)).token;
    const forged = (await signSession(new TextEncoder().encode('another-secret'), 1, 3600)).token;
    expect(ok(await s.gql(`{ me { id } }`, {}, { token: (await signSession(key, 1, 3600)).token })).me.id).toBe('1');
    for (const token of [expired, forged, `${s.adminToken}x`, 'dxt_not-a-real-token-at-all']) {
      const r = await s.gql(`{ plans { totalCount } }`, {}, { token });
      expect([r.status, r.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const created = ok(await s.gql(`mutation { createApiToken(input: { name: "LGSP" }) { token apiToken { id prefix } } }`));
    const token = created.createApiToken.token;
    expect(token.startsWith(created.createApiToken.apiToken.prefix)).toBe(true);
    expect(ok(await s.gql(`{ plans { totalCount } }`, {}, { token })).plans.totalCount).toBe(0);
    const listed = ok(await s.gql(`{ apiTokens { name prefix } }`));
    expect(JSON.stringify(listed)).not.toContain(token);
    ok(await s.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: created.createApiToken.apiToken.id }));
    const revoked = await s.gql(`{ plans { totalCount } }`, {}, { token });
    expect([revoked.status, revoked.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const past = ok(await s.gql(`mutation { createApiToken(input: { name: "old", expiresAt: "2020-01-01T00:00:00Z" }) { token } }`)).createApiToken.token;
    expect((await s.gql(`{ plans { totalCount } }`, {}, { token: past })).status).toBe(401);

    // A session verified once is still refused when it expires (exp has second precision).
    const short = await signSession(key, 1, 2);
    expect(ok(await s.gql(`{ me { id } }`, {}, { token: short.token })).me.id).toBe('1');
    await new Promise((r) => setTimeout(r, short.expiresAt.getTime() - Date.now() + 1100));
    expect((await s.gql(`{ me { id } }`, {}, { token: short.token })).status).toBe(401);

    const viewer = await s.login(Role.OFFICE_EDITOR);
    expect(ok(await s.gql(`{ me { email } }`, {}, { token: viewer.token })).me.email).toBe(viewer.email);
    const u = ok(await s.gql(`{ users(filter: { roles: [OFFICE_EDITOR] }) { nodes { id version } } }`)).users.nodes[0];
    ok(await s.gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, patch: { active: false }) { active } }`, { id: u.id, v: u.version }));
    expect((await s.gql(`{ me { email } }`, {}, { token: viewer.token })).status).toBe(401);
  });
});

describe('a signed-in user\'s row, remembered for PRINCIPAL_CACHE_MS', () => {
  const TTL = 400;
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: false, config: { auth: { principalCacheMs: TTL } } });
  });
  afterAll(async () => s?.close());

  const me = (token: string) => s.gql(`{ me { email role } }`, {}, { token });

  it('applies a change made through the API at once, and one made elsewhere (another instance, SQL) within the time', async () => {
    const editor = await s.login(Role.OFFICE_EDITOR);
    expect(ok(await me(editor.token)).me.role).toBe('OFFICE_EDITOR');
    // Through the API: the next request already sees it, although the row was read just before.
    const u = ok(await s.gql(`query($ids: [ID!]) { users(filter: { ids: $ids }) { nodes { id version } } }`, { ids: [editor.userId] })).users.nodes[0];
    const t = Date.now();
    ok(await s.gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, patch: { role: OFFICE_ADMIN }) { role } }`, { id: u.id, v: u.version }));
    expect(ok(await me(editor.token)).me.role).toBe('OFFICE_ADMIN');
    expect(Date.now() - t).toBeLessThan(TTL);
    // Elsewhere: within the time.
    await s.server.dataSource.query(`UPDATE app_user SET role = 'OFFICE_EDITOR' WHERE id = ?`, [Number(editor.userId)]);
    await new Promise((r) => setTimeout(r, TTL + 50));
    expect(ok(await me(editor.token)).me.role).toBe('OFFICE_EDITOR');
    await s.server.dataSource.query(`UPDATE app_user SET active = ? WHERE id = ?`, [false, Number(editor.userId)]);
    await new Promise((r) => setTimeout(r, TTL + 50));
    expect((await me(editor.token)).status).toBe(401);
  });
});

describe('two servers in one process', () => {
  let a: TestServer;
  let b: TestServer;
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('each signs with its own key and remembers only its own users', async () => {
    a = await startTestServer({ seed: false, config: { auth: { jwtSecret: 'secret-of-server-a', principalCacheMs: 60_000 } } });
    b = await startTestServer({ seed: false, config: { auth: { jwtSecret: 'secret-of-server-b', principalCacheMs: 60_000 } } });
    // Signed in on A after B started: A's token is signed with A's key, so A accepts it and B does not.
    const editor = await a.login(Role.OFFICE_EDITOR);
    expect(ok(await a.gql(`{ me { email role } }`, {}, { token: editor.token })).me).toEqual({ email: editor.email, role: 'OFFICE_EDITOR' });
    expect((await b.gql(`{ me { email } }`, {}, { token: editor.token })).status).toBe(401);
    // The same user id on each (the administrator): A remembers its admin; on B the same id is
    // an editor now, and B must answer from its own row, not from what A remembered.
    ok(await a.gql(`{ users { totalCount } }`));
    const adminId = Number((await b.login(Role.OFFICE_ADMIN)).userId);
    expect(adminId).toBe(Number((await a.login(Role.OFFICE_ADMIN)).userId));
    await b.server.dataSource.query(`UPDATE app_user SET role = 'OFFICE_EDITOR' WHERE id = ?`, [adminId]);
    expect((await b.gql(`{ users { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await a.gql(`{ users { totalCount } }`)).users.totalCount).toBeGreaterThan(0);
  });
});
