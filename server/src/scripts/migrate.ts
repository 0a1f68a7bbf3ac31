/** `npm run db:migrate`: bring the database of DATABASE_URL up to date (the server also does this on start). */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database/connect';

openDatabase(loadConfig().database)
  .then(async (ds) => {
    const rows: Array<{ name: string }> = await ds.query('SELECT name FROM schema_migration ORDER BY id');
    console.log(`Schema up to date: ${rows.map((r) => r.name).join(', ')}`);
    await ds.destroy();
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
