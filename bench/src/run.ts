/**
 * npm run bench — generate a data set, start the server (as users run it) and the raw-SQL
 * baseline in their own processes, check they return the same data, then measure both with
 * autocannon in interleaved rounds and write bench/out/report-<size>-<dialect>.md.
 *
 *   node bench/dist/run.js [--size small|medium|large] [--db mariadb|sqlite] [--duration 5] [--rounds 3]
 *                          [--connections 10] [--warmup 2] [--soak 10] [--rate-duration 5] [--ops a,b] [--keep] [--report file.md]
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { openDb } from './db';
import { generate, SIZES, type Fixture, type Size } from './generate';
import { contention, databasePids, memoryMonitor, type Contention } from './machine';
import { RawHttpPool } from './raw-http';
import { canonical, deepOffsetOf, firstDifference, OPERATIONS, type Operation } from './operations';
import { traceDir, traceEventLoop, traceGc, type PhaseStats } from './proc-stats';
import { SignIns, TOKEN_HEADROOM } from './sign-ins';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon');

const ROOT = path.resolve(__dirname, '..', '..');
/** Node flags of `npm start` (package.json), which the Dockerfile uses too: the server runs as users run it. */
const SERVER_NODE_FLAGS: string[] = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start as string)
  .split(/\s+/)
  .filter((w) => w.startsWith('--'))
  // Extra flags for the server process only, to profile it (`BENCH_SERVER_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof'`).
  .concat((process.env.BENCH_SERVER_FLAGS ?? '').split(/\s+/).filter(Boolean));
const SERVER_DIST = path.join(ROOT, 'server', 'dist');

interface Options {
  size: Size;
  db: 'mariadb' | 'sqlite';
  duration: number;
  rounds: number;
  connections: number;
  warmup: number;
  soak: number;
  rateDuration: number;
  ops: string[] | null;
  keep: boolean;
  mysqlUrl: string;
  /** Report file name under bench/out (default report-<size>-<db>.md). */
  report: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    size: 'medium', db: 'mariadb', duration: 5, rounds: 3, connections: 10, warmup: 2, soak: 10, rateDuration: 5, ops: null, keep: false, report: null,
    mysqlUrl: process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === '--size') o.size = v() as Size;
    else if (a === '--db') o.db = v() as Options['db'];
    else if (a === '--duration') o.duration = Number(v());
    else if (a === '--rounds') o.rounds = Number(v());
    else if (a === '--connections') o.connections = Number(v());
    else if (a === '--warmup') o.warmup = Number(v());
    else if (a === '--soak') o.soak = Number(v());
    else if (a === '--rate-duration') o.rateDuration = Number(v());
    else if (a === '--ops') o.ops = v().split(',');
    else if (a === '--keep') o.keep = true;
    else if (a === '--report') o.report = v();
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 8).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!(o.size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  if (o.db !== 'mariadb' && o.db !== 'sqlite') throw new Error('--db must be mariadb or sqlite');
  return o;
}

