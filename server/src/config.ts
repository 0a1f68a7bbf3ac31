import path from 'node:path';
import type { AdmissionLimits } from './common/admission';

/** The only reader of process.env: typed, validated, frozen. */
export type Dialect = 'sqlite' | 'mysql';

export interface DatabaseConfig {
  dialect: Dialect;
  /** mysql://… URL, or the SQLite file path. */
  url: string;
  /** Attempts to reach the database at start-up before giving up (MySQL). */
  connectAttempts?: number;
  /** Pause between attempts, in milliseconds. */
  connectRetryMs?: number;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Load the real programme on an empty database at start-up. */
  seedOnStart: boolean;
  logSql: boolean;
  adminDist: string;
  auth: {
    /** HS256 secret for session tokens; shared by every instance behind a load balancer. */
    jwtSecret: string | null;
    /** Session lifetime in seconds. */
    sessionTtlSeconds: number;
    /**
     * How long a signed-in user's row, once read, answers for their requests (ms; 0: read it on
     * every request). Changes made through this server apply at once; made elsewhere (another
     * instance, SQL), within this time.
     */
    principalCacheMs: number;
  };
  /** Create the demo accounts (embedded SQLite default only, never on MySQL). */
  demoAccounts: boolean;
  /** Admission control of /graphql. */
  requests: AdmissionLimits;
}

const ROOT = path.resolve(__dirname, '..', '..');

function parseDatabase(raw: string | undefined): DatabaseConfig {
  if (!raw || raw.trim() === '') {
    return { dialect: 'sqlite', url: path.join(ROOT, 'data', 'dx-tracker.sqlite') };
  }
  const value = raw.trim();
  if (/^mysql:\/\//i.test(value) || /^mariadb:\/\//i.test(value)) {
    return { dialect: 'mysql', url: value };
  }
  if (/^(sqlite|file):/i.test(value)) {
    const file = value.replace(/^(sqlite|file):(\/\/)?/i, '');
    return { dialect: 'sqlite', url: path.resolve(ROOT, file) };
  }
  if (/^[a-z]+:\/\//i.test(value)) {
    throw new Error(`DATABASE_URL: unsupported scheme in "${value.split(':')[0]}://…" (use mysql:// or a SQLite file path)`);
  }
  return { dialect: 'sqlite', url: path.resolve(ROOT, value) };
}

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be an integer 0–65535, got "${raw}"`);
  return n;
}

function parsePositive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

function parseNonNegative(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return n;
}

function parseBool(raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  return /^(1|true|yes|on)$/i.test(raw);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  return Object.freeze({
    env: nodeEnv,
    port: parsePort(env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    database: Object.freeze({
      ...parseDatabase(env.DATABASE_URL),
      connectAttempts: parsePositive(env.DB_CONNECT_ATTEMPTS, 10, 'DB_CONNECT_ATTEMPTS'),
      connectRetryMs: parsePositive(env.DB_CONNECT_RETRY_MS, 2000, 'DB_CONNECT_RETRY_MS'),
    }),
    seedOnStart: parseBool(env.SEED_ON_START, true),
    logSql: parseBool(env.LOG_SQL, false),
    adminDist: path.join(ROOT, 'admin', 'dist'),
    auth: Object.freeze({
      jwtSecret: env.JWT_SECRET && env.JWT_SECRET.length > 0 ? env.JWT_SECRET : null,
      sessionTtlSeconds: parsePositive(env.SESSION_TTL_SECONDS, 8 * 3600, 'SESSION_TTL_SECONDS'),
      principalCacheMs: parseNonNegative(env.PRINCIPAL_CACHE_MS, 2000, 'PRINCIPAL_CACHE_MS'),
    }),
    demoAccounts: parseBool(env.DEMO_ACCOUNTS, true),
    requests: Object.freeze({
      concurrent: parsePositive(env.MAX_CONCURRENT_REQUESTS, 16, 'MAX_CONCURRENT_REQUESTS'),
      queued: parseNonNegative(env.MAX_QUEUED_REQUESTS, 2000, 'MAX_QUEUED_REQUESTS'),
    }),
  });
}
