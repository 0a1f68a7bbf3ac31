import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { testDialect } from '../support/database';
import { freePort, PrivateMariaDb } from '../support/private-mariadb';
import { ok, startTestServer } from '../support/server';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'server/dist/main.js');

/** Run the built server as `npm start` does; resolves with its exit code and output. */
function runMain(env: Record<string, string>, onReady?: (port: number, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/API at http:\/\/127\.0\.0\.1:(\d+)\/graphql/);
    if (m && onReady) {
      const cb = onReady;
      onReady = undefined;
      cb(Number(m[1]), child);
    }
  });
  child.stderr.on('data', (d) => (out += d));
  return new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

describe('faults: start-up and shutdown', () => {
  it('exits non-zero with a clear message after retrying an unreachable database', async () => {
    const port = await freePort();
    const { code, out } = await runMain({ DATABASE_URL: `mysql://dx:secret@127.0.0.1:${port}/dx`, DB_CONNECT_ATTEMPTS: '3', DB_CONNECT_RETRY_MS: '100', JWT_SECRET: 'x'.repeat(32), PORT: '0' });
    expect(code).not.toBe(0);
    expect(out).toMatch(/retrying \(1\/3\)/);
    expect(out).toMatch(/Cannot reach the database at mysql:\/\/dx:\*\*\*@127\.0\.0\.1:\d+\/dx \(ECONNREFUSED\); gave up after 3 attempt/);
    expect(out).not.toContain('secret');
  });

  it('drains an in-flight request on SIGTERM, then exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-drain-'));
    let response: Promise<Response> | undefined;
    const exit = runMain({ DATABASE_URL: path.join(dir, 'db.sqlite'), PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'true', DEMO_ACCOUNTS: 'true' }, (port, child) => {
      response = (async () => {
        const login = (await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(email: "admin@demo.local", password: "demo-password") { token } }' }) })).json()) as any;
        const rows = Array.from({ length: 1500 }, (_, i) => ({ code: `DRAIN-${i}`, name: `Chỉ tiêu ${i}`, measure: 'COUNT', unit: 'hồ sơ', aggregation: 'SUM' }));
        const slow = fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${login.data.login.token}` },
          body: JSON.stringify({ query: 'mutation($rows: [CreateIndicatorInput!]!) { importIndicators(rows: $rows, dryRun: true) { total created } }', variables: { rows } }),
        });
        await new Promise((r) => setTimeout(r, 150));
        child.kill('SIGTERM');
        return slow;
      })();
    });
    const { code } = await exit;
    const res = await response!;
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.importIndicators).toEqual({ total: 1500, created: 1500 });
    expect(code).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

const onMariaDb = testDialect() === 'mysql' ? describe : describe.skip;

onMariaDb('faults: the database goes away mid-flight and comes back (private MariaDB instance)', () => {
  let db: PrivateMariaDb;
  beforeAll(async () => {
    db = await PrivateMariaDb.create();
    await db.start();
    const conn = await mysql.createConnection({ uri: db.url('') });
    await conn.query('CREATE DATABASE dx_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await conn.end();
  }, 180_000);
  afterAll(async () => db?.destroy());

  it('answers SERVICE_UNAVAILABLE while it is down, writes nothing, and recovers without a restart', async () => {
    const s = await startTestServer({ seed: false, database: { dialect: 'mysql', url: db.url('dx_faults') } });
    try {
      const create = (code: string) => s.gql(`mutation($c: String!) { createPlan(input: { code: $c, title: "Kế hoạch", kind: PROJECT, startYear: 2026, endYear: 2026 }) { id } }`, { c: code });
      ok(await create('BEFORE'));
      await db.stop();
      for (const res of [await create('DURING'), await s.gql(`{ plans { totalCount } }`)]) {
        expect([res.status, res.errors?.[0].extensions?.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      }
      await db.start();
      let plans: any;
      for (let i = 0; i < 50 && !plans; i++) {
        const res = await s.gql(`{ plans { nodes { code } } }`);
        if (!res.errors) plans = res.data.plans;
        else await new Promise((r) => setTimeout(r, 200));
      }
      expect(plans.nodes.map((p: any) => p.code)).toEqual(['BEFORE']);
      ok(await create('AFTER'));
    } finally {
      await s.close().catch(() => undefined);
    }
  });
});