const t0 = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}`);

/** A measured child process: the server or the baseline. */
class Target {
  private seq = 0;
  private waiting = new Map<number, (body: any) => void>();
  url = '';
  exited: string | null = null;
  constructor(
    readonly name: 'server' | 'baseline',
    private readonly child: ChildProcess,
  ) {
    child.on('message', (msg: any) => {
      if (msg?.id != null) this.waiting.get(msg.id)?.(msg.body);
    });
    child.on('exit', (code, signal) => {
      this.exited = `exited with ${code ?? signal}`;
      for (const w of this.waiting.values()) w(null);
    });
  }
  static start(name: 'server' | 'baseline', script: string, env: Record<string, string>): Promise<Target> {
    const flags = name === 'server' ? SERVER_NODE_FLAGS : [];
    const child = fork(path.join(__dirname, script), [], { env: { ...process.env, ...env }, execArgv: ['--expose-gc', ...flags], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const target = new Target(name, child);
    return new Promise((resolve, reject) => {
      child.on('message', (msg: any) => {
        if (msg?.ready) {
          target.url = msg.url;
          resolve(target);
        }
      });
      child.once('exit', (code) => reject(new Error(`${name} process exited with ${code} before it was ready`)));
    });
  }
  get pid() {
    return this.child.pid;
  }
  call<T = PhaseStats>(cmd: 'mark' | 'read' | 'gc' | 'idle' | 'stop'): Promise<T> {
    if (this.exited) return Promise.resolve(null as T);
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(id, (b) => {
        this.waiting.delete(id);
        resolve(b);
      });
      this.child.send({ id, cmd });
    });
  }
}

interface Request {
  url: string;
  headers: Record<string, string>;
  /** Headers for one request (the server's: a rotating Bearer token). */
  auth(): Record<string, string>;
  body: (seq: number) => string;
}

/** Office administrators the server process makes; the harness signs in as many as the load needs (sign-ins.ts). */
const BENCH_ACCOUNTS = 400;
/** Signed in before the first request: 50 carry 667 requests a second. */
const FIRST_SIGN_INS = 50;
/** The server's limits (the harness needs its requests a minute per user). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serverLimits = () => require(path.join(SERVER_DIST, 'common', 'limits.js')).LIMITS as { requestsPerMinute: number };
let tokenSeq = 0;

function requestFor(target: Target, op: Operation, fx: Fixture, tokens: string[]): Request {
  if (target.name === 'server') {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    return {
      url: target.url,
      headers,
      auth: () => ({ ...headers, authorization: `Bearer ${tokens[tokenSeq++ % tokens.length]}` }),
      body: (seq) => JSON.stringify({ query: op.query, variables: op.variables(fx, seq) }),
    };
  }
  const headers = { 'content-type': 'application/json' };
  return { url: `${target.url}/${op.name}`, headers, auth: () => headers, body: (seq) => JSON.stringify({ variables: op.variables(fx, seq) }) };
}

let writeSeq = 0;
/** The database server's processes when it runs on this machine (MariaDB/MySQL; none for SQLite, which runs inside each side). */
let dbPids: number[] = [];
/** InnoDB's history list length (undo logs not yet purged) under which the database counts as settled. */
const PURGED_HISTORY = 100;
/**
 * Waits until the database runs no statement of the benchmark's (requests autocannon abandons
 * at the end of a round keep their statements running in MariaDB, which would slow the next run)
 * and has purged the rows deleted since.
 */
let databaseIdle: (() => Promise<void>) | null = null;
/** Deletes what the write operation recorded, so that every run reads the same data set. */
let cleanWrites: (() => Promise<void>) | null = null;

async function once(req: Request): Promise<{ status: number; json: any; bytes: number }> {
  const res = await fetch(req.url, { method: 'POST', headers: req.auth(), body: req.body(++writeSeq) });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  /** Requests answered, every one with 200 (a run with any other answer stops the benchmark: mustAnswerAll). */
  completed: number;
  stats: PhaseStats;
  /** Open-loop runs only: every request's latency (ms) and the run's length (s), for pooling rounds. */
  latencies?: number[];
  seconds?: number;
  /** Open-loop runs only: the CPU the harness itself (the load generator) spent on the counted requests (ms). */
  clientCpuMs?: number;
  /** Open-loop runs only: how busy the cores were during the counted requests (null: not Linux). */
  contention?: Contention | null;
}

/**
 * Each side's peak RSS while it answered the benchmark's operations (every load run: warm-ups,
 * rounds, open-loop rounds, soak passes). The process's lifetime peak also holds the server's
 * start and the sign-ins of its users (argon2id takes 64 MiB per password check, one check per
 * core at a time: server/src/modules/user/user.service.ts), which the baseline, without accounts,
 * has no counterpart of.
 */
const measuredPeak = { server: 0, baseline: 0 };

/** After a run: the target's stats, then an idle target and database, and the write run's rows removed (and purged). */
async function finishRun(target: Target, op: Operation): Promise<PhaseStats> {
  const stats = await target.call('read');
  measuredPeak[target.name] = Math.max(measuredPeak[target.name], stats.peakRssMb);
  await target.call('idle');
  await databaseIdle?.();
  if (op.write && cleanWrites) {
    await cleanWrites();
    await databaseIdle?.();
  }
  return stats;
}

async function cannon(target: Target, req: Request, op: Operation, o: { connections: number; duration: number; amount?: number }): Promise<Run> {
  const fixed = req.body(0);
  await target.call('mark');
  const started = Date.now();
  const instance = autocannon({
    url: req.url,
    method: 'POST',
    headers: req.headers,
    connections: o.connections,
    // A fixed number of requests for the heavy operations (a 5 s round would complete a handful), else a fixed time.
    ...(o.amount ? { amount: o.amount } : { duration: o.duration }),
    timeout: 120,
    requests: [
      {
        method: 'POST',
        setupRequest: (r: Record<string, unknown>) => ({ ...r, headers: req.auth(), body: op.write ? req.body(++writeSeq) : fixed }),
      },
    ],
  });
  // autocannon ends a run only at its next one-second sample, so a fixed number of requests is
  // timed to its last answer (until 2026-12-04 to the run's end: a 2 s run of the server's
  // deep list page counted up to a second of nothing, its rate down to 42 from 63 req/s).
  let lastAnswer = started;
  instance.on('response', () => (lastAnswer = Date.now()));
  const result = await instance;
  const stats = await finishRun(target, op);
  const refused = new Map<number | string, number>();
  for (const [code, { count }] of Object.entries((result.statusCodeStats ?? {}) as Record<string, { count: number }>)) if (code !== '200' && count > 0) refused.set(Number(code), count);
  if (result.errors > result.timeouts) refused.set('connection errors', result.errors - result.timeouts);
  if (result.timeouts > 0) refused.set('timeouts', result.timeouts);
  mustAnswerAll(target, op, `at ${o.connections} connections`, result.requests.total, refused);
  const completed = result['2xx'];
  return {
    rps: completed / (o.amount ? Math.max(0.001, (lastAnswer - started) / 1000) : result.duration || o.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    completed,
    stats,
  };
}

/**
 * A run in which a side answered any request with anything but 200 measured something other than
 * the operation — at a fraction of a millisecond, a 429 of the server's rate limit looks fast —
 * so the benchmark stops there (correctness before speed), saying what the answers were. Until
 * 2026-12-07, tenth sitting, the open-loop rounds did not look (sign-ins.ts).
 */
function mustAnswerAll(target: Target, op: Operation, how: string, sent: number, refused: Map<number | string, number>) {
  if (refused.size === 0) return;
  const what = [...refused].map(([code, n]) => `${n} × ${typeof code === 'number' ? `HTTP ${code}` : code}`).join(', ');
  throw new Error(`the ${target.name} did not answer ${op.name} ${how}: ${what} of ${sent} requests`);
}

/**
 * Open-loop load at a fixed rate: `count` requests, the i-th sent at start + i/rate s whether or
 * not earlier ones were answered, latency counted from when it was due — so that a slow answer
 * delays the ones after it in the numbers, as users would see it (no coordinated omission).
 * autocannon's `overallRate` does not pace: each connection sends back to back until it has
 * made its share of the second, then waits for the next second, so "60 % of the maximum rate"
 * meant bursts at full concurrency for part of every second, not load at 60 %.
 *
 * The requests go over a fixed number of keep-alive connections (`sockets`, the rounds' own
 * count), as wrk2 does: one that finds them all busy waits for a free one, its wait counted.
 * Until 2026-12-04 a request that found none free opened a new one; after a pause of a few
 * tens of ms the server then had 80–350 connections, each new one work of its own, and at
 * 660 writes/s it never caught up for the rest of the round (answers at 0.5–1 s).
 */
async function paced(target: Target, req: Request, op: Operation, rate: number, count: number, warm: number, sockets: number): Promise<Run> {
  const fixed = req.body(0);
  await target.call('mark');
  const url = new URL(req.url);
  const pool = new RawHttpPool(url, sockets);
  const lat: number[] = [];
  const dues: number[] = [];
  const refused = new Map<number, number>();
  const send = async (due: number, measured: boolean) => {
    const status = await pool.post(req.auth(), op.write ? req.body(++writeSeq) : fixed);
    if (status !== 200) refused.set(status, (refused.get(status) ?? 0) + 1);
    if (!measured) return;
    lat.push(performance.now() - due);
    dues.push(due);
  };
  // `n` requests at the rate from now, each due 1/rate s after the one before; resolves when all are answered.
  const schedule = async (n: number, measured: boolean) => {
    const started = performance.now();
    const pending: Array<Promise<void>> = [];
    // A timer cannot fire every 1/rate ms at high rates: each tick sends every request now due, then
    // sleeps until the next is due (until 2026-12-07, sixth sitting, it woke every millisecond
    // whatever the rate: 4 % of a core spent by the load generator on the slow operations' rounds).
    while (pending.length < n) {
      const now = performance.now();
      while (pending.length < n && started + (pending.length * 1000) / rate <= now) pending.push(send(started + (pending.length * 1000) / rate, measured));
      if (pending.length < n) await new Promise((r) => setTimeout(r, Math.max(0, started + (pending.length * 1000) / rate - now)));
    }
    await Promise.all(pending);
    return started;
  };
  // The warm-up's requests are answered before the counted ones start on a schedule of their own:
  // a queue the warm-up built would otherwise be counted (until 2026-12-07 the counted requests
  // followed on the warm-up's schedule, and the server's first round after the list pages started
  // with answers 0.5–0.8 s late, a backlog of its uncounted first seconds — runs T and U).
  if (warm > 0) await schedule(warm, false);
  const cpu0 = process.cpuUsage();
  const cores = contention(target.pid!, dbPids);
  const started = await schedule(count, true);
  const elapsed = (performance.now() - started) / 1000;
  const client = process.cpuUsage(cpu0);
  const busy = cores();
  const lost = pool.error();
  pool.close();
  if (lost) throw new Error(`open-loop client: ${lost.message}`);
  const stats = await finishRun(target, op);
  mustAnswerAll(target, op, `at ${rate} req/s`, count + warm, refused);
  traceRound(target, op, rate, dues, lat);
  return { ...latencyStats(lat), rps: count / elapsed, completed: count, stats, latencies: lat, seconds: elapsed, clientCpuMs: (client.user + client.system) / 1000, contention: busy };
}

/**
 * With BENCH_TRACE_DIR set, each open-loop round's requests — when each was due (ms since the
 * epoch) and its latency — go to a file there, to lay them beside the server's GC events
 * (proc-stats writes those to the same directory).
 */
function traceRound(target: Target, op: Operation, rate: number, dues: number[], lat: number[]) {
  const dir = traceDir();
  if (!dir || dues.length === 0) return;
  const rows = dues.map((d, i) => `${(performance.timeOrigin + d).toFixed(2)} ${lat[i].toFixed(2)}`);
  fs.writeFileSync(path.join(dir, `${op.name}-${target.name}-${rate}-${Date.now()}.txt`), rows.join('\n') + '\n');
}

function latencyStats(lat: number[]) {
  const sorted = [...lat].sort((a, b) => a - b);
  const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
  return { p50: q(50), p99: q(99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/**
 * Interleaved open-loop rounds of one side as one run: the percentiles of all their requests
 * together (not a median of per-round p99s, which would hide a slow round), the rate over their
 * summed length. Its stats are the last round's.
 */
function pooled(runs: Run[]): Run {
  const lat = runs.flatMap((r) => r.latencies ?? []);
  const seconds = runs.reduce((a, r) => a + (r.seconds ?? 0), 0);
  const sum = (f: (r: Run) => number) => runs.reduce((a, r) => a + f(r), 0);
  return { ...latencyStats(lat), rps: lat.length / seconds, completed: sum((r) => r.completed), stats: runs[runs.length - 1].stats, seconds };
}

/**
 * How busy the cores were over a side's counted open-loop requests, weighted by each round's
 * length, and how long the side's process and the database waited for a CPU per request (ms).
 */
function contentionAtRate(runs: Run[]): { busyShare: number; processWait: number; databaseWait: number; databaseRun: number } | null {
  if (runs.length === 0 || runs.some((r) => !r.contention)) return null;
  const sum = (f: (r: Run, c: Contention) => number) => runs.reduce((a, r) => a + f(r, r.contention!), 0);
  const seconds = sum((r) => r.seconds ?? 0);
  const requests = sum((r) => r.latencies?.length ?? 0);
  return {
    busyShare: sum((r, c) => c.busyShare * (r.seconds ?? 0)) / seconds,
    processWait: sum((_r, c) => c.processWaitMs) / requests,
    databaseWait: sum((_r, c) => c.databaseWaitMs) / requests,
    databaseRun: sum((_r, c) => c.databaseRunMs) / requests,
  };
}

/** "12 / 0 / 85": the machine's I/O stall in each round, for the log (a round's slow answers beside it). */
function ioStalls(runs: Run[]): string {
  return runs.map((r) => (r.contention?.ioStallMs == null ? '–' : r.contention.ioStallMs.toFixed(0))).join(' / ');
}

/** "83 %; 0.21 + 0.48" for the report's table */
function machineCell(runs: Run[]): string {
  const c = contentionAtRate(runs);
  return c ? `${Math.round(100 * c.busyShare)} %; ${f2(c.processWait)} + ${f2(c.databaseWait)}` : '–';
}

/** "machine 83 % busy, waits 0.21 + 0.48 ms/req (MariaDB 0.61 ms CPU/req)" */
function describeContention(runs: Run[]): string {
  const c = contentionAtRate(runs);
  if (!c) return 'machine load unknown';
  return `machine ${Math.round(100 * c.busyShare)} % busy, waits for a CPU ${f2(c.processWait)} + ${f2(c.databaseWait)} ms/req (MariaDB ${f2(c.databaseRun)} ms CPU/req)`;
}

/**
 * CPU per request of a side's open-loop rounds (their uncounted warm-up requests included, in
 * both terms). It is higher than under the closed-loop rounds' full load — fewer requests share
 * each wake-up of the process — so "60 % of the maximum rate" keeps a process busier than 60 %.
 */
function cpuAtRate(runs: Run[]): number {
  const sum = (f: (s: PhaseStats) => number) => runs.reduce((a, r) => a + f(r.stats), 0);
  return sum((s) => s.cpuUserMs + s.cpuSystemMs) / Math.max(1, sum((s) => s.requests));
}

/** The load generator's CPU per counted request of a side's open-loop rounds (the same cores as the measured process). */
function clientCpuAtRate(runs: Run[]): number {
  return runs.reduce((a, r) => a + (r.clientCpuMs ?? 0), 0) / Math.max(1, runs.reduce((a, r) => a + (r.latencies?.length ?? 0), 0));
}

/**
 * Requests for the p99 phase: `seconds` at the rate, and at least RATE_MIN_SAMPLES where that
 * takes no more than RATE_MAX_SECONDS — of 75 requests (5 s of the nested query at 15 req/s) the
 * p99 is the slowest one, so a single pause decided the ratio; of 300 it is the third slowest.
 * A saturated side (its own maximum below the rate) gets only `seconds`: its queue grows for as
 * long as requests come, so more of them would only measure a longer run.
 */
const RATE_MIN_SAMPLES = 300;
/**
 * Each open-loop round of a side that keeps up starts with this long of requests at the rate
 * that are not counted, on the round's own sockets: the round measures answers at the rate, not
 * the opening of its connections (the baseline's first 250 ms were 13–16 ms against 3–8 after).
 */
const PACED_WARMUP_SECONDS = 0.5;
const RATE_MAX_SECONDS = 20;
function rateSamples(rate: number, seconds: number, saturated: boolean): number {
  const wanted = Math.max(2, Math.round(rate * seconds));
  return saturated ? wanted : Math.max(wanted, Math.min(RATE_MIN_SAMPLES, Math.round(rate * RATE_MAX_SECONDS)));
}
/** The soak's first pass of each operation, after which the heap's young generation has its working size. */
const SOAK_PASS_SECONDS = 3;
/** How many round-lengths of work a heavy operation's fixed number of requests is (see its use). */
const AMOUNT_ROUND_LENGTHS = 1.5;
const saturatedMark = (saturated: boolean) => (saturated ? ' (saturated)' : '');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

interface OpResult {
  op: Operation;
  bytes: { server: number; baseline: number };
  statements: { server: number[]; baseline: number[] };
  runs: { server: Run[]; baseline: Run[] };
  atRate?: { rate: number; server: Run; baseline: Run; saturated: { server: boolean; baseline: boolean }; rounds: Record<'server' | 'baseline', Run[]> };
  /** Latency of one request alone, ms (from the correctness check). */
  single: { server: number; baseline: number };
  /** Slow on the server (over 1 s alone): measured with one connection and longer runs. */
  slow: boolean;
  /** Heavy (over 150 ms alone on either side): each run is a fixed number of requests. */
  amount?: number;
  connections: number;
  duration: number;
}

async function main() {
  traceGc();
  traceEventLoop();
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(SERVER_DIST, 'main.js'))) throw new Error('server/dist is missing: run `npm run build --workspace server` first');
  const dialect = o.db === 'mariadb' ? 'mysql' : 'sqlite';
  const outDir = path.join(ROOT, 'bench', 'out');
  fs.mkdirSync(outDir, { recursive: true });

  // 1. A database of our own, migrated by the server's migrations.
  let url: string;
  let drop: () => Promise<void>;
  if (dialect === 'mysql') {
    const name = `dx_bench_${o.size}_${process.pid}`;
    const admin = await mysql.createConnection({ uri: o.mysqlUrl.replace(/\/$/, '') + '/' });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    url = `${o.mysqlUrl.replace(/\/$/, '')}/${name}`;
    if (/^mysql:\/\/([^@/]*@)?(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(o.mysqlUrl)) dbPids = databasePids();
    drop = async () => {
      const c = await mysql.createConnection({ uri: o.mysqlUrl.replace(/\/$/, '') + '/' });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-bench-'));
    url = path.join(dir, 'bench.sqlite');
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const cleanup: Array<() => Promise<unknown>> = [];
  const finish = async () => {
    for (const c of cleanup.reverse()) await c().catch((e) => console.error(e));
    if (!o.keep) await drop();
    else log(`kept the database: ${url}`);
  };
  process.once('SIGINT', () => finish().then(() => process.exit(130)));

  try {
    log(`size ${o.size}, ${o.db}: database ${dialect === 'mysql' ? url.replace(/\/\/[^@]*@/, '//') : url}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { openDatabase } = require(path.join(SERVER_DIST, 'database', 'connect.js'));
    const ds = await openDatabase({ dialect, url });
    await ds.destroy();
    log('migrated (the server\'s migrations)');

    // 2. The data set.
    const gen = await openDb(url, { pool: 2 });
    const tg = Date.now();
    const fx = await generate(gen, o.size, log);
    fx.deepOffset = await deepOffsetOf(gen);
    if (dialect === 'mysql') await gen.query('ANALYZE TABLE agency, assignment, indicator, target, measurement, task, task_indicator, indicator_group, indicator_group_member');
    else await gen.query('ANALYZE');
    await gen.close();
    const genSeconds = (Date.now() - tg) / 1000;
    const rows = Object.values(fx.counts).reduce((a, b) => a + b, 0);
    log(`generated ${rows} rows in ${genSeconds.toFixed(1)} s; focus agency ${fx.agencyCode}, plan ${fx.planCode}, deep offset ${fx.deepOffset}`);

    // 3. Server and baseline, each in its own process.
    const password = `bench-${process.pid}-password`;
    // NODE_ENV=production as the Dockerfile and docker-compose.yml run it (graphql-js drops its development checks).
    const env = { BENCH_DATABASE_URL: url, BENCH_ADMIN_PASSWORD: password, BENCH_ACCOUNTS: String(BENCH_ACCOUNTS), NODE_ENV: 'production' };
    const server = await Target.start('server', 'server-proc.js', env);
    cleanup.push(() => server.call('stop'));
    const baseline = await Target.start('baseline', 'baseline-proc.js', env);
    cleanup.push(() => baseline.call('stop'));
    log(`server pid ${server.pid} at ${server.url}; baseline pid ${baseline.pid} at ${baseline.url}`);
    const signIns = new SignIns(server.url, password, BENCH_ACCOUNTS, serverLimits().requestsPerMinute);
    await signIns.signIn(FIRST_SIGN_INS);
    log(`${signIns.tokens.length} office administrators signed in (each limited to ${signIns.perMinute} requests a minute by the server: ${signIns.capacity().toFixed(0)} requests a second with ${TOKEN_HEADROOM} × to spare)`);
    const token = signIns.tokens;
    /** More users signed in when a rate the server reached needs them; true when it signed any in. */
    const enoughUsersFor = async (rps: number, phase: string) => {
      const added = await signIns.ensure(rps);
      if (added > 0) log(`${phase}: the server reached ${rps.toFixed(0)} requests a second; signed in ${added} more office administrators (${signIns.tokens.length} in all)`);
      return added > 0;
    };
    const cleaner = await openDb(url, { pool: 1 });
    cleanup.push(() => cleaner.close());
    cleanWrites = async () => {
      await cleaner.query(`DELETE FROM measurement WHERE external_key LIKE 'bench:%'`);
    };
    if (dialect === 'mysql') {
      const name = new URL(url).pathname.slice(1);
      databaseIdle = async () => {
        for (let waited = 0; waited < 300_000; waited += 100) {
          const [row] = await cleaner.query<{ n: unknown }>(
            `SELECT COUNT(*) AS n FROM information_schema.processlist WHERE db = ? AND command = 'Query' AND id <> CONNECTION_ID()`,
            [name],
          );
          // And InnoDB has purged what the last run deleted (cleanWrites): its purge threads would
          // otherwise run into whichever side runs next.
          const [purge] = await cleaner.query<{ n: unknown }>(`SELECT count AS n FROM information_schema.INNODB_METRICS WHERE name = 'trx_rseg_history_len'`);
          if (Number(row.n) === 0 && Number(purge?.n ?? 0) < PURGED_HISTORY) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
    }
    const ops = OPERATIONS.filter((op) => !o.ops || o.ops.includes(op.name));
    const results: OpResult[] = ops.map((op) => ({ op, bytes: { server: 0, baseline: 0 }, statements: { server: [], baseline: [] }, runs: { server: [], baseline: [] }, single: { server: 0, baseline: 0 }, slow: false, connections: o.connections, duration: o.duration }));
    const targets = [server, baseline];

    // 4. Correctness first: the same data, no errors; statements per request (three single requests each).
    for (const r of results) {
      const answers: Record<string, string> = {};
      for (const t of targets) {
        const req = requestFor(t, r.op, fx, token);
        for (let i = 0; i < (r.slow ? 2 : 3); i++) {
          await t.call('mark');
          const started = Date.now();
          const res = await once(req);
          r.single[t.name] = Date.now() - started;
          const stats = await t.call('read');
          if (t.name === 'server' && r.single.server > 1000) r.slow = true;
          if (res.status !== 200 || res.json.errors) throw new Error(`${r.op.name} on the ${t.name}: HTTP ${res.status} ${JSON.stringify(res.json.errors ?? res.json).slice(0, 2000)}`);
          r.statements[t.name].push(stats.statements);
          r.bytes[t.name] = res.bytes;
          answers[t.name] = canonical(r.op, res.json.data);
        }
      }
      if (r.slow) {
        r.connections = 1;
        r.duration = Math.max(o.duration, Math.ceil((2 * r.single.server) / 1000));
      }
      // About one and a half round-lengths of work for the slower side on this machine's cores, at
      // least 3 requests per connection (two round-lengths until 2026-12-07: the plan's rounds took
      // 11–15 s a side, and `npm run bench` came within seconds of its 10-minute budget).
      const alone = Math.max(r.single.server, r.single.baseline) / 1000;
      if (alone >= 0.15) r.amount = Math.max(3 * r.connections, Math.min(200, Math.round((AMOUNT_ROUND_LENGTHS * o.duration * Math.min(r.connections, os.cpus().length)) / alone)));
      if (answers.server !== answers.baseline) throw new Error(`${r.op.name}: the server and the baseline disagree ${firstDifference(answers.server, answers.baseline)}`);
      log(`correct: ${r.op.name} (${r.bytes.server} bytes from the server, ${r.bytes.baseline} from the baseline; statements ${r.statements.server.join('/')} vs ${r.statements.baseline.join('/')})`);
    }

    await cleanWrites();
    // 5. Warm-up, then interleaved rounds at a fixed connection count.
    const warmUp = async () => {
      let fastest = 0;
      for (const r of results) if (!r.slow) for (const t of targets) {
        const run = await cannon(t, requestFor(t, r.op, fx, token), r.op, { connections: r.connections, duration: o.warmup });
        if (t === server) fastest = Math.max(fastest, run.rps);
      }
      return fastest;
    };
    // Signing users in takes argon2's CPU and memory: when a warm-up's rate needs more, they are
    // signed in and the warm-up runs again (a first warm-up, before V8 has optimised the server,
    // can run at half the rate of the next: 1,903 against 4,047 writes a second here).
    let warmRate = await warmUp();
    for (let i = 0; i < 3 && (await enoughUsersFor(warmRate, 'warm-up')); i++) warmRate = await warmUp();
    log('warmed up');
    for (let round = 0; round < o.rounds; round++) {
      for (const r of results) {
        for (const t of round % 2 ? [baseline, server] : [server, baseline]) {
          const run = await cannon(t, requestFor(t, r.op, fx, token), r.op, { connections: r.connections, duration: r.duration, amount: r.amount });
          r.runs[t.name].push(run);
          if (t.exited) throw new Error(`the ${t.name} ${t.exited} during ${r.op.name}`);
        }
        const s = r.runs.server[round];
        const b = r.runs.baseline[round];
        log(`round ${round + 1} ${r.op.name.padEnd(20)} server ${s.rps.toFixed(1).padStart(8)} req/s p99 ${String(s.p99).padStart(6)} ms | baseline ${b.rps.toFixed(1).padStart(8)} req/s p99 ${String(b.p99).padStart(6)} ms`);
      }
    }

    // 6. p99 at 60% of the server's own maximum rate, for both.
    await enoughUsersFor(Math.max(0, ...results.flatMap((r) => r.runs.server.map((x) => x.rps))), 'the rounds');
    const monitor = memoryMonitor();
    const openLoop = { started: Date.now(), monitorMs: monitor?.cpuMs() ?? NaN };
    if (o.rateDuration > 0) {
      for (const r of results) {
        const max = { server: agg(r.runs.server).rps, baseline: agg(r.runs.baseline).rps };
        const exact = 0.6 * max.server;
        const rate = exact >= 1 ? Math.floor(exact) : Math.round(exact * 1000) / 1000;
        // A side whose own maximum (median of the rounds) is below the rate cannot keep up (see rateSamples).
        const saturated = { server: max.server < rate, baseline: max.baseline < rate };
        const perRound = (side: 'server' | 'baseline') => Math.max(2, Math.ceil(rateSamples(rate, o.rateDuration, saturated[side]) / o.rounds));
        const count = { server: perRound('server'), baseline: perRound('baseline') };
        // The requests of each side split over interleaved rounds, in the order of the throughput rounds,
        // so that a slow spell of the machine or of MariaDB falls on both sides rather than on one.
        const rounds: Record<'server' | 'baseline', Run[]> = { server: [], baseline: [] };
        // Both sides warm up for open-loop load (as the rounds before did for closed-loop load) before
        // either's first counted round, so that no counted round is the first load of this operation
        // after another one. Until 2026-12-07, sixth sitting, each side's first round began with its
        // own warm-up; the server's, which always came first, then followed the previous
        // operation's rounds (or the write's closed-loop rounds and the deletion of their rows), and
        // its p99 was often its worst: list page 1 295 ms against 59 and 47 in its other rounds,
        // the deep page 440 against 61 and 58 (run AG); the write's in 6 of 14 write-only runs.
        for (const t of [server, baseline]) {
          if (saturated[t.name]) continue;
          await paced(t, requestFor(t, r.op, fx, token), r.op, rate, 0, Math.round(rate * o.warmup), r.connections);
          if (t.exited) throw new Error(`the ${t.name} ${t.exited} during ${r.op.name} at ${rate} req/s`);
        }
        for (let round = 0; round < o.rounds; round++) {
          for (const t of round % 2 ? [baseline, server] : [server, baseline]) {
            const warm = saturated[t.name] ? 0 : Math.round(rate * PACED_WARMUP_SECONDS);
            rounds[t.name].push(await paced(t, requestFor(t, r.op, fx, token), r.op, rate, count[t.name], warm, r.connections));
            if (t.exited) throw new Error(`the ${t.name} ${t.exited} during ${r.op.name} at ${rate} req/s`);
          }
        }
        const sv = pooled(rounds.server);
        const bl = pooled(rounds.baseline);
        r.atRate = { rate, server: sv, baseline: bl, saturated, rounds };
        const each = (runs: Run[]) => runs.map((x) => x.p99).join(' / ');
        const cpu = (runs: Run[]) => `${f2(cpuAtRate(runs))} ms CPU/req, the load generator ${f2(clientCpuAtRate(runs))}`;
        log(`at ${rate} req/s ${r.op.name.padEnd(20)} server p99 ${sv.p99} ms${saturatedMark(saturated.server)} (rounds ${each(rounds.server)}; ${cpu(rounds.server)}) | baseline p99 ${bl.p99} ms${saturatedMark(saturated.baseline)} (rounds ${each(rounds.baseline)}; ${cpu(rounds.baseline)})`);
        log(`at ${rate} req/s ${r.op.name.padEnd(20)} server's rounds: ${describeContention(rounds.server)} | baseline's: ${describeContention(rounds.baseline)}`);
        log(`at ${rate} req/s ${r.op.name.padEnd(20)} I/O stalls of the machine in each round (ms, /proc/pressure/io "some"): server ${ioStalls(rounds.server)} | baseline ${ioStalls(rounds.baseline)}`);
      }
    }

    const machine = monitor && o.rateDuration > 0 ? { monitor: monitor.description, cpuMs: monitor.cpuMs() - openLoop.monitorMs, seconds: (Date.now() - openLoop.started) / 1000 } : null;
    if (machine) log(`kdamond (${machine.monitor}) used ${machine.cpuMs.toFixed(0)} ms of CPU in the ${machine.seconds.toFixed(0)} s of open-loop rounds`);

    // 7. Soak: memory after a full GC before and after a mixed load.
    let soak: { seconds: number; before: PhaseStats; after: PhaseStats; mid: PhaseStats[]; requests: number } | null = null;
    if (o.soak > 0) {
      const mix = results.filter((r) => ['agency-assignments', 'list-page-1', 'list-page-deep', 'record-measurement'].includes(r.op.name));
      // One pass of the mix first: the heap's young generation grows to its working size under this
      // load and stays there; growth is judged from that steady state, so that a leak shows.
      for (const r of mix) await cannon(server, requestFor(server, r.op, fx, token), r.op, { connections: o.connections, duration: SOAK_PASS_SECONDS });
      const before = await server.call('gc');
      const mid: PhaseStats[] = [];
      let requests = 0;
      const end = Date.now() + o.soak * 1000;
      while (Date.now() < end) {
        for (const r of mix) {
          const left = Math.max(1, Math.min(5, Math.round((end - Date.now()) / 1000 / mix.length)));
          const run = await cannon(server, requestFor(server, r.op, fx, token), r.op, { connections: o.connections, duration: left });
          requests += run.completed;
          if (Date.now() >= end) break;
        }
        mid.push(await server.call('gc'));
      }
      const after = await server.call('gc');
      soak = { seconds: o.soak, before, after, mid, requests };
      log(`soak ${o.soak} s, ${requests} requests: RSS after GC ${before.rssMb} → ${after.rssMb} MB, heap ${before.heapUsedMb} → ${after.heapUsedMb} MB`);
    }

    const peak: Peaks = { ...measuredPeak, lifetime: { server: (await server.call('read')).lifetimePeakRssMb, baseline: (await baseline.call('read')).lifetimePeakRssMb } };
    const report = renderReport({ o, fx, rows, genSeconds, results, soak, peak, machine, seconds: (Date.now() - t0) / 1000 });
    const file = path.join(outDir, o.report ?? `report-${o.size}-${o.db}.md`);
    fs.writeFileSync(file, report);
    console.log('\n' + summaryTable(results, peak) + '\n');
    log(`report: ${path.relative(process.cwd(), file)}`);
  } finally {
    await finish();
  }
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

function agg(runs: Run[]) {
  const cpu = runs.map((r) => (r.stats.cpuUserMs + r.stats.cpuSystemMs) / Math.max(1, r.stats.requests));
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuMs: median(cpu),
    stmts: median(runs.map((r) => r.stats.statements / Math.max(1, r.stats.requests))),
    peakRss: Math.max(...runs.map((r) => r.stats.peakRssMb)),
    eldP99: median(runs.map((r) => r.stats.eventLoopP99Ms)),
    eldMax: Math.max(...runs.map((r) => r.stats.eventLoopMaxMs)),
  };
}

