import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode, ServiceUnavailableError } from './errors';

/** Codes whose message and details are safe to send: ours, and Apollo's request-level ones. */
export const KNOWN_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const isKnown = (code: unknown): boolean => KNOWN_CODES.has(String(code ?? ''));

/**
 * The edge where errors leave the server: known codes pass with their details; anything else
 * is masked, so no SQL, stack or internal name leaks. (The masked error is logged with the
 * request id by the server's didEncounterErrors hook; the client gets the same id.)
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  if (databaseUnreachable(error)) {
    return { message: new ServiceUnavailableError().message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  if (isKnown(formatted.extensions?.code)) {
    const { stacktrace: _s, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error. Quote extensions.requestId when reporting it.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Log what formatError masks, with the request id. */
export function logUnexpected(errors: readonly GraphQLError[], requestId: string): void {
  for (const e of errors) {
    if (databaseUnreachable(e)) console.error(`[${requestId}] database unreachable:`, (e.originalError as Error | undefined)?.message ?? e.message);
    else if (!isKnown(e.extensions?.code)) console.error(`[${requestId}] internal error:`, e.originalError ?? e);
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'PROTOCOL_CONNECTION_LOST', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'PROTOCOL_SEQUENCE_TIMEOUT']);

/** Whether an error (or anything in its cause chain) is the database being out of reach. */
export function databaseUnreachable(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 6; depth++) {
    const code = String((e.driverError as { code?: string } | undefined)?.code ?? e.code ?? '');
    if (UNREACHABLE.has(code) || e.fatal === true) return true;
    if ((e.extensions as { code?: string } | undefined)?.code === ErrorCode.SERVICE_UNAVAILABLE) return true;
    e = (e.originalError ?? e.cause ?? e.driverError) as Record<string, unknown> | undefined;
  }
  return false;
}
