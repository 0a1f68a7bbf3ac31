import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { entities } from './entities';
import { mysqlMigrations, sqliteMigrations } from './migrations';
import { mysqlDriver } from './mysql-driver';
import { useBatchingQueryRunner } from './batching-query-runner';

export interface DataSourceExtras {
  /** Extra TypeORM logger (tests use it to count SQL statements). */
  logger?: Logger;
  /** Log every SQL statement (LOG_SQL). */
  logSql?: boolean;
  /** Throwaway schema for migration generation only. */
  synchronize?: boolean;
}

export function dataSourceOptions(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSourceOptions {
  const common = {
    entities,
    synchronize: extras.synchronize ?? false,
    migrationsRun: false,
    migrationsTableName: 'schema_migration',
    logger: extras.logger,
    logging: extras.logger ? (['query'] as const) : extras.logSql ? (['query', 'error'] as const) : ([] as const),
  };
  if (db.dialect === 'mysql') {
    return {
      ...common,
      logging: [...common.logging],
      type: db.url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      migrations: mysqlMigrations,
      extra: { connectionLimit: 10 },
      // mysql2 captures a stack trace at every statement to decorate a possible error (a twentieth
      // of a write's CPU, measured); TypeORM's QueryFailedError carries the query and its own stack.
      trace: false,
      driver: mysqlDriver,
      // BatchingQueryRunner sends a transaction's START and held writes with its next statement.
      multipleStatements: true,
    };
  }
  if (db.url !== ':memory:') fs.mkdirSync(path.dirname(db.url), { recursive: true });
  return {
    ...common,
    logging: [...common.logging],
    type: 'better-sqlite3',
    database: db.url,
    migrations: sqliteMigrations,
    prepareDatabase: (conn: { pragma: (s: string) => unknown }) => {
      conn.pragma('journal_mode = WAL');
      conn.pragma('foreign_keys = ON');
      conn.pragma('busy_timeout = 5000');
    },
  };
}

export function createDataSource(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSource {
  const dataSource = new DataSource(dataSourceOptions(db, extras));
  if (db.dialect === 'mysql') useBatchingQueryRunner(dataSource);
  return dataSource;
}
