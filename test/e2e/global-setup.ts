import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const ADMIN = path.join(ROOT, 'admin');
const INDEX = path.join(ADMIN, 'dist', 'index.html');

function newest(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** The server serves admin/dist: build the console when its sources (or the contract) are newer. */
export default async function globalSetup(): Promise<void> {
  const sources = Math.max(
    newest(path.join(ADMIN, 'src')),
    fs.statSync(path.join(ADMIN, 'index.html')).mtimeMs,
    fs.statSync(path.join(ADMIN, 'vite.config.ts')).mtimeMs,
    fs.statSync(path.join(ROOT, 'schema', 'schema.graphql')).mtimeMs,
  );
  if (fs.existsSync(INDEX) && fs.statSync(INDEX).mtimeMs >= sources) return;
  execSync('npm run build --workspace admin', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
