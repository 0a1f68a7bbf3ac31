/**
 * Facts about the machine the benchmark runs on that its numbers depend on, beyond cores and
 * memory: whether the kernel's DAMON monitor (kdamond) is on. Some virtual machines run it to
 * find cold memory and hand it back to the host; every sampling interval it walks page mappings
 * for a few milliseconds of a core, more under load. On the seventh sitting's machine (500 ms
 * sampling, "pageout" scheme) each pass took 13–20 ms of CPU while both sides were under
 * open-loop load, and lined up with a burst of slow answers in every round of both (README,
 * "seventh sitting"): the bursts are the p99 at 60 % of the rate.
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
