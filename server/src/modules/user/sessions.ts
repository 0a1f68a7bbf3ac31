import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { API_TOKEN_PREFIX, hashApiToken, signSession, verifySession } from '../../common/auth/tokens';
import { setNewest } from '../../common/bounded';
import { UnauthenticatedError } from '../../common/errors';
import { readOne } from '../../common/loaders/rows';
import { ApiToken } from './api-token.entity';
import { Role, User } from './user.entity';

function principalOfUser(user: User): Principal {
  return { kind: 'user', userId: user.id, tokenId: null, role: user.role, agencyId: user.agencyId, label: `${user.email} (${user.role})` };
}

export interface SessionOptions {
  /** How long a session token is valid (AUTH_SESSION_TTL). */
  ttlSeconds: number;
  /** How long a signed-in user's row, once read, answers for them (PRINCIPAL_CACHE_MS; 0: read on every request). */
  principalCacheMs: number;
  /** Users remembered at most; the oldest go first. */
  max?: number;
}

/**
 * One server's sign-in: the key its session tokens are signed with, and who the caller of a
 * request is. Each server has its own (main.ts makes it; requests reach it as `ctx.sessions`),
 * so two servers in one process — the tests start several — never answer with each other's key
 * or users.
 *
 * Signed-in users whose row was read in the last `principalCacheMs` are remembered. A session
 * token is checked on every request either way (its signature once per token, its expiry every
 * time: verifySession); what is remembered is that its user is active and their role and
 * agency — the one statement every signed-in request made before its own work (a sixth of a
 * write's). Changes made through this server (updateUser) apply at once: `forget` runs after
 * their commit, and a read that started before a change is not remembered. Changes made
 * elsewhere (another instance) apply within `principalCacheMs`.
 */
export class Sessions {
  private readonly recent = new Map<number, { principal: Principal; until: number }>();
  private readonly changedAt = new Map<number, number>();
  private readonly max: number;

  constructor(
    readonly key: Uint8Array,
    private readonly options: SessionOptions,
  ) {
    this.max = options.max ?? 10_000;
  }

  /** A new session token for this user. */
  sign(userId: number): Promise<{ token: string; expiresAt: Date }> {
    return signSession(this.key, userId, this.options.ttlSeconds);
  }

  /** The user's row changed (role, agency, active): their next request reads it again. */
  forget(userId: number): void {
    this.recent.delete(userId);
    setNewest(this.changedAt, userId, performance.now(), this.max);
  }

  /**
   * The principal of an `Authorization: Bearer …` header: an integrator token (`dxt_…`, looked up
   * by its hash, refused once revoked or expired) or a session token (its user must still be
   * active). Anything else → UNAUTHENTICATED (HTTP 401). No header → null (anonymous).
   */
  async principalOf(manager: EntityManager, header: string | undefined): Promise<Principal | null> {
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
    const userId = await verifySession(this.key, token);
    if (!userId) throw new UnauthenticatedError('The session is invalid or has expired; sign in again.');
    return this.sessionPrincipal(manager, userId);
  }

  private async sessionPrincipal(manager: EntityManager, userId: number): Promise<Principal> {
    const started = performance.now();
    const hit = this.recent.get(userId);
    if (hit && hit.until > started) return hit.principal;
    const user = await readOne(manager, User, 'id', userId);
    if (!user || !user.active) {
      this.recent.delete(userId);
      throw new UnauthenticatedError('The session is invalid or has expired; sign in again.');
    }
    const principal = principalOfUser(user);
    if (this.options.principalCacheMs > 0 && (this.changedAt.get(userId) ?? -Infinity) < started) {
      setNewest(this.recent, userId, { principal, until: started + this.options.principalCacheMs }, this.max);
    }
    return principal;
  }
}
