import { HttpError } from 'react-admin';
import { readSession } from './session';
import { i18nProvider } from './i18n-provider';

export interface GraphQLErrorShape {
  message: string;
  path?: Array<string | number>;
  extensions?: {
    code?: string;
    reason?: string;
    currentVersion?: number;
    fields?: Array<{ path: string[]; message: string; reason: string }>;
    references?: Array<{ entity: string; field: string; count: number }>;
    [key: string]: unknown;
  };
}

export const API_URL = '/graphql';

/** Translated text with the server's own words as the fallback. */
function t(key: string, fallback: string, args: Record<string, unknown> = {}): string {
  return i18nProvider.translate(key, { _: fallback, ...args });
}

/**
 * An error the console can act on: react-admin reads `status` (401 → sign out) and, in
 * pessimistic forms, `body.errors` keyed by field name.
 */
export function toHttpError(err: GraphQLErrorShape, status: number): HttpError {
  const ext = err.extensions ?? {};
  const code = ext.code ?? 'INTERNAL_SERVER_ERROR';
  const body: Record<string, unknown> = { code, reason: ext.reason, extensions: ext, graphQLError: err };
  switch (code) {
    case 'UNAUTHENTICATED':
      return new HttpError(t('dx.errors.unauthenticated', err.message), 401, body);
    case 'FORBIDDEN':
      return new HttpError(t(ext.reason === 'ROLE' ? 'dx.errors.forbidden_role' : 'dx.errors.forbidden_row', err.message), 403, body);
    case 'CONFLICT':
      if (ext.reason === 'STALE_VERSION') return new HttpError(t('dx.errors.stale', err.message), 409, body);
      if (ext.reason === 'IN_USE') {
        const refs = (ext.references ?? []).map((r) => `${r.entity} (${r.count})`).join(', ');
        return new HttpError(t('dx.errors.in_use', err.message, { refs }), 409, body);
      }
      if (ext.reason === 'ONE_LEAD') return new HttpError(t('dx.errors.one_lead', err.message), 409, body);
      return new HttpError(t('dx.errors.conflict', err.message), 409, body);
    case 'BAD_USER_INPUT': {
      const errors: Record<string, string> = {};
      for (const f of ext.fields ?? []) {
        const name = f.path.length > 1 ? f.path.slice(1).join('.') : f.path[0];
        if (!name || errors[name]) continue;
        errors[name] = t(`dx.validation.${f.reason}`, f.message);
      }
      body.errors = errors;
      const summary = Object.keys(errors).length ? t('dx.errors.invalid', err.message) : err.message;
      return new HttpError(summary, 400, body);
    }
    case 'NOT_FOUND':
      return new HttpError(t('dx.errors.not_found', err.message), 404, body);
    case 'SERVICE_UNAVAILABLE':
      return new HttpError(t('dx.errors.unavailable', err.message), 503, body);
    default:
      return new HttpError(t('dx.errors.server', err.message), status >= 400 ? status : 500, body);
  }
}

/** POST one operation to the public API with the session's token. */
export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, opts: { token?: string | null } = {}): Promise<T> {
  const token = opts.token === undefined ? readSession()?.token : opts.token;
  let res: Response;
  try {
    res = await fetch(API_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new HttpError(t('dx.errors.network', 'Network error'), 0, {});
  }
  let body: { data?: T; errors?: GraphQLErrorShape[] } = {};
  try {
    body = await res.json();
  } catch {
    throw new HttpError(t('dx.errors.server', `HTTP ${res.status}`), res.status || 500, {});
  }
  if (body.errors?.length) throw toHttpError(body.errors[0], res.status);
  if (res.status === 401) throw toHttpError({ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }, 401);
  return body.data as T;
}
