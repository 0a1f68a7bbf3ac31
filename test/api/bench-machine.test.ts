/**
 * The benchmark's report names the kernel's DAMON monitor when it runs (bench/src/machine.ts):
 * read from a sysfs tree laid out as the kernel's, in a temporary directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contention, databasePids, ioStallTotal, machineTicks, memoryMonitor, threadTimes } from '../../bench/src/machine';

function damonTree(state: string, pid: number, schemes: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'damon-'));
  const dir = path.join(root, '0');
  const context = path.join(dir, 'contexts', '0');
  fs.mkdirSync(path.join(context, 'monitoring_attrs', 'intervals'), { recursive: true });
  fs.writeFileSync(path.join(root, 'nr_kdamonds'), '1\n');
  fs.writeFileSync(path.join(dir, 'state'), `${state}\n`);
  fs.writeFileSync(path.join(dir, 'pid'), `${pid}\n`);
  fs.writeFileSync(path.join(context, 'monitoring_attrs', 'intervals', 'sample_us'), '500000\n');
  schemes.forEach((action, i) => {
    fs.mkdirSync(path.join(context, 'schemes', String(i)), { recursive: true });
    fs.writeFileSync(path.join(context, 'schemes', String(i), 'action'), `${action}\n`);
  });
  return root;
}

describe('the benchmark machine: the kernel memory monitor', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  it('describes a running kdamond and reads its CPU time from /proc', () => {
    // This process stands in for kdamond: its schedstat is real.
    const root = damonTree('on', process.pid, ['pageout']);
    roots.push(root);
    const monitor = memoryMonitor(root);
    expect(monitor?.description).toBe('sampling every 500 ms, scheme pageout');
    const before = monitor!.cpuMs();
    let x = 0;
    for (let i = 0; i < 5e6; i++) x += i % 7;
    expect(x).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
    expect(monitor!.cpuMs()).toBeGreaterThan(before);
  });

  it('is null when DAMON is off, absent or its daemon has no process', () => {
    const off = damonTree('off', process.pid, ['pageout']);
    const noPid = damonTree('on', -1, []);
    roots.push(off, noPid);
    expect(memoryMonitor(off)).toBeNull();
    expect(memoryMonitor(noPid)).toBeNull();
    expect(memoryMonitor(path.join(off, 'missing'))).toBeNull();
  });
});

/** A /proc tree with the machine's line of `stat` and processes of the given commands, each with threads' schedstat. */
function procTree(stat: string, processes: Record<number, { comm: string; threads: string[] }>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'proc-'));
  fs.writeFileSync(path.join(root, 'stat'), `${stat}\ncpu0 1 2 3 4 5 6 7 8 0 0\n`);
  for (const [pid, p] of Object.entries(processes)) {
    fs.mkdirSync(path.join(root, pid, 'task'), { recursive: true });
    fs.writeFileSync(path.join(root, pid, 'comm'), `${p.comm}\n`);
    p.threads.forEach((line, i) => {
      fs.mkdirSync(path.join(root, pid, 'task', String(Number(pid) + i)));
      fs.writeFileSync(path.join(root, pid, 'task', String(Number(pid) + i), 'schedstat'), `${line}\n`);
    });
  }
  return root;
}

describe('the benchmark machine: how contended the cores are', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  it('reads busy and total time (iowait counted as idle), threads\' run and wait times, and the database server\'s processes', () => {
    const root = procTree('cpu  100 0 50 800 50 0 0 0 0 0', {
      10: { comm: 'node', threads: ['2000000 1000000 5', '3000000 500000 7'] },
      20: { comm: 'mariadbd', threads: ['9000000 4000000 3'] },
      30: { comm: 'mysqld', threads: [] },
      40: { comm: 'mariadb', threads: [] },
    });
    roots.push(root);
    expect(machineTicks(root)).toEqual({ busy: 150, total: 1000 });
    expect(threadTimes(10, root)).toEqual(new Map([['10', { runMs: 2, waitMs: 1 }], ['11', { runMs: 3, waitMs: 0.5 }]]));
    expect(threadTimes(99, root).size).toBe(0);
    expect(databasePids(root).sort()).toEqual([20, 30]);
    expect(machineTicks(path.join(root, 'missing'))).toBeNull();
  });

  it('gives the busy share and the waits between two readings', () => {
    const root = procTree('cpu  100 0 50 800 50 0 0 0 0 0', {
      10: { comm: 'node', threads: ['2000000 1000000 5'] },
      20: { comm: 'mariadbd', threads: ['9000000 4000000 3'] },
    });
    roots.push(root);
    const done = contention(10, [20], root);
    // 400 ticks later: 300 of them busy; the process waited 2 ms more, the database 6 ms and ran 10 ms.
    fs.writeFileSync(path.join(root, 'stat'), 'cpu  300 0 150 880 70 0 0 0 0 0\n');
    fs.writeFileSync(path.join(root, '10', 'task', '10', 'schedstat'), '4000000 3000000 9\n');
    fs.writeFileSync(path.join(root, '20', 'task', '20', 'schedstat'), '19000000 10000000 9\n');
    expect(done()).toEqual({ busyShare: 0.75, processWaitMs: 2, databaseWaitMs: 6, databaseRunMs: 10, ioStallMs: null });
    // A database thread that ends between two readings is left out (never subtracted); one that starts counts whole.
    const next = contention(10, [20], root);
    fs.rmSync(path.join(root, '20', 'task', '20'), { recursive: true });
    fs.mkdirSync(path.join(root, '20', 'task', '21'));
    fs.writeFileSync(path.join(root, '20', 'task', '21', 'schedstat'), '1000000 500000 1\n');
    fs.writeFileSync(path.join(root, 'stat'), 'cpu  300 0 150 1080 70 0 0 0 0 0\n');
    expect(next()).toEqual({ busyShare: 0, processWaitMs: 0, databaseWaitMs: 0.5, databaseRunMs: 1, ioStallMs: null });
    // Not Linux (no /proc/stat): nothing to say.
    expect(contention(10, [], path.join(root, 'missing'))()).toBeNull();
  });

  it('gives the machine\'s I/O stall between two readings, where the kernel keeps pressure stall information', () => {
    const root = procTree('cpu  100 0 50 800 50 0 0 0 0 0', { 10: { comm: 'node', threads: ['2000000 1000000 5'] } });
    roots.push(root);
    fs.mkdirSync(path.join(root, 'pressure'));
    const pressure = (some: number, full: number) =>
      fs.writeFileSync(path.join(root, 'pressure', 'io'), `some avg10=1.00 avg60=0.50 avg300=0.20 total=${some}\nfull avg10=0.50 avg60=0.20 avg300=0.10 total=${full}\n`);
    pressure(125254575, 51713223);
    expect(ioStallTotal(root)).toBeCloseTo(125254.575, 6);
    const done = contention(10, [], root);
    // 85 ms more of "some" (and 40 of "full", which is not what is reported).
    pressure(125339575, 51753223);
    fs.writeFileSync(path.join(root, 'stat'), 'cpu  200 0 50 800 50 0 0 0 0 0\n');
    expect(done()?.ioStallMs).toBeCloseTo(85, 6);
    expect(ioStallTotal(path.join(root, 'missing'))).toBeNull();
  });
});
