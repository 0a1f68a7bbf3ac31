/**
 * `npm run create-token -- --name "LGSP"`: mints a read-only integrator token and prints it once
 * (only its hash is stored). Administrators can do the same over the API with `createApiToken`.
 */
import 'reflect-metadata';
import { newApiToken } from '../common/auth/tokens';
import { createRecord } from '../common/crud/crud.service';
import { loadConfig } from '../config';
import { SYSTEM_ACTOR } from '../context';
import { openDatabase } from '../database/connect';
import { ApiToken } from '../modules/user/api-token.entity';

async function main() {
  const i = process.argv.indexOf('--name');
  const name = i >= 0 ? process.argv[i + 1] : undefined;
  if (!name) throw new Error('usage: npm run create-token -- --name "what it is for"');
  const ds = await openDatabase(loadConfig().database);
  try {
    const { token, prefix, hash } = newApiToken();
    await ds.transaction((m) => createRecord(m, SYSTEM_ACTOR, ApiToken, { name, prefix, tokenHash: hash }));
    console.log(token);
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
