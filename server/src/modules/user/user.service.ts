import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { API_TOKEN_PREFIX, hashApiToken, verifySession } from '../../common/auth/tokens';
import { createRecord, updateRecord, type CrudHooks } from '../../common/crud/crud.service';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import { readOne } from '../../common/loaders/rows';
import type { Actor } from '../../context';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';
import { ApiToken } from './api-token.entity';
import { AGENCY_ROLES, Role, User } from './user.entity';

export const MIN_PASSWORD_LENGTH = 10;

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Compared against when the email is unknown, so a wrong email and a wrong password take as long. */
let dummyHash: Promise<string> | undefined;

/** The user for these credentials, or UNAUTHENTICATED with one message whether the email exists or not. */
export async function authenticate(manager: EntityManager, email: string, password: string, requestId: string | null = null): Promise<User> {
  const user = await manager.findOne(User, { where: { email: email.trim().toLowerCase() } });
  dummyHash ??= hashPassword('not-a-real-password-0000');
  const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!user || !ok || !user.active) throw new UnauthenticatedError('Email or password is incorrect.');
  const now = new Date();
  await manager.update(User, { id: user.id }, { lastLoginAt: now });
  await recordAudit(manager, { userId: user.id, label: `${user.email} (${user.role})`, agencyId: user.agencyId, requestId }, {
    action: AuditAction.LOGIN, entity: User, recordId: user.id, after: { ...user, lastLoginAt: now },
  });
  return user;
}

export function principalOfUser(user: User): Principal {
  return { kind: 'user', userId: user.id, tokenId: null, role: user.role, agencyId: user.agencyId, label: `${user.email} (${user.role})` };
}

/**
 * Signed-in users whose row was read in the last `ttlMs` (set from PRINCIPAL_CACHE_MS at start;
 * 0 reads the row on every request). A session token is checked on every request either way
 * (its signature once per token, its expiry every time: verifySession); what is remembered here
 * is that its user is active and their role and agency — the one statement
 * every signed-in request made before its own work (a sixth of a write's). Changes made through
 * this server (updateUser) apply at once: `forgetPrincipal` runs after their commit, and a read
 * that started before a change is not remembered. Changes made elsewhere apply within `ttlMs`.
 */
export const principalCache = { ttlMs: 0, max: 10_000 };
const recentPrincipals = new Map<number, { principal: Principal; until: number }>();
const changedAt = new Map<number, number>();

export function forgetPrincipal(userId: number): void {
  recentPrincipals.delete(userId);
  changedAt.set(userId, performance.now());
  if (changedAt.size > principalCache.max) changedAt.delete(changedAt.keys().next().value!);
}

async function sessionPrincipal(manager: EntityManager, userId: number): Promise<Principal> {
  const started = performance.now();
  const hit = recentPrincipals.get(userId);
  if (hit && hit.until > started) return hit.principal;
  const user = await readOne(manager, User, 'id', userId);
  if (!user || !user.active) {
    recentPrincipals.delete(userId);
    throw new UnauthenticatedError('The session is invalid or has expired; sign in again.');
  }
  const principal = principalOfUser(user);
  if (principalCache.ttlMs > 0 && (changedAt.get(userId) ?? -Infinity) < started) {
    recentPrincipals.delete(userId);
    recentPrincipals.set(userId, { principal, until: started + principalCache.ttlMs });
    if (recentPrincipals.size > principalCache.max) recentPrincipals.delete(recentPrincipals.keys().next().value!);
  }
  return principal;
}

/**
 * The principal of an `Authorization: Bearer …` header: an integrator token (`dxt_…`, looked up
 * by its hash, refused once revoked or expired) or a session token (its user must still be
 * active; see principalCache). Anything else → UNAUTHENTICATED (HTTP 401). No header → null (anonymous).
 */
export async function principalOf(manager: EntityManager, key: Uint8Array, header: string | undefined): Promise<Principal | null> {
  if (!header) return null;
  const m = header.match(/^Bearer\s+(\S{10,4096})$/i);
  if (!m) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  const token = m[1];
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const row = await readOne(manager, ApiToken, 'tokenHash', hashApiToken(token));
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) throw new UnauthenticatedError('The API token is unknown, revoked or expired.');
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) await manager.update(ApiToken, { id: row.id }, { lastUsedAt: new Date() });
    return { kind: 'token', userId: null, tokenId: row.id, role: Role.INTEGRATOR, agencyId: row.agencyId, label: `token ${row.prefix}… (${row.name})` };
  }
  const userId = await verifySession(key, token);
  if (!userId) throw new UnauthenticatedError('The session is invalid or has expired; sign in again.');
  return sessionPrincipal(manager, userId);
}

/** Agency roles need an agency; office and integrator users have none. Passwords are hashed, never stored. */
export const userHooks: CrudHooks<User> = {
  async prepare(_m, next, current) {
    const at = current ? 'patch' : 'input';
    next.email = next.email?.trim().toLowerCase();
    if (AGENCY_ROLES.includes(next.role) && next.agencyId == null) {
      throw new BadInputError('Agency roles belong to an agency.', [{ path: [at, 'agencyId'], message: 'Give the agency.', reason: 'REQUIRED' }]);
    }
    if (!AGENCY_ROLES.includes(next.role)) next.agencyId = null;
    if (!next.passwordHash) throw new BadInputError('A new user needs a password.', [{ path: ['input', 'password'], message: 'Required.', reason: 'REQUIRED' }]);
  },
};

/** Replace a plain `password` by its hash before the generic write sees the values. */
async function withHashedPassword(values: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { password, ...rest } = values;
  return typeof password === 'string' ? { ...rest, passwordHash: await hashPassword(password) } : rest;
}

export async function createUser(manager: EntityManager, actor: Actor, input: Record<string, unknown>): Promise<User> {
  return createRecord(manager, actor, User, await withHashedPassword(input), userHooks);
}

export async function updateUser(manager: EntityManager, actor: Actor, id: string, version: number, patch: Record<string, unknown>): Promise<User> {
  return updateRecord(manager, actor, User, id, version, await withHashedPassword(patch), userHooks, 'patch');
}
