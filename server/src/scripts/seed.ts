/** `npm run db:seed`: load the programme of the source documents (idempotent: rows that exist are left alone). */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database/connect';
import { seedProgramme } from '../database/seed';

openDatabase(loadConfig().database)
  .then(async (ds) => {
    const summary = await seedProgramme(ds);
    const inserted = Object.entries(summary.inserted).filter(([, n]) => n > 0);
    console.log(inserted.length ? `Inserted: ${inserted.map(([k, n]) => `${k} ${n}`).join(', ')}` : 'Nothing to insert: the programme is already loaded.');
    await ds.destroy();
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
