import type { DataSource, EntityManager } from 'typeorm';
import { Policy } from './common/auth/policy';
import type { Principal } from './common/auth/principal';
import { Loaders } from './common/loaders/loaders';
import type { RateLimits } from './common/limits';
import type { Sessions } from './modules/user/sessions';

/** What every resolver gets for one request. Built fresh per request; nothing is shared. */
export interface Context {
  requestId: string;
  dataSource: DataSource;
  manager: EntityManager;
  loaders: Loaders;
  principal: Principal | null;
  policy: Policy;
  /** Client address (for sign-in rate limits). */
  clientAddress: string;
  rateLimits: RateLimits | null;
  /** The server's sign-in: signs new sessions, forgets a changed user (modules/user/sessions.ts). */
  sessions: Sessions;
}

export function createContext(
  dataSource: DataSource,
  requestId: string,
  principal: Principal | null,
  extra: { sessions: Sessions; clientAddress?: string; rateLimits?: RateLimits | null },
): Context {
  const manager = dataSource.manager;
  return {
    requestId, dataSource, manager, loaders: new Loaders(manager), principal, policy: new Policy(manager, principal),
    clientAddress: extra.clientAddress ?? '-', rateLimits: extra.rateLimits ?? null, sessions: extra.sessions,
  };
}

/** The audit identity of the caller. */
export function actorOf(ctx: Pick<Context, 'principal' | 'requestId'>): Actor {
  const p = ctx.principal;
  return { userId: p?.userId ?? null, label: p?.label ?? 'system', agencyId: p?.agencyId ?? null, requestId: ctx.requestId };
}

export interface Actor {
  userId: number | null;
  label: string;
  agencyId: number | null;
  requestId: string | null;
}

/** The actor of writes made by the server itself (seed, scripts). */
export const SYSTEM_ACTOR: Actor = { userId: null, label: 'system', agencyId: null, requestId: null };
