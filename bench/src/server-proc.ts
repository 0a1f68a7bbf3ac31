/**
 * The server as users run it, in its own process: server/dist's startServer with production
 * settings (NODE_ENV=production, auth on, default limits and logging), on the benchmark's
 * database, with a SQL statement counter wrapped around the DataSource logger (as the test
 * support does). Creates the benchmark's office administrators and reports its URL to the harness.
 */
import path from 'node:path';
import { attachStats } from './proc-stats';
import { benchEmail } from './sign-ins';

const serverDist = path.resolve(__dirname, '..', '..', 'server', 'dist');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (p: string) => require(path.join(serverDist, p));

class StatementCounter {
  count = 0;
  logQuery() {
    this.count++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL!;
  const { loadConfig } = load('config.js');
  const { startServer } = load('main.js');
  const { createUser, hashPassword } = load('modules/user/user.service.js');
  const { SYSTEM_ACTOR } = load('context.js');
  const { Role } = load('modules/user/user.entity.js');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    DEMO_ACCOUNTS: 'false',
    JWT_SECRET: process.env.BENCH_JWT_SECRET ?? 'bench-secret-not-for-production-0123456789',
  });
  const counter = new StatementCounter();
  const server = await startServer(config, { logger: counter });
  // Office administrators for the harness to sign in as the load needs (bench/src/sign-ins.ts):
  // the server limits each user to LIMITS.requestsPerMinute requests, and real load comes from many users.
  const accounts = Number(process.env.BENCH_ACCOUNTS ?? 1);
  // They share a password, hashed once (argon2 takes ~150 ms a hash), and are made in one transaction.
  const passwordHash = await hashPassword(process.env.BENCH_ADMIN_PASSWORD!);
  const existing = new Set<string>((await server.dataSource.query(`SELECT email FROM app_user WHERE email LIKE 'bench.admin.%'`)).map((r: { email: string }) => r.email));
  await server.dataSource.transaction(async (m: unknown) => {
    for (let n = 0; n < accounts; n++) {
      const email = benchEmail(n);
      if (!existing.has(email)) await createUser(m, SYSTEM_ACTOR, { email, name: `Benchmark administrator ${n}`, role: Role.OFFICE_ADMIN, agencyId: null, passwordHash });
    }
  });
  // The http.Server is not exposed by startServer: find it among the active handles.
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  const http = await import('node:http');
  const httpServer = handles.find((h) => h instanceof http.Server) as import('node:http').Server;
  attachStats(httpServer, () => counter.count, () => server.close());
  process.send?.({ ready: true, url: server.url });
}

main().catch((err) => {
  console.error('server process failed:', err);
  process.exit(1);
});
