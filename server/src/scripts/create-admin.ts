/**
 * `npm run create-admin -- --email you@example.org --name "Your Name"`: makes an OFFICE_ADMIN
 * (the first administrator of a MySQL deployment, which gets no demo accounts). The password
 * comes from ADMIN_PASSWORD or, if unset, from the first line of standard input.
 */
import 'reflect-metadata';
import readline from 'node:readline';
import { loadConfig } from '../config';
import { SYSTEM_ACTOR } from '../context';
import { openDatabase } from '../database/connect';
import { Role } from '../modules/user/user.entity';
import { createUser } from '../modules/user/user.service';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  process.stderr.write('Password (at least 10 characters): ');
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line.trim();
  }
  return '';
}

async function main() {
  const email = arg('email');
  const name = arg('name') ?? email;
  if (!email) throw new Error('usage: npm run create-admin -- --email you@example.org --name "Your Name"');
  const password = await readPassword();
  if (password.length < 10) throw new Error('The password must have at least 10 characters.');
  const ds = await openDatabase(loadConfig().database);
  try {
    const user = await ds.transaction((m) => createUser(m, SYSTEM_ACTOR, { email, name, role: Role.OFFICE_ADMIN, password }));
    console.log(`Created administrator ${user.email} (id ${user.id}).`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
