import type { PoolConnection } from 'mysql2';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database';

const onMariaDb = testDialect() === 'mysql' ? describe : describe.skip;

/** server/src/database/mysql-driver.ts: mysql2 as TypeORM's driver, one promise wrapper per pooled connection. */
onMariaDb('the MySQL driver', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it('hands TypeORM the same promise wrapper for every statement on a pooled connection, and still answers', async () => {
    const pool = (db.dataSource.driver as unknown as { pool: { getConnection(cb: (e: Error | null, c: PoolConnection) => void): void } }).pool;
    const rows = await Promise.all([1, 2, 3, 4].map((n) => db.dataSource.query('SELECT ? AS n', [n])));
    expect(rows.map((r) => Number(r[0].n))).toEqual([1, 2, 3, 4]);
    const connection = await new Promise<PoolConnection>((resolve, reject) => pool.getConnection((e, c) => (e ? reject(e) : resolve(c))));
    try {
      const wrapper = connection.promise();
      expect(connection.promise()).toBe(wrapper);
      const [result] = await wrapper.query('SELECT 42 AS answer');
      expect(result).toEqual([{ answer: 42 }]);
    } finally {
      connection.release();
    }
  });
});
