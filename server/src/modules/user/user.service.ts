import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { createRecord, updateRecord, type CrudHooks } from '../../common/crud/crud.service';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import type { Actor } from '../../context';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';
import { AGENCY_ROLES, User } from './user.entity';

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
