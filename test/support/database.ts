import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource, Logger } from 'typeorm';
import { loadConfig, type DatabaseConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/database/connect';

export interface TestDatabase {
  config: DatabaseConfig;
  dataSource: DataSource;
  /** Destroy the connection and drop the database (or delete the SQLite file). */
  drop(): Promise<void>;
}

/**
 * A fresh database of the dialect the run is for: DATABASE_URL=mysql://… makes every suite
 * create and drop its own database on that server; otherwise a temporary SQLite file.
 */
export async function createTestDatabase(opts: { migrate?: boolean; logger?: Logger } = {}): Promise<TestDatabase> {
  const config = await freshDatabaseConfig();
  if (opts.migrate === false) {
    return { config: config.db, dataSource: undefined as unknown as DataSource, drop: config.remove };
  }
  const dataSource = await openDatabase(config.db, { logger: opts.logger });
  return {
    config: config.db,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await config.remove();
    },
  };
}

export function testDialect(): 'sqlite' | 'mysql' {
  return loadConfig().database.dialect;
}

async function freshDatabaseConfig(): Promise<{ db: DatabaseConfig; remove: () => Promise<void> }> {
  const base = loadConfig().database;
  const suffix = `${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  if (base.dialect === 'mysql') {
    const server = new URL(base.url.replace(/^mariadb:/i, 'mysql:'));
    const name = `dx_test_${suffix}`;
    server.pathname = '/';
    const admin = await mysql.createConnection({ uri: server.toString() });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    server.pathname = `/${name}`;
    return {
      db: { dialect: 'mysql', url: server.toString() },
      remove: async () => {
        server.pathname = '/';
        const conn = await mysql.createConnection({ uri: server.toString() });
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-test-'));
  return {
    db: { dialect: 'sqlite', url: path.join(dir, 'test.sqlite') },
    remove: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
