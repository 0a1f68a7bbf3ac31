/**
 * The raw-SQL baseline: a bare node:http handler that answers each operation with one
 * hand-written SQL statement (mysql2 or better-sqlite3 directly) and the same JSON as the
 * server's `data`. No auth, no validation, no framework: the practical limit.
 */
import http from 'node:http';
import { openDb } from './db';
import { OPERATIONS } from './operations';
import { attachStats } from './proc-stats';

async function main() {
  const db = await openDb(process.env.BENCH_DATABASE_URL!, { pool: 10 });
  const ops = new Map(OPERATIONS.map((o) => [`/${o.name}`, o]));
  const ctx = { today: () => new Date().toISOString().slice(0, 10) };
  const server = http.createServer((req, res) => {
    const op = ops.get(req.url ?? '');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        if (!op || req.method !== 'POST') throw Object.assign(new Error('not found'), { status: 404 });
        const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        const data = await op.baseline(db, body.variables ?? {}, ctx);
        const text = JSON.stringify({ data });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      } catch (err) {
        const text = JSON.stringify({ errors: [{ message: (err as Error).message }] });
        res.writeHead((err as { status?: number }).status ?? 500, { 'content-type': 'application/json' });
        res.end(text);
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  attachStats(server, () => db.statements, async () => {
    server.close();
    await db.close();
  });
  const port = (server.address() as { port: number }).port;
  process.send?.({ ready: true, url: `http://127.0.0.1:${port}` });
}

main().catch((err) => {
  console.error('baseline process failed:', err);
  process.exit(1);
});