interface Peaks {
  server: number;
  baseline: number;
  lifetime: { server: number; baseline: number };
}

function summaryTable(results: OpResult[], peak: Peaks): string {
  const lines = [
    '| operation | server req/s | baseline req/s | ratio | server p50 / p99 ms | baseline p50 / p99 ms | SQL/req alone server / baseline | server SQL/req under load | CPU ms/req server / baseline |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const s = agg(r.runs.server);
    const b = agg(r.runs.baseline);
    lines.push(`| ${r.op.name} | ${f1(s.rps)} | ${f1(b.rps)} | ${f2(s.rps / b.rps)} | ${s.p50} / ${s.p99} | ${b.p50} / ${b.p99} | ${f1(median(r.statements.server))} / ${f1(median(r.statements.baseline))} | ${f2(s.stmts)} | ${f2(s.cpuMs)} / ${f2(b.cpuMs)} |`);
  }
  lines.push(
    '',
    `peak RSS under the operations: server ${peak.server} MB, baseline ${peak.baseline} MB (ratio ${f2(peak.server / peak.baseline)}); ` +
      `whole process, the server's start and sign-ins included: ${peak.lifetime.server} / ${peak.lifetime.baseline} MB (${f2(peak.lifetime.server / peak.lifetime.baseline)})`,
  );
  return lines.join('\n');
}

