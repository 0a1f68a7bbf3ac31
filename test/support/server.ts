import type { Logger } from 'typeorm';
import { loadConfig, type Config, type DatabaseConfig } from '../../server/src/config';
import { startServer, type RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from './database';
import { SYSTEM_ACTOR } from '../../server/src/context';
import { Agency } from '../../server/src/modules/agency/agency.entity';
import { Role, User } from '../../server/src/modules/user/user.entity';
import { createUser } from '../../server/src/modules/user/user.service';

export { Role };

/** Counts the SQL statements the server sends (the N+1 tests read it). */
export class StatementCounter implements Logger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
    this.count++;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements = [];
  }
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  headers: Headers;
}

export interface GqlOptions {
  /** Bearer token to send; default the administrator's; null sends none. */
  token?: string | null;
  headers?: Record<string, string>;
  /** For documents with several operations. */
  operationName?: string;
}

export interface TestServer {
  url: string;
  server: RunningServer;
  db: TestDatabase;
  statements: StatementCounter;
  /** The administrator's session token (the default for gql). */
  adminToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<GqlResponse<T>>;
  /** A user of this role (made on first use) and a session token for them. */
  login(role: Role, agencyCode?: string | null): Promise<{ token: string; userId: string; email: string }>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'test-password-123';

/** The real server on a fresh database, listening on a free port of 127.0.0.1. */
export type TestConfig = Partial<Omit<Config, 'auth'>> & { auth?: Partial<Config['auth']> };

export async function startTestServer(opts: { seed?: boolean; config?: TestConfig; database?: DatabaseConfig } = {}): Promise<TestServer> {
  const db = opts.database ? { config: opts.database, dataSource: undefined as never, drop: async () => undefined } : await createTestDatabase({ migrate: false });
  const statements = new StatementCounter();
  const base = loadConfig();
  const { auth, ...config } = opts.config ?? {};
  const server = await startServer(
    { ...base, port: 0, host: '127.0.0.1', database: db.config, seedOnStart: opts.seed ?? true, demoAccounts: false, ...config, auth: { ...base.auth, jwtSecret: 'test-secret-for-this-run-only', ...auth } },
    { logger: statements },
  );
  const gql: TestServer['gql'] = async (query, variables, o = {}) => {
    const token = o.token === undefined ? adminToken : o.token;
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...o.headers },
      body: JSON.stringify({ query, variables, ...(o.operationName ? { operationName: o.operationName } : {}) }),
    });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };
  const users = new Map<string, { token: string; userId: string; email: string }>();
  const login: TestServer['login'] = async (role, agencyCode = null) => {
    const key = `${role}:${agencyCode ?? ''}`;
    const known = users.get(key);
    if (known) return known;
    const email = `${role.toLowerCase()}.${(agencyCode ?? 'office').toLowerCase()}@test.local`;
    const agency = agencyCode ? await server.dataSource.manager.findOneOrFail(Agency, { where: { code: agencyCode } }) : null;
    const user =
      (await server.dataSource.manager.findOne(User, { where: { email } })) ??
      (await server.dataSource.transaction((m) => createUser(m, SYSTEM_ACTOR, { email, name: `${role} ${agencyCode ?? ''}`, role, agencyId: agency?.id ?? null, password: TEST_PASSWORD })));
    const res = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: TEST_PASSWORD }, { token: null });
    const entry = { token: res.data.login.token as string, userId: String(user.id), email };
    users.set(key, entry);
    return entry;
  };
  let adminToken = '';
  try {
    adminToken = (await login(Role.OFFICE_ADMIN)).token;
  } catch (err) {
    await server.close();
    await db.drop();
    throw err;
  }
  return {
    url: server.url,
    server,
    db,
    statements,
    adminToken,
    gql,
    login,
    async close() {
      await server.close();
      await db.drop();
    },
  };
}

/** Fail with the server's errors rather than a confusing undefined. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
  return res.data as T;
}
