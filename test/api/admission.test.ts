import http from 'node:http';
import { startTestServer, type TestServer } from '../support/server';

/** Admission control (server/src/common/admission.ts): one request worked on at once, one waiting. */
describe('admission control', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: false, config: { requests: { concurrent: 1, queued: 1 } } });
  });
  afterAll(async () => s?.close());

  const body = JSON.stringify({ query: '{ plans { totalCount } }' });
  /** A request whose body is sent only when `finish` is called: it holds its place meanwhile. */
  function held() {
    const url = new URL(s.url);
    let answer!: Promise<{ status: number; json: any }>;
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${s.adminToken}`, 'content-length': String(Buffer.byteLength(body)) } });
    answer = new Promise((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 5));
    return { answer, finish: () => req.end(body.slice(5)), abort: () => req.destroy() };
  }
  const until = async (what: () => boolean) => {
    while (!what()) await new Promise((r) => setTimeout(r, 5));
  };
  const stats = () => s.server.admission.stats;

  it('lets one request in, queues the next, answers a third 503 SERVICE_UNAVAILABLE at once, then serves the first two', async () => {
    const first = held();
    await until(() => stats().active === 1);
    const second = held();
    second.finish();
    await until(() => stats().queued === 1);
    const third = await s.gql('{ plans { totalCount } }');
    expect([third.status, third.errors?.[0].extensions?.code, third.headers.get('retry-after')]).toEqual([503, 'SERVICE_UNAVAILABLE', '1']);
    first.finish();
    const [a, b] = await Promise.all([first.answer, second.answer]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.json.data.plans.totalCount).toBe(0);
    expect(b.json.data.plans.totalCount).toBe(0);
    await until(() => stats().active === 0);
    expect(stats()).toMatchObject({ active: 0, queued: 0 });
  });

  it('gives up the place of a waiting request whose client went away', async () => {
    const first = held();
    await until(() => stats().active === 1);
    const gone = held();
    gone.answer.catch(() => undefined);
    await until(() => stats().queued === 1);
    gone.abort();
    await until(() => stats().queued === 0);
    const next = held();
    next.finish();
    await until(() => stats().queued === 1);
    first.finish();
    expect((await next.answer).json.data.plans.totalCount).toBe(0);
    expect((await first.answer).status).toBe(200);
  });
});
