/**
 * A thin database handle for the benchmark: mysql2 (MySQL 8 / MariaDB) or better-sqlite3, with
 * positional `?` parameters on both, a statement counter, and bulk inserts. The generator, the
 * raw-SQL baseline and the npm-test check use it; it does not load the server's code.
 */
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';

export type Dialect = 'sqlite' | 'mysql';

export interface Db {
  dialect: Dialect;
  /** SQL statements sent through this handle. */
  statements: number;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Run `fn` in one transaction on one connection (the write baseline). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  insertMany(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  close(): Promise<void>;
}

export interface Tx {
  /** An INSERT; resolves to the new row's id. */
  insert(sql: string, params: unknown[]): Promise<number>;
}

export function dialectOf(url: string): Dialect {
  return /^(mysql|mariadb):\/\//i.test(url) ? 'mysql' : 'sqlite';
}

/** `a` equals `b`, NULL equal to NULL. */
export function nullEq(d: Dialect, a: string, b: string): string {
  return d === 'mysql' ? `${a} <=> ${b}` : `${a} IS ${b}`;
}

/** Truncate toward zero. */
export function trunc(d: Dialect, x: string): string {
  return d === 'mysql' ? `TRUNCATE(${x}, 0)` : `CAST(${x} AS INTEGER)`;
}

export function concat(d: Dialect, ...parts: string[]): string {
  return d === 'mysql' ? `CONCAT(${parts.join(', ')})` : parts.join(' || ');
}

export async function openDb(url: string, opts: { pool?: number } = {}): Promise<Db> {
  if (dialectOf(url) === 'mysql') {
    const pool = mysql.createPool({
      uri: url.replace(/^mariadb:/i, 'mysql:'),
      connectionLimit: opts.pool ?? 10,
      dateStrings: true,
      supportBigNumbers: true,
      timezone: 'Z',
      multipleStatements: false,
    });
    const db: Db = {
      dialect: 'mysql',
      statements: 0,
      async query<T>(sql: string, params: unknown[] = []) {
        db.statements++;
        const [rows] = await pool.query(sql, params);
        return rows as T[];
      },
      async transaction<T>(fn: (tx: Tx) => Promise<T>) {
        const conn = await pool.getConnection();
        try {
          db.statements++;
          await conn.query('START TRANSACTION');
          const out = await fn({
            async insert(sql, params) {
              db.statements++;
              const [res] = await conn.query(sql, params);
              return Number((res as { insertId: number }).insertId);
            },
          });
          db.statements++;
          await conn.query('COMMIT');
          return out;
        } catch (err) {
          await conn.query('ROLLBACK').catch(() => undefined);
          throw err;
        } finally {
          conn.release();
        }
      },
      async insertMany(table, columns, rows) {
        const conn = await pool.getConnection();
        try {
          await conn.query('SET FOREIGN_KEY_CHECKS = 0');
          const batch = Math.max(1, Math.floor(20000 / columns.length));
          for (let i = 0; i < rows.length; i += batch) {
            db.statements++;
            await conn.query(`INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`, [rows.slice(i, i + batch)]);
          }
          await conn.query('SET FOREIGN_KEY_CHECKS = 1');
        } finally {
          conn.release();
        }
      },
      async close() {
        await pool.end();
      },
    };
    return db;
  }
  const conn = new Database(url);
  conn.pragma('journal_mode = WAL');
  conn.pragma('busy_timeout = 5000');
  conn.pragma('foreign_keys = ON');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      st = conn.prepare(sql);
      cache.set(sql, st);
    }
    return st;
  };
  const norm = (params: unknown[]) => params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
  const db: Db = {
    dialect: 'sqlite',
    statements: 0,
    async query<T>(sql: string, params: unknown[] = []) {
      db.statements++;
      const st = prepare(sql);
      return (st.reader ? st.all(...norm(params)) : (st.run(...norm(params)), [])) as T[];
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>) {
      // better-sqlite3 is synchronous: BEGIN … COMMIT around the callback, which must not yield to other requests mid-way.
      db.statements++;
      conn.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn({
          async insert(sql, params) {
            db.statements++;
            return Number(prepare(sql).run(...norm(params)).lastInsertRowid);
          },
        });
        db.statements++;
        conn.exec('COMMIT');
        return out;
      } catch (err) {
        if (conn.inTransaction) conn.exec('ROLLBACK');
        throw err;
      }
    },
    async insertMany(table, columns, rows) {
      const st = conn.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      conn.pragma('foreign_keys = OFF');
      const load = conn.transaction((all: unknown[][]) => {
        for (const r of all) st.run(...norm(r));
      });
      load(rows);
      db.statements += rows.length;
      conn.pragma('foreign_keys = ON');
    },
    async close() {
      conn.close();
    },
  };
  return db;
}
