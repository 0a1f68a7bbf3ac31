/**
 * The benchmark's report names the kernel's DAMON monitor when it runs (bench/src/machine.ts):
 * read from a sysfs tree laid out as the kernel's, in a temporary directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryMonitor } from '../../bench/src/machine';

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
