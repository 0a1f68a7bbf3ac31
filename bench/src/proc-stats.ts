/**
 * Runs inside a measured process (the server or the baseline): answers the harness over IPC
 * with CPU time, statements, requests, peak RSS and event-loop delay since the last `mark`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';
import type http from 'node:http';

export interface PhaseStats {
  requests: number;
  statements: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  peakRssMb: number;
  rssMb: number;
  heapUsedMb: number;
  eventLoopP50Ms: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  inFlight: number;
  lifetimePeakRssMb: number;
}

export type StatsMessage = { id: number; cmd: 'mark' | 'read' | 'gc' | 'idle' | 'stop' };

export function attachStats(server: http.Server, statements: () => number, onStop: () => Promise<void>) {
  let requests = 0;
  let inFlight = 0;
  const traceRequest = traceRequests();
  server.on('request', (_req, res) => {
    requests++;
    inFlight++;
    const arrived = traceRequest ? performance.now() : 0;
    res.once('close', () => {
      inFlight--;
      traceRequest?.(arrived);
    });
  });
  traceGc();
  traceEventLoop();
  const eld = monitorEventLoopDelay({ resolution: 5 });
  eld.enable();
  let mark = { requests: 0, statements: 0, cpu: process.cpuUsage() };
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 25);
  sampler.unref();
  const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
  const read = (): PhaseStats => {
    const cpu = process.cpuUsage(mark.cpu);
    const rss = process.memoryUsage.rss();
    peak = Math.max(peak, rss);
    return {
      requests: requests - mark.requests,
      statements: statements() - mark.statements,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
      peakRssMb: mb(peak),
      rssMb: mb(rss),
      heapUsedMb: mb(process.memoryUsage().heapUsed),
      eventLoopP50Ms: eld.percentile(50) / 1e6,
      eventLoopP99Ms: eld.percentile(99) / 1e6,
      eventLoopMaxMs: eld.max / 1e6,
      inFlight,
      lifetimePeakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    };
  };
  process.on('message', async (msg: StatsMessage) => {
    let body: unknown = null;
    if (msg.cmd === 'mark') {
      mark = { requests, statements: statements(), cpu: process.cpuUsage() };
      peak = process.memoryUsage.rss();
      eld.reset();
    } else if (msg.cmd === 'read') body = read();
    else if (msg.cmd === 'gc') {
      const g = (globalThis as { gc?: () => void }).gc;
      if (g) {
        g();
        await new Promise((r) => setTimeout(r, 50));
        g();
      }
      body = read();
    } else if (msg.cmd === 'idle') {
      const until = Date.now() + 120_000;
      while (inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      body = { inFlight };
    } else if (msg.cmd === 'stop') {
      clearInterval(sampler);
      const until = Date.now() + 60_000;
      while (inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      await onStop();
      process.send?.({ id: msg.id, body: null }, () => process.exit(0));
      return;
    }
    process.send?.({ id: msg.id, body });
  });
}

/**
 * With BENCH_TRACE_DIR set, a trace file of this process there, `<kind>-<script>-<pid>.txt`: the
 * lines given are kept and appended once a second (not a write per event while measured), or
 * null when nothing is to be traced.
 */
function traceFile(kind: string): ((line: string) => void) | null {
  const dir = traceDir();
  if (!dir) return null;
  const file = path.join(dir, `${kind}-${path.basename(process.argv[1], '.js')}-${process.pid}.txt`);
  let lines: string[] = [];
  setInterval(() => {
    if (lines.length) fs.appendFileSync(file, lines.join('\n') + '\n');
    lines = [];
  }, 1000).unref();
  return (line) => lines.push(line);
}

/** Milliseconds since the epoch of a performance.now() time, for lining traces of several processes up. */
const epochMs = (t: number) => (performance.timeOrigin + t).toFixed(2);

/**
 * With BENCH_TRACE_DIR set, every GC of this process — when it started (ms since the epoch), how
 * long it took and its kind (1 minor, 4 major, 8 incremental marking step, 16 weak callbacks) —
 * goes to gc-<script>-<pid>.txt there, to set beside the harness's request trace.
 */
export function traceGc() {
  const trace = traceFile('gc');
  if (!trace) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) trace(`${epochMs(e.startTime)} ${e.duration.toFixed(2)} ${(e as { detail?: { kind?: number } }).detail?.kind ?? 0}`);
  }).observe({ entryTypes: ['gc'] });
}

/**
 * With BENCH_TRACE_DIR set, every request this process answered — when it arrived (ms since the
 * epoch, at the HTTP server's 'request' event: before admission and body parsing) and how long
 * until its answer was sent — goes to req-<script>-<pid>.txt there: set beside the harness's
 * latencies, it tells a wait inside the process from one before the request reached it.
 */
function traceRequests(): ((arrived: number) => void) | null {
  const trace = traceFile('req');
  return trace && ((arrived) => trace(`${epochMs(arrived)} ${(performance.now() - arrived).toFixed(2)}`));
}

/**
 * With BENCH_TRACE_DIR set, a timer due every 10 ms notes each time it fired 5 ms or more late
 * — when it was due (ms since the epoch) and how late — in lag-<script>-<pid>.txt: the times this
 * process's event loop was blocked, or the process got no CPU.
 */
export function traceEventLoop() {
  const trace = traceFile('lag');
  if (!trace) return;
  let due = performance.now() + 10;
  setInterval(() => {
    const now = performance.now();
    if (now - due >= 5) trace(`${epochMs(due)} ${(now - due).toFixed(2)}`);
    due = now + 10;
  }, 10).unref();
}

/** BENCH_TRACE_DIR, created, or null when nothing is to be traced. */
export function traceDir(): string | null {
  const dir = process.env.BENCH_TRACE_DIR;
  if (!dir) return null;
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
