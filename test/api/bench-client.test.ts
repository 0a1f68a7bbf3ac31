/**
 * The benchmark's open-loop HTTP client (bench/src/raw-http.ts) reads answers by their
 * Content-Length on keep-alive connections: if it framed them wrongly, every later answer on the
 * connection would be misread and the p99 phase would time the wrong thing. Against a bare
 * node:http server (answers split over many writes, large ones, a chunked one) and the real
 * GraphQL server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RawHttpPool } from '../../bench/src/raw-http';
import { startTestServer, type TestServer } from '../support/server';

/** What the bare server is asked to answer: a body of `size` bytes with `status`, after `delay` ms. */
interface Ask {
  size?: number;
  status?: number;
  /** Without Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
  delay?: number;
  /** Close the connection instead of answering. */
  drop?: boolean;
}

/** POST `ask` to the bare server over `pool`; its answer's status. */
const ask = (pool: RawHttpPool, a: Ask) => pool.post({}, JSON.stringify(a));

describe('the benchmark open-loop client', () => {
  let bare: http.Server;
  let url: URL;
  let open = 0;
  let mostOpen = 0;
  let connections = 0;
  const seen: Array<{ body: string; auth: string | undefined; type: string | undefined }> = [];

  beforeAll(async () => {
    bare = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', async () => {
        seen.push({ body, auth: req.headers.authorization, type: req.headers['content-type'] });
        open++;
        mostOpen = Math.max(mostOpen, open);
        const { size = 10, status = 200, chunked = false, delay = 0, drop = false } = JSON.parse(body) as Ask;
        await new Promise((r) => setTimeout(r, delay));
        open--;
        if (drop) return req.socket.destroy();
        const text = 'x'.repeat(size);
        res.statusCode = status;
        if (chunked) {
          res.write(text.slice(0, size / 2));
          res.end(text.slice(size / 2));
          return;
        }
        res.setHeader('content-length', size);
        // Split over several writes (and so, often, several reads on the client's side).
        for (let i = 0; i < size; i += 7000) res.write(text.slice(i, i + 7000));
        res.end();
      });
    });
    // Idle keep-alive connections are closed soon: after 100 ms and the second Node 20 adds
    // (its default is 5 s).
    bare.keepAliveTimeout = 100;
    bare.on('connection', () => connections++);
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    url = new URL(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`);
  });
  afterAll(() => new Promise<void>((r) => bare.close(() => r())));

  it('frames answers of any size on kept-alive connections, queues beyond its connections, sends the headers and body', async () => {
    const pool = new RawHttpPool(url, 3);
    mostOpen = 0;
    seen.length = 0;
    const sizes = [0, 1, 10, 70_000, 3, 250_000, 5, 16_384, 2, 1_000_000, 7, 1];
    const asked = sizes.flatMap((size, i) => [
      { size, status: 200, delay: 5 + (i % 3) },
      { size: 20, status: 400 + (i % 5), delay: 1 },
    ]);
    const statuses = await Promise.all(asked.map((a) => pool.post({ 'content-type': 'application/json', authorization: 'Bearer t' }, JSON.stringify(a))));
    expect(statuses).toEqual(asked.map((a) => a.status));
    expect(pool.error()).toBeNull();
    // Three connections, one request at a time on each: never more than three answered at once.
    expect(mostOpen).toBe(3);
    expect(seen).toHaveLength(asked.length);
    expect(new Set(seen.map((s) => s.body))).toEqual(new Set(asked.map((a) => JSON.stringify(a))));
    expect(seen.every((s) => s.auth === 'Bearer t' && s.type === 'application/json')).toBe(true);
    pool.close();
  });

  it('reports an answer without Content-Length as an error instead of guessing where it ends', async () => {
    const pool = new RawHttpPool(url, 1);
    expect(await ask(pool, { size: 10 })).toBe(200);
    expect(await ask(pool, { size: 10, chunked: true })).toBe(0);
    expect(pool.error()?.message).toMatch(/without Content-Length: HTTP\/1.1 200/);
    // The connection is gone; later requests fail at once rather than hang.
    expect(await ask(pool, { size: 10 })).toBe(0);
    pool.close();
    // So do requests that were waiting for a connection when it failed.
    const two = new RawHttpPool(url, 2);
    const answers = await Promise.all([
      ask(two, { size: 10, chunked: true, delay: 20 }),
      ask(two, { size: 10, chunked: true, delay: 20 }),
      ...Array.from({ length: 5 }, () => ask(two, { size: 10 })),
    ]);
    expect(answers).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(two.error()?.message).toMatch(/without Content-Length/);
    two.close();
  });

  it('counts a request whose connection is lost as failed, and goes on over a new connection, as after an idle one was closed', async () => {
    const pool = new RawHttpPool(url, 1);
    const before = connections;
    expect(await ask(pool, { size: 10 })).toBe(200);
    expect(await ask(pool, { size: 11 })).toBe(200);
    expect(connections - before).toBe(1);
    expect(await ask(pool, { drop: true })).toBe(0);
    expect(await ask(pool, { size: 30 })).toBe(200);
    expect(connections - before).toBe(2);
    // The server closes the idle connection after ~1.1 s; the next request opens another.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await ask(pool, { size: 40, status: 201 })).toBe(201);
    expect(connections - before).toBe(3);
    // Idle longer than the client reuses a connection (2 s): replaced before the request.
    bare.keepAliveTimeout = 10_000;
    expect(await ask(pool, { size: 5 })).toBe(200);
    expect(connections - before).toBe(3);
    await new Promise((r) => setTimeout(r, 2_100));
    expect(await ask(pool, { size: 6, status: 202 })).toBe(202);
    expect(connections - before).toBe(4);
    bare.keepAliveTimeout = 100;
    expect(pool.error()).toBeNull();
    pool.close();
  });

  it('reads the real GraphQL server: a signed-in query, a refused one, a malformed body', async () => {
    const s: TestServer = await startTestServer({ seed: false });
    try {
      const pool = new RawHttpPool(new URL(s.url), 2);
      const json = { 'content-type': 'application/json' };
      const query = JSON.stringify({ query: '{ agencies(first: 1) { totalCount } }' });
      const answers = await Promise.all([
        pool.post({ ...json, authorization: `Bearer ${s.adminToken}` }, query),
        pool.post({ ...json, authorization: 'Bearer not-a-token' }, query),
        pool.post(json, '{"query": '),
        pool.post({ ...json, authorization: `Bearer ${s.adminToken}` }, query),
      ]);
      const direct = await fetch(s.url, { method: 'POST', headers: { ...json, authorization: 'Bearer not-a-token' }, body: query });
      expect(answers).toEqual([200, direct.status, 400, 200]);
      expect(pool.error()).toBeNull();
      pool.close();
    } finally {
      await s.close();
    }
  });
});