function renderReport(x: {
  o: Options; fx: Fixture; rows: number; genSeconds: number; results: OpResult[];
  soak: { seconds: number; before: PhaseStats; after: PhaseStats; mid: PhaseStats[]; requests: number } | null;
  peak: Peaks; seconds: number;
  /** The kernel's DAMON monitor, when it runs here, and its CPU during the open-loop phase (machine.ts). */
  machine: { monitor: string; cpuMs: number; seconds: number } | null;
}): string {
  const { o, fx, results, soak } = x;
  const cpu = os.cpus();
  const out: string[] = [];
  out.push(`# DX Tracker benchmark — ${o.size}, ${o.db}`, '');
  out.push(`Run ${new Date().toISOString()} in ${x.seconds.toFixed(0)} s on ${os.cpus().length} × ${cpu[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}.`);
  if (x.machine) {
    out.push(
      `The kernel's DAMON memory monitor runs on this machine (kdamond, ${x.machine.monitor}): ${x.machine.cpuMs.toFixed(0)} ms of CPU in the ${x.machine.seconds.toFixed(0)} s of open-loop rounds. On the machine of 2026-12-07, seventh sitting, each of its passes lined up with a burst of slow answers on both sides (bench/FINDINGS.md, "Seventh sitting").`,
    );
  }
  out.push(`Autocannon: ${o.connections} connections, ${o.warmup} s warm-up per operation and target, ${o.rounds} interleaved rounds of ${o.duration} s (medians shown); the load generator shares the machine.`, '');
  out.push('## Data set', '');
  out.push(`${x.rows} rows generated and bulk-loaded in ${x.genSeconds.toFixed(1)} s:`, '');
  out.push('| table | rows |', '| --- | ---: |', ...Object.entries(fx.counts).map(([t, n]) => `| ${t} | ${n} |`), '');
  out.push(`Nested query agency: \`${fx.agencyCode}\`; plan: \`${fx.planCode}\`; deep list page offset: ${fx.deepOffset}.`, '');
  out.push('## Results', '', summaryTable(results, x.peak), '');
  out.push('| operation | response bytes server / baseline | server CPU ms/req | baseline CPU ms/req | CPU ratio | server peak RSS MB | baseline peak RSS MB | server event-loop delay p99 / max ms | baseline event-loop delay p99 / max ms |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const s = agg(r.runs.server);
    const b = agg(r.runs.baseline);
    out.push(`| ${r.op.name} | ${r.bytes.server} / ${r.bytes.baseline} | ${f2(s.cpuMs)} | ${f2(b.cpuMs)} | ${f2(s.cpuMs / b.cpuMs)} | ${f1(s.peakRss)} | ${f1(b.peakRss)} | ${f1(s.eldP99)} / ${f1(s.eldMax)} | ${f1(b.eldP99)} / ${f1(b.eldMax)} |`);
  }
  const slow = results.filter((r) => r.slow);
  if (slow.length) out.push('', `Slow on the server (over 1 s for one request alone), so measured with 1 connection and no separate warm-up: ${slow.map((r) => `${r.op.name} (${r.single.server} ms alone vs ${r.single.baseline} ms for the baseline)`).join('; ')}. Where 60% of the server's rate is under 1 req/s, two requests are paced at that rate.`);
  const heavy = results.filter((r) => r.amount);
  if (heavy.length) out.push('', `Heavy operations (over 150 ms alone on either side) are measured by a fixed number of requests per run rather than a fixed time, so that throughput is not counted from a handful of completions: ${heavy.map((r) => `${r.op.name} ${r.amount} requests at ${r.connections} connection${r.connections > 1 ? 's' : ''}`).join('; ')}.`);
  out.push('', '### Per round', '', '| operation | round | server req/s | server p50 / p99 | baseline req/s | baseline p50 / p99 |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) r.runs.server.forEach((s, i) => {
    const b = r.runs.baseline[i];
    out.push(`| ${r.op.name} | ${i + 1} | ${f1(s.rps)} | ${s.p50} / ${s.p99} | ${f1(b.rps)} | ${b.p50} / ${b.p99} |`);
  });
  if (results.some((r) => r.atRate)) {
    out.push('', '## p99 at 60% of the server\'s maximum rate', '', `Open-loop load (requests sent every 1/rate s whether or not earlier ones were answered, over the operation's fixed number of keep-alive connections; latency from when each was due, a wait for a free connection included) for ${o.rateDuration} s, or longer (up to ${RATE_MAX_SECONDS} s) to make ${RATE_MIN_SAMPLES} requests; the same for both, except that a side whose own maximum rate (median of the rounds) is below the rate — *saturated*: its queue grows as long as requests come, so its p99 grows with the run — gets ${o.rateDuration} s of requests. Each side's requests are split over ${o.rounds} interleaved rounds; p50 and p99 are over all of them together. Before the rounds each side that keeps up gets ${o.warmup} s of requests at the rate that are not counted, the server then the baseline, and each of its rounds starts with ${PACED_WARMUP_SECONDS} s more; they are answered before the counted requests start. The machine's columns: the share of all cores busy during each side's counted requests (/proc/stat; both sides share the cores with MariaDB and the load generator), and the time per request that the side's threads and MariaDB's threads were ready to run but waited for a core (schedstat) — where these are high, a pause of anything on the machine (kdamond, a garbage collection, the host) takes long to work off.`, '', '| operation | rate req/s | requests server / baseline | server p50 / p99 ms | baseline p50 / p99 ms | p99 ratio | p99 of each round, server / baseline ms | CPU ms/req at the rate, server / baseline (share of a core) | the load generator\'s CPU ms/req, server\'s rounds / baseline\'s | the machine during the server\'s rounds / the baseline\'s: cores busy; waits for a CPU per request, the side + MariaDB (ms) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) if (r.atRate) {
      const a = r.atRate;
      const each = a.rounds.server.map((s, i) => `${s.p99} / ${a.rounds.baseline[i].p99}`).join('; ');
      const cpu = { server: cpuAtRate(a.rounds.server), baseline: cpuAtRate(a.rounds.baseline) };
      const share = (ms: number) => `${Math.round((ms * a.rate) / 10)} %`;
      out.push(`| ${r.op.name} | ${a.rate} | ${a.server.completed} / ${a.baseline.completed} | ${a.server.p50} / ${a.server.p99}${saturatedMark(a.saturated.server)} | ${a.baseline.p50} / ${a.baseline.p99}${saturatedMark(a.saturated.baseline)} | ${f2(a.server.p99 / a.baseline.p99)} | ${each} | ${f2(cpu.server)} / ${f2(cpu.baseline)} (${share(cpu.server)} / ${share(cpu.baseline)}) | ${f2(clientCpuAtRate(a.rounds.server))} / ${f2(clientCpuAtRate(a.rounds.baseline))} | ${machineCell(a.rounds.server)} / ${machineCell(a.rounds.baseline)} |`);
    }
  }
  if (soak) {
    const growth = (soak.after.rssMb - soak.before.rssMb) / soak.before.rssMb;
    out.push('', `## Soak (${soak.seconds} s; \`--soak 600\` for the 10-minute check)`, '');
    out.push(`${soak.requests} requests (nested assignments, list pages, writes) at ${o.connections} connections, after one ${SOAK_PASS_SECONDS} s pass of each to reach the steady state. After a full GC: RSS ${soak.before.rssMb} → ${soak.after.rssMb} MB (${(growth * 100).toFixed(1)}%), heap used ${soak.before.heapUsedMb} → ${soak.after.heapUsedMb} MB. After each cycle: ${soak.mid.map((m) => `${m.rssMb}/${m.heapUsedMb}`).join(', ')} (RSS/heap MB).`);
  }
  out.push('', '## Goals (server ÷ baseline)', '', goals(results, x.peak, soak).join('\n'), '');
  out.push('Statements per request are counted by wrapping the server\'s TypeORM logger (the sign-in check of the Bearer token included; "alone": the three correctness requests, each with a token not used just before (the median; a report on MySQL/MariaDB reads its indicator\'s measure the first time only, so its first takes one more); "under load": the rounds, where a signed-in user\'s row is remembered for PRINCIPAL_CACHE_MS) and by the baseline\'s own handle; CPU per request from process.cpuUsage() deltas in each process; peak RSS sampled every 25 ms; event-loop delay from perf_hooks.monitorEventLoopDelay (5 ms resolution).', '');
  return out.join('\n');
}

