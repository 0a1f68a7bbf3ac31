import os from 'node:os';
import argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { concurrencyLimit } from '../../common/concurrency';
import { createRecord, inTransaction, updateRecord, type CrudHooks } from '../../common/crud/crud.service';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import type { Actor } from '../../context';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';
import { AGENCY_ROLES, User } from './user.entity';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Password hashes and checks at once: one per core. argon2id keeps a core busy for its whole run
 * and takes 64 MiB, so more at once (libuv's pool runs four) only time-slices the cores and
 * multiplies the memory of a burst of sign-ins; the rest wait here, holding nothing.
 */
export const passwordWork = concurrencyLimit(Math.max(1, os.availableParallelism()));

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return passwordWork(() => argon2.hash(password, { type: argon2.argon2id }));
}

/** Compared against when the email is unknown, so a wrong email and a wrong password take as long. */
let dummyHash: Promise<string> | undefined;

/**
 * The user for these credentials, or UNAUTHENTICATED with one message whether the email exists or
 * not. The password is checked outside any transaction: a check takes tens of milliseconds of a
 * core, and a transaction held for it would hold a pooled connection — and on SQLite, where this
 * server runs one transaction at a time, every write. Only the sign-in's record (the time and its
 * audit event) is written in one, after the check.
 */
export async function authenticate(dataSource: DataSource, email: string, password: string, requestId: string | null = null): Promise<User> {
  const user = await dataSource.manager.findOne(User, { where: { email: email.trim().toLowerCase() } });
  dummyHash ??= hashPassword('not-a-real-password-0000');
  const hash = user?.passwordHash ?? (await dummyHash);
  const ok = await passwordWork(() => argon2.verify(hash, password)).catch(() => false);
  if (!user || !ok || !user.active) throw new UnauthenticatedError('Email or password is incorrect.');
  const now = new Date();
  return inTransaction(dataSource, async (manager) => {
    // Deactivated between the read and now: refused as well.
    const { affected } = await manager.update(User, { id: user.id, active: true }, { lastLoginAt: now });
    if (!affected) throw new UnauthenticatedError('Email or password is incorrect.');
    await recordAudit(manager, { userId: user.id, label: `${user.email} (${user.role})`, agencyId: user.agencyId, requestId }, {
      action: AuditAction.LOGIN, entity: User, recordId: user.id, after: { ...user, lastLoginAt: now },
    });
    return user;
  });
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

/**
 * Replace a plain `password` by its hash before the generic write sees the values. Resolvers call
 * it before their transaction (hashing holds no connection); createUser and updateUser call it
 * again for callers that pass a plain password, which finds none the second time.
 */
export async function withHashedPassword<V extends Record<string, unknown>>(values: V): Promise<Record<string, unknown>> {
  const { password, ...rest } = values;
  return typeof password === 'string' ? { ...rest, passwordHash: await hashPassword(password) } : rest;
}

export async function createUser(manager: EntityManager, actor: Actor, input: Record<string, unknown>): Promise<User> {
  return createRecord(manager, actor, User, await withHashedPassword(input), userHooks);
}

export async function updateUser(manager: EntityManager, actor: Actor, id: string, version: number, patch: Record<string, unknown>): Promise<User> {
  return updateRecord(manager, actor, User, id, version, await withHashedPassword(patch), userHooks, 'patch');
}
