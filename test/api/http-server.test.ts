import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressHttpServer } from '../../server/src/common/http-server';

/**
 * server/src/common/http-server.ts: requests and responses are built with the app's own
 * prototypes, so that Express's per-request Object.setPrototypeOf changes nothing (it used to
 * give every request new hidden classes; the benchmark's write lost a third of its speed to it).
 */
describe('the HTTP server builds Express requests and responses', () => {
  let server: http.Server;
  let url: string;
  const seen: Array<{ req: boolean; res: boolean }> = [];
  let app: express.Express;

  beforeAll(async () => {
    const built = expressHttpServer();
    server = built.httpServer;
    app = express();
    app.get('/echo', (req, res) => {
      res.json({ header: req.get('x-probe'), ip: req.ip, query: req.query.q, incoming: req instanceof http.IncomingMessage, outgoing: res instanceof http.ServerResponse });
    });
    // Registered before the app: sees each request as Node built it, before Express touches it.
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      seen.push({ req: Object.getPrototypeOf(req) === app.request, res: Object.getPrototypeOf(res) === app.response });
    });
    built.serve(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gives each request and response the app's prototype before Express sees it", async () => {
    seen.length = 0;
    for (let i = 0; i < 3; i++) expect((await fetch(`${url}/echo`)).status).toBe(200);
    expect(seen).toEqual([
      { req: true, res: true },
      { req: true, res: true },
      { req: true, res: true },
    ]);
  });

  it('keeps what Express and Node give a request and a response', async () => {
    const res = await fetch(`${url}/echo?q=ward`, { headers: { 'x-probe': 'ben-nghe' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ header: 'ben-nghe', ip: '127.0.0.1', query: 'ward', incoming: true, outgoing: true });
  });

  it('answers a route that does not exist with Express’s 404', async () => {
    const res = await fetch(`${url}/nowhere`);
    expect(res.status).toBe(404);
  });
});
