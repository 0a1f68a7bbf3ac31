import http from 'node:http';
import type { Socket } from 'node:net';
import type express from 'express';

/**
 * An http.Server that builds each request and response as Express's own objects.
 *
 * Express 5 (`app.handle`) gives every incoming `req` and `res` its app's prototype with
 * `Object.setPrototypeOf`. V8 then gives both objects new maps, and what they hold outlives
 * the young generation: in the benchmark's write, about 13 KB of every request survived two
 * scavenges and went to the old generation (the raw-SQL baseline on `node:http`: almost
 * nothing). Each scavenge then took 2–9 ms, and every few seconds a full collection had to clear
 * the rest. A bare Express app shows the same (7 KB promoted per request, 8 ms scavenges; with
 * this server none, 0.5 ms, and three times the requests a second). Node can construct requests and responses from given classes instead
 * (`IncomingMessage` / `ServerResponse` options); these classes' prototypes are the app's own,
 * so Express's `setPrototypeOf` finds the prototype already in place and changes nothing.
 * (expressjs/express#5998 describes the same fix.)
 */
export function expressHttpServer(): { httpServer: http.Server; serve(app: express.Express): void } {
  function Request(this: http.IncomingMessage, socket: Socket) {
    (http.IncomingMessage as unknown as (this: http.IncomingMessage, socket: Socket) => void).call(this, socket);
  }
  function Response(this: http.ServerResponse, req: http.IncomingMessage, options?: object) {
    (http.ServerResponse as unknown as (this: http.ServerResponse, req: http.IncomingMessage, options?: object) => void).call(this, req, options);
  }
  Request.prototype = http.IncomingMessage.prototype;
  Response.prototype = http.ServerResponse.prototype;
  const httpServer = http.createServer({
    IncomingMessage: Request as unknown as typeof http.IncomingMessage,
    ServerResponse: Response as unknown as typeof http.ServerResponse,
  });
  return {
    httpServer,
    /** Answer with `app`; its request and response prototypes become those of every request from now on. */
    serve(app) {
      Request.prototype = app.request;
      Response.prototype = app.response;
      httpServer.on('request', app);
    },
  };
}
