import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

const KNOWN = new Set<string>([...Object.values(ErrorCode), ...'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The edge where errors leave the server: known codes pass with their details; anything else
 * is masked (logged with the request id, which the client also gets) so no SQL or stack leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN.has(code)) {
    const { stacktrace: _s, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, ...(requestId ? { requestId } : {}) } };
  }
  console.error(`[${requestId ?? '-'}] internal error:`, (error as { originalError?: unknown })?.originalError ?? error);
  return {
    message: `Internal server error. Quote request id ${requestId ?? '-'} when reporting it.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}
