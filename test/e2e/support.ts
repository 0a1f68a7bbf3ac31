import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../server/src/config';
import { startServer, type RunningServer } from '../../server/src/main';

export const SCREENSHOTS = path.join(__dirname, 'screenshots');
export const DEMO_PASSWORD = 'demo-password';

export interface E2E {
  base: string;
  server: RunningServer;
  browser: Browser;
  /** A fresh browser context (its own localStorage, so its own session) signed in as `email`. */
  signIn(email: string): Promise<{ context: BrowserContext; page: Page }>;
  api<T = any>(query: string, variables?: Record<string, unknown>, email?: string): Promise<T>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real server (as `npm start` runs it) on a temporary SQLite file — whatever DATABASE_URL
 * says, so browser tests never touch a shared MySQL — with the demo accounts, and chromium.
 */
export async function startE2E(): Promise<E2E> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-e2e-'));
  const base = loadConfig();
  const server = await startServer({
    ...base,
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    database: { dialect: 'sqlite', url: path.join(dir, 'e2e.sqlite') },
    seedOnStart: true,
    demoAccounts: true,
    auth: { ...base.auth, jwtSecret: 'e2e-secret-for-this-run-only' },
  });
  const url = `http://127.0.0.1:${server.port}`;
  // A browser that does not start (not installed: `.ci/run`'s chromium phase installs it) fails
  // the suite, and the server started for it is closed, so that jest can exit.
  const browser = await chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'],
    })
    .catch(async (err: unknown) => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
      throw err;
    });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const tokens = new Map<string, string>();
  const api: E2E['api'] = async (query, variables = {}, email = 'admin@demo.local') => {
    if (!tokens.has(email)) {
      const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } }) });
      tokens.set(email, ((await r.json()) as any).data.login.token);
    }
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(email)}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    base: url,
    server,
    browser,
    api,
    async signIn(email) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
      context.setDefaultTimeout(20000);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[browser ${email}] ${e.message}`));
      await page.goto(`${url}/#/login`);
      await page.fill('input[name="username"]', email);
      await page.fill('input[name="password"]', DEMO_PASSWORD);
      await page.click('button[type="submit"]');
      await page.waitForSelector('[data-testid="role"]');
      return { context, page };
    },
    async shot(page, name) {
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Pick an option of a MUI select (rendered as a listbox in a portal). */
export async function chooseOption(page: Page, trigger: string, optionText: string | RegExp) {
  await page.click(trigger);
  const option = page.getByRole('option', { name: optionText }).first();
  await option.click();
}
