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
  const conn = await mysql.createConnection({ uri: probeUrl, connectTimeout: 5000 });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    const version = String((rows as Array<{ v: string }>)[0]?.v ?? '');
    const scheme = /mariadb/i.test(version) ? 'mariadb:' : 'mysql:';
    return { dialect: 'mysql', url: db.url.replace(/^(mysql|mariadb):/i, scheme) };
  } finally {
    await conn.end();
  }
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
