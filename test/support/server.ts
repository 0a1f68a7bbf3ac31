import type { Logger } from 'typeorm';
import { loadConfig } from '../../server/src/config';
import { startServer, type RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from './database';

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

export interface TestServer {
  url: string;
  server: RunningServer;
  db: TestDatabase;
  statements: StatementCounter;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** The real server on a fresh database, listening on a free port of 127.0.0.1. */
export async function startTestServer(opts: { seed?: boolean } = {}): Promise<TestServer> {
  const db = await createTestDatabase({ migrate: false });
  const statements = new StatementCounter();
  const base = loadConfig();
  const server = await startServer({ ...base, port: 0, host: '127.0.0.1', database: db.config, seedOnStart: opts.seed ?? true }, { logger: statements });
  return {
    url: server.url,
    server,
    db,
    statements,
    async gql(query, variables, headers) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
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
