import { GraphQLError } from 'graphql';

/**
 * The stable error codes of the API (`extensions.code`). Documented in the README; clients
 * branch on these, never on message text.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The HTTP request itself is unusable (malformed JSON, a body too large). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The query could touch more rows than the caller's role allows. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Too many requests or failed sign-ins (HTTP 429, extensions.retryAfter seconds). */
  RATE_LIMITED = 'RATE_LIMITED',
}

/** One bad field: where it is in the arguments, and what is wrong with it. */
export interface FieldProblem {
  path: Array<string | number>;
  message: string;
  /** Machine-readable reason, e.g. `isNotEmpty`, `DUPLICATE`, `REFERENCE_NOT_FOUND`. */
  reason: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadInputError extends AppError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string | number) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist.`, { entity, id: String(id) });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extensions);
  }
}

export class ForbiddenError extends AppError {
  /** reason ROLE: the caller's role may never do this; ROW_RULE: not on this record (another agency's, locked, closed period). */
  constructor(message = 'You are not allowed to do this.', reason: 'ROLE' | 'ROW_RULE' = 'ROW_RULE') {
    super(ErrorCode.FORBIDDEN, message, { reason });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first: send a valid token as `Authorization: Bearer <token>`.') {
    super(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'The database is not reachable right now; nothing was written. Try again shortly.') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { http: { status: 503 } });
  }
}
