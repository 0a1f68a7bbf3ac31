import { createTestDatabase, type TestDatabase } from '../support/database';

describe('migrations', () => {
  let db: TestDatabase;
  afterEach(async () => db?.drop());

  it('run from empty and leave the schema exactly as the entities describe it', async () => {
    db = await createTestDatabase();
    const executed = await db.dataSource.query(`SELECT name FROM schema_migration`);
    expect(executed.length).toBeGreaterThan(0);
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert to empty and apply again', async () => {
    db = await createTestDatabase();
    const count = (await db.dataSource.query(`SELECT name FROM schema_migration`)).length;
    for (let i = 0; i < count; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await db.dataSource.query(`SELECT name FROM schema_migration`)).toEqual([]);
    await db.dataSource.runMigrations({ transaction: 'each' });
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