/** The writes whose first correctness request took more statements than the next: what they took, for the goals' table. */
function writeFirsts(results: OpResult[]): string {
  const more = results.filter((r) => r.op.write && r.statements.server[0] > r.statements.server[1]);
  return more.map((r) => ` (${r.op.name}: ${r.statements.server.join('/')})`).join('');
}

function goals(results: OpResult[], peak: Peaks, soak: { before: PhaseStats; after: PhaseStats } | null): string[] {
  const by = (n: string) => results.find((r) => r.op.name === n);
  const ratio = (n: string) => {
    const r = by(n);
    return r ? agg(r.runs.server).rps / agg(r.runs.baseline).rps : NaN;
  };
  const mark = (okay: boolean | null) => (okay == null ? '–' : okay ? 'met' : '**missed**');
  const rows = ['| goal | measured | |', '| --- | --- | --- |'];
  const st = (n: string) => {
    const r = by(n);
    return r ? median(r.statements.server) : NaN;
  };
  // The same count for every correctness request; a write may take more the first time only (on
  // MySQL/MariaDB a report reads its indicator's measure once per server: recordMeasurementAlone).
  const steady = (r: OpResult) => new Set(r.statements.server.slice(1)).size === 1 && r.statements.server[0] >= r.statements.server[1];
  const constant = results.every((r) => (r.op.write ? steady(r) : new Set(r.statements.server).size === 1));
  rows.push(`| SQL statements ≤ 6 for the nested assignments query | ${st('agency-assignments')} | ${mark(by('agency-assignments') ? st('agency-assignments') <= 6 : null)} |`);
  // Counted with the sign-in check of the token (1 statement, skipped while the principal is remembered): the list's own are one fewer.
  const listOwn = (n: string) => st(n) - 1;
  rows.push(
    `| 1–2 statements for a list page | page 1: ${st('list-page-1')} (sign-in + ${listOwn('list-page-1')}), deep: ${st('list-page-deep')} (sign-in + ${listOwn('list-page-deep')}: the count, then the page from the nearer end) | ${mark(by('list-page-1') && by('list-page-deep') ? Math.max(listOwn('list-page-1'), listOwn('list-page-deep')) <= 2 : null)} |`,
  );
  rows.push(`| statements constant per request (same count each time; a write's first may read more) | ${constant ? 'yes' : 'no'}${writeFirsts(results)} | ${mark(constant)} |`);
  const inSql = by('plan-progress') && by('dashboard') ? st('plan-progress') <= 3 && st('dashboard') <= 4 : null;
  rows.push(`| roll-ups computed in SQL | plan progress ${st('plan-progress')} statements (sign-in, plan, roll-up), dashboard ${st('dashboard')} (sign-in, plans, roll-up of all plans, review queue): each roll-up is one SQL statement (server/src/modules/progress/progress.sql.ts) | ${mark(inSql)} |`);
  rows.push(`| nested assignments throughput ≥ 0.5 × baseline | ${f3(ratio('agency-assignments'))} | ${mark(by('agency-assignments') ? ratio('agency-assignments') >= 0.5 : null)} |`);
  rows.push(`| plan progress throughput ≥ 0.7 × baseline | ${f3(ratio('plan-progress'))} | ${mark(by('plan-progress') ? ratio('plan-progress') >= 0.7 : null)} |`);
  rows.push(`| dashboard throughput ≥ 0.7 × baseline | ${f3(ratio('dashboard'))} | ${mark(by('dashboard') ? ratio('dashboard') >= 0.7 : null)} |`);
  rows.push(`| list page throughput ≥ 0.5 × baseline | page 1 ${f3(ratio('list-page-1'))}, deep ${f3(ratio('list-page-deep'))} | ${mark(by('list-page-1') ? Math.min(ratio('list-page-1'), ratio('list-page-deep')) >= 0.5 : null)} |`);
  const p1 = by('list-page-1');
  const pd = by('list-page-deep');
  const slow = p1 && pd ? agg(p1.runs.server).rps / agg(pd.runs.server).rps : NaN;
  rows.push(`| deep page no more than 1.5× slower than page 1 | ${f2(slow)}× | ${mark(p1 && pd ? slow <= 1.5 : null)} |`);
  const rate = results.filter((r) => r.atRate).map((r) => `${r.op.name} ${f2(r.atRate!.server.p99 / r.atRate!.baseline.p99)}`);
  const rateOk = results.filter((r) => r.atRate).every((r) => r.atRate!.server.p99 <= 3 * r.atRate!.baseline.p99);
  rows.push(`| p99 at 60% of the server's max rate ≤ 3 × baseline p99 | ${rate.join(', ') || '–'} | ${mark(rate.length ? rateOk : null)} |`);
  rows.push(
    `| peak memory ≤ 3 × baseline | ${peak.server} / ${peak.baseline} MB = ${f2(peak.server / peak.baseline)} (RSS under the operations; the whole process, the server's start and its users' sign-ins included: ${peak.lifetime.server} / ${peak.lifetime.baseline} MB = ${f2(peak.lifetime.server / peak.lifetime.baseline)}) | ${mark(peak.server <= 3 * peak.baseline)} |`,
  );
  if (soak) {
    const g = (soak.after.rssMb - soak.before.rssMb) / soak.before.rssMb;
    rows.push(`| no memory growth over the soak beyond 10% | ${(g * 100).toFixed(1)}% RSS after GC | ${mark(g <= 0.1)} |`);
  }
  return rows;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
