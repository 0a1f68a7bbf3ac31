import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import type { Config } from '../../config';
import { setNewest } from '../bounded';

const ISSUER = 'dx-tracker';
export const API_TOKEN_PREFIX = 'dxt_';

/**
 * The session-signing key: JWT_SECRET, or — on the embedded default only — a random key kept in
 * data/ so sessions survive restarts. Production (NODE_ENV=production) must set JWT_SECRET.
 */
export function sessionKey(config: Config): Uint8Array {
  if (config.auth.jwtSecret) return new TextEncoder().encode(config.auth.jwtSecret);
  if (config.env === 'production') throw new Error('JWT_SECRET must be set in production (a long random string shared by every instance).');
  if (config.database.dialect === 'sqlite') {
    const file = path.join(path.dirname(config.database.url), '.session-key');
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    return new TextEncoder().encode(fs.readFileSync(file, 'utf8').trim());
  }
  throw new Error('JWT_SECRET must be set when running on MySQL (every instance must share it).');
}

export async function signSession(key: Uint8Array, userId: number, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key);
  return { token, expiresAt };
}

/**
 * Tokens whose signature was verified, per key: token → user id and expiry (ms). Whether a
 * token's signature and claims are valid never changes for a given key, only whether it has
 * expired, which is checked on every use. Whether the user behind it is still active is
 * Sessions.principalOf's question (modules/user/sessions.ts). Bounded: the oldest entries go first.
 */
const verified = new WeakMap<Uint8Array, Map<string, { userId: number; expiresAt: number }>>();
const VERIFIED_MAX = 10_000;

/** The user id of a valid, unexpired session token, or null. */
export async function verifySession(key: Uint8Array, token: string): Promise<number | null> {
  let cache = verified.get(key);
  if (!cache) verified.set(key, (cache = new Map()));
  const hit = cache.get(token);
  if (hit) return hit.expiresAt > Date.now() ? hit.userId : null;
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    const id = Number(payload.sub);
    if (!Number.isSafeInteger(id) || id <= 0 || typeof payload.exp !== 'number') return null;
    setNewest(cache, token, { userId: id, expiresAt: payload.exp * 1000 }, VERIFIED_MAX);
    return id;
  } catch {
    return null;
  }
}

/** A new integrator token: shown once; only its SHA-256 is stored. */
export function newApiToken(): { token: string; prefix: string; hash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
  return { token, prefix: token.slice(0, 10), hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
