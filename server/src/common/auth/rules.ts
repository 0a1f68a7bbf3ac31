import { Authorized, type AuthCheckerInterface, type ResolverData } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../modules/user/user.entity';
import { ForbiddenError, UnauthenticatedError } from '../errors';

/** Who may call a root field. Every Query and Mutation field has exactly one rule (deny by default). */
export const SIGNED_IN: readonly Role[] = [];
export const OFFICE: readonly Role[] = [Role.OFFICE_ADMIN, Role.OFFICE_EDITOR];
export const ADMIN: readonly Role[] = [Role.OFFICE_ADMIN];
/** Row rules narrow what an agency editor may touch (common/auth/policies.ts). */
export const REPORTERS: readonly Role[] = [Role.OFFICE_ADMIN, Role.OFFICE_EDITOR, Role.AGENCY_EDITOR];

/** Root fields anyone may call without a token. */
export const PUBLIC_FIELDS: ReadonlySet<string> = new Set(['login']);

const registry = new Map<string, readonly Role[]>();

/** The rule of each root field, for the coverage test and the README. */
export function authRules(): ReadonlyMap<string, readonly Role[]> {
  return registry;
}

/**
 * `@Allow(OFFICE)` on a Query or Mutation method: type-graphql's @Authorized plus an entry in the
 * rule registry under the field's GraphQL name (the method name unless given).
 */
export function Allow(roles: readonly Role[], fieldName?: string): MethodDecorator {
  const authorized = Authorized(...roles);
  return (target, propertyKey, descriptor) => {
    registry.set(fieldName ?? String(propertyKey), roles);
    authorized(target, propertyKey, descriptor);
  };
}

/** No principal → UNAUTHENTICATED (401); a principal without the role → FORBIDDEN. */
export class AuthChecker implements AuthCheckerInterface<Context> {
  check({ context }: ResolverData<Context>, roles: string[]): boolean {
    if (!context.principal) throw new UnauthenticatedError();
    if (roles.length === 0 || roles.includes(context.principal.role)) return true;
    throw new ForbiddenError(`Your role (${context.principal.role}) may not do this.`, 'ROLE');
  }
}
