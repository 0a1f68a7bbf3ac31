import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type http from 'node:http';
import type { DataSource } from 'typeorm';
import { admission, type Admission } from './common/admission';
import { contextFailure, formatError, logUnexpected } from './common/format-error';
import { compiledExecution } from './common/executor';
import { readsTimestamps } from './common/loaders/loaders';
import { armor, LIMITS, limitsPlugin, RateLimits } from './common/limits';
import { ErrorCode } from './common/errors';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { buildAppSchema } from './schema';
import type { Sessions } from './modules/user/sessions';

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  /** Requests being worked on and waiting (common/admission.ts). */
  admission: Admission;
}

/** Express with the GraphQL endpoint at /graphql and the built console (if any) at /. */
export async function createApp(config: Config, dataSource: DataSource, httpServer: http.Server, sessions: Sessions): Promise<App> {
  const schema = await buildAppSchema();
  const protection = armor();
  const rateLimits = new RateLimits();
  const apollo = new ApolloServer<Context>({
    // Once the operation is known: a query that asks for no timestamps reads rows without them.
    gateway: compiledExecution(schema, { prepare: (document, operation, ctx) => ((ctx as Context).loaders.timestamps = readsTimestamps(document, operation)) }),
    hideSchemaDetailsFromClientErrors: true,
    // On for signed-in callers; limitsPlugin closes it to anonymous ones in production.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    formatError,
    plugins: [
      ...protection.plugins,
      limitsPlugin(schema, config.env === 'production'),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are used; left on, the plugin wraps every field's resolver (a third of the CPU of a large answer).
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart({ contextValue }) {
          return {
            async didEncounterErrors({ errors }) {
              logUnexpected(errors, contextValue.requestId);
            },
            async willSendResponse({ response }) {
              if (response.body.kind === 'single') {
                for (const e of response.body.singleResult.errors ?? []) {
                  (e as { extensions: Record<string, unknown> }).extensions = { ...e.extensions, requestId: contextValue.requestId };
                  // The database went away during the operation (not only while signing the caller in): retry later.
                  if (e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) response.http.status = 503;
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const gate = admission(config.requests);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: a POST is never revalidated, and hashing every response body cost
  // CPU on each request. (The console's static files keep theirs: express.static sets its own.)
  app.set('etag', false);
  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use(
    '/graphql',
    gate,
    express.json({ limit: LIMITS.bodyBytes }),
    // A body Express cannot read (malformed JSON, too large) still gets a GraphQL-shaped answer.
    (err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!err) return next();
      const status = err.status === 413 ? 413 : 400;
      const message = status === 413 ? 'The request body is too large (limit 1 MB).' : 'The request body is not valid JSON.';
      res.status(status).type('application/json').json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(req.headers['x-request-id'] ?? '').replace(/[^\w.-]/g, '').slice(0, 64) || randomUUID();
        // Set once here for every answer, also one that the context's failure cuts short (no willSendResponse then).
        res.setHeader('x-request-id', requestId);
        try {
          const principal = await sessions.principalOf(dataSource.manager, req.headers.authorization);
          if (principal) await rateLimits.request(principal.tokenId != null ? `token:${principal.tokenId}` : `user:${principal.userId}`);
          return createContext(dataSource, requestId, principal, { sessions, clientAddress: req.ip ?? req.socket.remoteAddress ?? '-', rateLimits });
        } catch (err) {
          throw contextFailure(err, requestId);
        }
      },
    }),
  );
  const index = path.join(config.adminDist, 'index.html');
  if (fs.existsSync(index)) {
    app.use(express.static(config.adminDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(index));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('DX Tracker API: POST GraphQL queries to /graphql.\n');
    });
  }
  return { app, apollo, admission: gate };
}
