import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { createDataSource, type DataSourceExtras } from './data-source';

/**
 * TypeORM reads MariaDB's catalogue correctly only with its `mariadb` flavour (MariaDB reports
 * column defaults differently from MySQL 8). Ask the server once and pick the flavour, so one
 * `mysql://` URL serves both.
 */
export async function resolveFlavor(db: DatabaseConfig): Promise<DatabaseConfig> {
  if (db.dialect !== 'mysql') return db;
  const probeUrl = db.url.replace(/^mariadb:/i, 'mysql:');
  const attempts = db.connectAttempts ?? 1;
  let conn: mysql.Connection | undefined;
  for (let attempt = 1; !conn; attempt++) {
    try {
      conn = await mysql.createConnection({ uri: probeUrl, connectTimeout: 5000 });
    } catch (err) {
      const reason = (err as { code?: string }).code ?? (err as Error).message;
      if (attempt >= attempts) throw new Error(`Cannot reach the database at ${redact(db.url)} (${reason}); gave up after ${attempts} attempt(s).`);
      console.error(`Cannot reach the database at ${redact(db.url)} (${reason}); retrying (${attempt}/${attempts})…`);
      await new Promise((r) => setTimeout(r, db.connectRetryMs ?? 2000));
    }
  }
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    const version = String((rows as Array<{ v: string }>)[0]?.v ?? '');
    const scheme = /mariadb/i.test(version) ? 'mariadb:' : 'mysql:';
    return { dialect: 'mysql', url: db.url.replace(/^(mysql|mariadb):/i, scheme) };
  } finally {
    await conn.end();
  }
}

/** A database URL fit for a log line: no password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Connect, then bring the schema up to date. The server migrates on start. */
export async function openDatabase(db: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const resolved = await resolveFlavor(db);
  const dataSource = createDataSource(resolved, extras);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  return dataSource;
}
