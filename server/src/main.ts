import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { Admission } from './common/admission';
import { expressHttpServer } from './common/http-server';
import { sessionKey } from './common/auth/tokens';
import { ensureDemoAccounts } from './database/demo';
import { Sessions } from './modules/user/sessions';
import { loadConfig, type Config } from './config';
import { openDatabase } from './database/connect';
import type { DataSource } from 'typeorm';
import type { DataSourceExtras } from './database/data-source';

export interface RunningServer {
  dataSource: DataSource;
  url: string;
  port: number;
  admission: Admission;
  /** Its sign-in (session key, who a token belongs to). */
  sessions: Sessions;
  close(): Promise<void>;
}

/** config → database (migrate, seed) → app → listen. */
export async function startServer(config: Config = loadConfig(), extras: DataSourceExtras = {}): Promise<RunningServer> {
  const dataSource = await openDatabase(config.database, { logSql: config.logSql, ...extras });
  if (config.seedOnStart) {
    const { seedProgramme } = await import('./database/seed');
    const summary = await seedProgramme(dataSource);
    const inserted = Object.values(summary.inserted).reduce((a: number, b: number) => a + b, 0);
    if (inserted > 0) console.log(`Seeded the programme: ${inserted} rows.`);
  }
  if (config.demoAccounts && config.database.dialect === 'sqlite' && config.env !== 'production') await ensureDemoAccounts(dataSource);
  const sessions = new Sessions(sessionKey(config), { ttlSeconds: config.auth.sessionTtlSeconds, principalCacheMs: config.auth.principalCacheMs });
  const { httpServer, serve } = expressHttpServer();
  const { app, apollo, admission } = await createApp(config, dataSource, httpServer, sessions);
  serve(app);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    dataSource,
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    admission,
    sessions,
    async close() {
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}

if (require.main === module) {
  startServer()
    .then((server) => {
      console.log(`DX Tracker: API at ${server.url} (console at http://localhost:${server.port}/)`);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((err) => {
      console.error('DX Tracker failed to start:', err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
