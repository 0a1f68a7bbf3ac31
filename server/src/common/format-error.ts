import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseUnreachable } from './db-errors';
import { AppError, ErrorCode, ServiceUnavailableError } from './errors';

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

/** What the client sees of an unexpected error (the log has the rest, under the same request id). */
const MASKED_MESSAGE = 'Internal server error. Quote extensions.requestId when reporting it.';

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
  // The request id, where the error already carries it (contextFailure); the others get it in willSendResponse.
  const requestId = typeof formatted.extensions?.requestId === 'string' ? { requestId: formatted.extensions.requestId } : {};
  if (databaseUnreachable(error)) {
    return { message: new ServiceUnavailableError().message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, ...requestId } };
  }
  if (isKnown(formatted.extensions?.code)) {
    const { stacktrace: _s, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  if (uncodedRequestError(error)) return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  return {
    message: MASKED_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...requestId },
  };
}

/**
 * What the request's context (signing the caller in) failed with, for Apollo Server to answer.
 * No request hook runs after such a failure — didEncounterErrors, which logs masked errors, and
 * willSendResponse, which adds the request id — so it is done here: a coded error gets the
 * request id; anything else is logged with it and answered INTERNAL_SERVER_ERROR (until
 * 2026-12-07, seventh sitting, nothing was logged, and the client got "Context creation failed:"
 * and the error's own message).
 */
export function contextFailure(err: unknown, requestId: string): GraphQLError {
  let failure: GraphQLError;
  if (err instanceof GraphQLError && isKnown(err.extensions?.code)) failure = err;
  else if (databaseUnreachable(err)) failure = new ServiceUnavailableError();
  else {
    console.error(`[${requestId}] internal error:`, err);
    failure = new AppError(ErrorCode.INTERNAL_SERVER_ERROR, MASKED_MESSAGE);
  }
  (failure.extensions as Record<string, unknown>).requestId = requestId;
  return failure;
}

/** Log what formatError masks, with the request id. */
export function logUnexpected(errors: readonly GraphQLError[], requestId: string): void {
  for (const e of errors) {
    if (databaseUnreachable(e)) console.error(`[${requestId}] database unreachable:`, (e.originalError as Error | undefined)?.message ?? e.message);
    else if (!isKnown(e.extensions?.code) && !uncodedRequestError(e)) console.error(`[${requestId}] internal error:`, e.originalError ?? e);
  }
}
