import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { databaseUnreachable } from './db-errors';
import { ErrorCode, ServiceUnavailableError } from './errors';

/**
 * Codes whose message and details are safe to send: ours, and Apollo's request-level ones.
 * Not INTERNAL_SERVER_ERROR: Apollo Server gives that code to every error that has none before
 * formatError sees it — a database error's "SqliteError: no such table: pillar" among them, which
 * passed through until 2026-12-07 (seventh sitting).
 */
export const KNOWN_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const isKnown = (code: unknown): boolean => KNOWN_CODES.has(String(code ?? ''));

/**
 * An error Apollo Server raised about the request itself, with a 4xx HTTP status but no code: an
 * automatic persisted query whose hash does not match its text ("provided sha does not match
 * query"). The client's mistake, not the server's: BAD_REQUEST, with Apollo's message.
 */
function uncodedRequestError(error: unknown): boolean {
  const extensions = (error as GraphQLError | undefined)?.extensions;
  const status = (extensions?.http as { status?: unknown } | undefined)?.status;
  return extensions?.code == null && typeof status === 'number' && status >= 400 && status < 500;
}

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
  if (uncodedRequestError(error)) return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
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
    else if (!isKnown(e.extensions?.code) && !uncodedRequestError(e)) console.error(`[${requestId}] internal error:`, e.originalError ?? e);
  }
}
