import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * A request's objects die young. The server (server/dist, with the Node flags of `npm start`)
 * runs in a child process with V8's GC trace; after a warm-up, the bytes its scavenges promote
 * to the old generation, per request, must stay near zero. On Node 20's V8 a `{ ...obj, newKey }`
 * or an object literal with get/set built per request outlived the young generation with
 * everything it pointed to — in Apollo Server's pipeline that was the whole request, 2.5 KB of
 * every `{ __typename }` (patches/README.md). Not a timing: it counts bytes the GC reports.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const WARM_UP = 3_000;
const MEASURED = 12_000;
const CONNECTIONS = 10;

/** The Node flags `npm start` gives the server (package.json), so that the young generation is the one users run. */
function startFlags(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const start: string = require(path.join(ROOT, 'package.json')).scripts.start;
  return start.split(/\s+/).filter((a) => a.startsWith('--'));
}

const CHILD = `
const { startServer } = require(${JSON.stringify(path.join(ROOT, 'server', 'dist', 'main.js'))});
const { loadConfig } = require(${JSON.stringify(path.join(ROOT, 'server', 'dist', 'config.js'))});
const base = loadConfig();
startServer({ ...base, port: 0, host: '127.0.0.1', database: JSON.parse(process.env.GC_TEST_DATABASE), seedOnStart: false, demoAccounts: false,
  auth: { ...base.auth, jwtSecret: 'gc-retention-test-secret-0123456789' } })
  .then((s) => process.send({ port: s.port }), (err) => { console.error(err); process.exit(1); });
`;

describe('requests do not outlive the young generation', () => {
  let db: TestDatabase;
  let child: ChildProcess;
  let port = 0;
  let trace = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.destroy();
    child = spawn(process.execPath, ['--trace-gc-nvp', ...startFlags(), '-e', CHILD], {
      env: { ...process.env, GC_TEST_DATABASE: JSON.stringify(db.config) },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => (trace += chunk));
    port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await db?.drop();
  });

  /** `count` `{ __typename }` requests over `CONNECTIONS` keep-alive connections; every answer checked. */
  async function send(count: number): Promise<void> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const body = JSON.stringify({ query: '{ __typename }' });
    let next = 0;
    const one = () =>
      new Promise<void>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => (res.statusCode === 200 && JSON.parse(text).data?.__typename === 'Query' ? resolve() : reject(new Error(`HTTP ${res.statusCode}: ${text}`))));
        });
        req.on('error', reject);
        req.end(body);
      });
    const worker = async () => {
      while (next < count) {
        next++;
        await one();
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    agent.destroy();
  }

  it('promotes almost nothing of a request to the old generation', async () => {
    await send(WARM_UP);
    const mark = trace.length;
    await send(MEASURED);
    // A scavenge's line is printed when it ends; give the last one a moment to arrive.
    await new Promise((r) => setTimeout(r, 200));
    const scavenges = trace
      .slice(mark)
      .split('\n')
      .filter((l) => / gc=s /.test(l))
      .map((l) => Number(/ promoted=(\d+)/.exec(l)![1]));
    // 12,000 answers of ~300 bytes allocate well over one young generation: the GC ran.
    expect(scavenges.length).toBeGreaterThanOrEqual(3);
    const perRequest = scavenges.reduce((a, b) => a + b, 0) / MEASURED;
    // Measured: ~1 B a request; 2,564 B before the Apollo Server patch.
    expect(perRequest).toBeLessThan(200);
  });
});
