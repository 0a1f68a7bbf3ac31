/** Migrations per dialect, in order. Generated against each database (`npm run db:migration:generate`), then reviewed. */
import { Init1795353885415 as MysqlInit } from './mysql/1795353885415-Init';
import { Init1795353885415 as SqliteInit } from './sqlite/1795353885415-Init';
import { AccountsWorkflowAudit1795354900506 as MysqlAccounts } from './mysql/1795354900506-AccountsWorkflowAudit';
import { AccountsWorkflowAudit1795354900506 as SqliteAccounts } from './sqlite/1795354900506-AccountsWorkflowAudit';
import { MeasurementListIndex1796153444331 as MysqlListIndex } from './mysql/1796153444331-MeasurementListIndex';
import { MeasurementListIndex1796153444331 as SqliteListIndex } from './sqlite/1796153444331-MeasurementListIndex';

export const sqliteMigrations: Function[] = [SqliteInit, SqliteAccounts, SqliteListIndex];
export const mysqlMigrations: Function[] = [MysqlInit, MysqlAccounts, MysqlListIndex];
