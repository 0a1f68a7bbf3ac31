/** Migrations per dialect, in order. Generated against each database (`npm run db:migration:generate`), then reviewed. */
import { Init1795353885415 as MysqlInit } from './mysql/1795353885415-Init';
import { Init1795353885415 as SqliteInit } from './sqlite/1795353885415-Init';

export const sqliteMigrations: Function[] = [SqliteInit];
export const mysqlMigrations: Function[] = [MysqlInit];
