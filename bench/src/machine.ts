/**
 * Facts about the machine the benchmark runs on that its numbers depend on, beyond cores and
 * memory: whether the kernel's DAMON monitor (kdamond) is on. Some virtual machines run it to
 * find cold memory and hand it back to the host; every sampling interval it walks page mappings
 * for a few milliseconds of a core, more under load. On the seventh sitting's machine (500 ms
 * sampling, "pageout" scheme) each pass took 13–20 ms of CPU while both sides were under
 * open-loop load, and lined up with a burst of slow answers in every round of both (bench/FINDINGS.md,
 * "Seventh sitting"): the bursts are the p99 at 60 % of the rate.
 */
import fs from 'node:fs';
import path from 'node:path';

const DAMON = '/sys/kernel/mm/damon/admin/kdamonds';

export interface MemoryMonitor {
  /** "sampling every 500 ms, scheme pageout" */
  description: string;
  /** CPU time kdamond has used so far (ms). */
  cpuMs(): number;
}

const read = (file: string): string | null => {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
};

/** The first running kdamond, or null (no DAMON, not running, or not readable). */
export function memoryMonitor(root = DAMON): MemoryMonitor | null {
  const count = Number(read(path.join(root, 'nr_kdamonds')) ?? 0);
  for (let n = 0; n < count; n++) {
    const dir = path.join(root, String(n));
    const pid = read(path.join(dir, 'pid'));
    if (read(path.join(dir, 'state')) !== 'on' || !pid || pid === '-1') continue;
    const context = path.join(dir, 'contexts', '0');
    const sampleUs = Number(read(path.join(context, 'monitoring_attrs', 'intervals', 'sample_us')));
    const actions = fs.existsSync(path.join(context, 'schemes'))
      ? fs.readdirSync(path.join(context, 'schemes')).filter((d) => /^\d+$/.test(d)).map((d) => read(path.join(context, 'schemes', d, 'action'))).filter(Boolean)
      : [];
    const sampling = Number.isFinite(sampleUs) && sampleUs > 0 ? `sampling every ${sampleUs / 1000} ms` : 'sampling interval unknown';
    return {
      description: `${sampling}${actions.length ? `, scheme ${actions.join(', ')}` : ''}`,
      // The first field of schedstat: time on a CPU, in nanoseconds.
      cpuMs: () => Number(read(`/proc/${pid}/schedstat`)?.split(' ')[0] ?? NaN) / 1e6,
    };
  }
  return null;
}

/** What the machine's cores did over a stretch of time (from `contention()` to the call of what it returned). */
export interface Contention {
  /** Share of all cores' time that was busy (0–1), from /proc/stat. */
  busyShare: number;
  /** Time the measured process's threads were waiting for a CPU while runnable (ms, schedstat). */
  processWaitMs: number;
  /** The same for the local database server's threads (ms; 0 when none runs on this machine). */
  databaseWaitMs: number;
  /** Time the local database server's threads spent on a CPU (ms). */
  databaseRunMs: number;
  /**
   * Time in which at least one task on the machine was stalled waiting for I/O (ms; the kernel's
   * pressure stall information, /proc/pressure/io "some"; null where the kernel does not keep it).
   * A COMMIT waits for its log to reach the disk (MariaDB's default): on a virtual machine whose
   * disk the host shares, a slow write stalls every writer at once.
   */
  ioStallMs: number | null;
}

/** A thread's time on a CPU and waiting for one (ms, from its schedstat). */
interface ThreadTime {
  runMs: number;
  waitMs: number;
}

interface Snapshot {
  busy: number;
  total: number;
  /** By thread id (the database's: by pid/tid). */
  process: Map<string, ThreadTime>;
  database: Map<string, ThreadTime>;
  ioStallMs: number | null;
}

/** The machine's busy and total time from /proc/stat's first line (in ticks; iowait counts as idle). */
export function machineTicks(procRoot = '/proc'): { busy: number; total: number } | null {
  const line = read(path.join(procRoot, 'stat'))?.split('\n')[0];
  if (!line?.startsWith('cpu ')) return null;
  // user nice system idle iowait irq softirq steal (guest time is already in user)
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - v[3] - v[4], total };
}

/** Time on a CPU and waiting for one of each thread of `pid` (ms, by thread id; empty when it is gone or schedstat is absent). */
export function threadTimes(pid: number, procRoot = '/proc'): Map<string, ThreadTime> {
  const times = new Map<string, ThreadTime>();
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(path.join(procRoot, String(pid), 'task'));
  } catch {
    return times;
  }
  for (const t of tasks) {
    const f = read(path.join(procRoot, String(pid), 'task', t, 'schedstat'))?.split(' ');
    if (f && f.length >= 2) times.set(t, { runMs: Number(f[0]) / 1e6, waitMs: Number(f[1]) / 1e6 });
  }
  return times;
}

/**
 * What threads did between two readings: a thread in both counts its growth, one that started
 * between them all of its time; one that ended between them is not counted (its last part is
 * lost, rather than its whole life subtracted — MariaDB ends idle connection threads).
 */
function growth(before: Map<string, ThreadTime>, after: Map<string, ThreadTime>): ThreadTime {
  const sum = { runMs: 0, waitMs: 0 };
  for (const [tid, a] of after) {
    const b = before.get(tid) ?? { runMs: 0, waitMs: 0 };
    sum.runMs += Math.max(0, a.runMs - b.runMs);
    sum.waitMs += Math.max(0, a.waitMs - b.waitMs);
  }
  return sum;
}

/** The machine's total I/O stall so far, "some" (ms; /proc/pressure/io: `some avg10=… total=<µs>`), or null. */
export function ioStallTotal(procRoot = '/proc'): number | null {
  const some = read(path.join(procRoot, 'pressure', 'io'))?.match(/^some .*\btotal=(\d+)/m);
  return some ? Number(some[1]) / 1000 : null;
}

/** Processes of a MariaDB or MySQL server on this machine (by their command name). */
export function databasePids(procRoot = '/proc'): number[] {
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(procRoot).filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  return entries.filter((d) => /^(mariadbd|mysqld)$/.test(read(path.join(procRoot, d, 'comm')) ?? '')).map(Number);
}

/**
 * Start watching how contended the cores are while `pid` is measured: call the result at the
 * end for the stretch's Contention (null when /proc/stat cannot be read: not Linux). A process
 * that waits for a CPU while it could run is a machine too busy — the open-loop rounds' slow
 * answers come in bursts when something else (kdamond, the database, the load generator, the
 * host) takes the cores.
 */
export function contention(pid: number, dbPids: number[], procRoot = '/proc'): () => Contention | null {
  const snap = (): Snapshot | null => {
    const ticks = machineTicks(procRoot);
    if (!ticks) return null;
    const database = new Map<string, ThreadTime>();
    for (const p of dbPids) for (const [tid, t] of threadTimes(p, procRoot)) database.set(`${p}/${tid}`, t);
    return { ...ticks, process: threadTimes(pid, procRoot), database, ioStallMs: ioStallTotal(procRoot) };
  };
  const before = snap();
  return () => {
    const after = snap();
    if (!before || !after || after.total <= before.total) return null;
    const process = growth(before.process, after.process);
    const database = growth(before.database, after.database);
    const ioStallMs = before.ioStallMs != null && after.ioStallMs != null ? after.ioStallMs - before.ioStallMs : null;
    return { busyShare: (after.busy - before.busy) / (after.total - before.total), processWaitMs: process.waitMs, databaseWaitMs: database.waitMs, databaseRunMs: database.runMs, ioStallMs };
  };
}
