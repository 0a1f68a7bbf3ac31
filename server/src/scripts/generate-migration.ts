/**
 * Developer tool: `npm run db:migration:generate -- <Name>` writes one migration per dialect
 * with the SQL that brings a database migrated to the current head up to the entities.
 * SQLite runs on a scratch file; MySQL on a scratch database of MIGRATION_MYSQL_URL
 * (default mysql://root@127.0.0.1:3306). Review the files before committing them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DatabaseConfig, Dialect } from '../config';
import { createDataSource } from '../database/data-source';
import { resolveFlavor } from '../database/connect';

const OUT = path.resolve(__dirname, '..', '..', 'src', 'database', 'migrations');

function render(name: string, timestamp: number, up: string[], down: string[]): string {
  const q = (s: string) => '    await queryRunner.query(' + JSON.stringify(s) + ');';
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
  }
}
`;
}

async function diff(db: DatabaseConfig) {
  const ds = createDataSource(db);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'all' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.reverse().map((q) => q.query),
    };
  } finally {
    await ds.destroy();
  }
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration <PascalCaseName>');
  const timestamp = Date.now();
  for (const dialect of ['sqlite', 'mysql'] as Dialect[]) {
    let db: DatabaseConfig;
    let cleanup: () => Promise<void>;
    if (dialect === 'sqlite') {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dx-mig-')), 'scratch.sqlite');
      db = { dialect, url: file };
      cleanup = async () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
    } else {
      const base = process.env.MIGRATION_MYSQL_URL || 'mariadb://root@127.0.0.1:3306';
      const dbName = `dx_mig_${process.pid}`;
      const admin = await mysql.createConnection(base.replace(/^mariadb:/, 'mysql:'));
      await admin.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      db = { dialect, url: `${base.replace(/\/$/, '')}/${dbName}` };
      cleanup = async () => {
        await admin.query(`DROP DATABASE \`${dbName}\``);
        await admin.end();
      };
    }
    try {
      const { up, down } = await diff(await resolveFlavor(db));
      if (up.length === 0) {
        console.log(`${dialect}: entities match the migrations; nothing to write`);
        continue;
      }
      const file = path.join(OUT, dialect, `${timestamp}-${name}.ts`);
      fs.writeFileSync(file, render(name, timestamp, up, down));
      console.log(`${dialect}: wrote ${path.relative(process.cwd(), file)} (${up.length} statements)`);
    } finally {
      await cleanup();
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
