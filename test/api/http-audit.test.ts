import { serverAudits, type AuditResult } from 'graphql-http';
import { Role, startTestServer, type TestServer } from '../support/server';

/**
 * The GraphQL-over-HTTP spec, checked against the real server by the reference
 * implementation's own audits, plus the HTTP behaviour clients rely on.
 */

/**
 * Recommendations (SHOULD/MAY) the server knowingly does not follow, by audit id. A MUST
 * never belongs here. A recommendation that starts failing and is not listed fails the
 * test; one listed here that passes again is fine (drop it from the list).
 */
const KNOWN_GAPS: Record<string, string> = {
  // Apollo Server answers every request error with 400, also when the client accepts only
  // application/json (the spec's legacy media type, where 200 is recommended).
  '572B': 'SHOULD use 200 on document parsing failure (application/json): Apollo uses 400',
  FDE2: 'SHOULD use 200 on document validation failure (application/json): Apollo uses 400',
  '7B9B': 'SHOULD use 200 on variable coercion failure (application/json): Apollo uses 400',
  // CSRF prevention (kept on) refuses a GET without a content-type or preflight header,
  // which is exactly what these audits send.
  '5A70': 'MAY accept GET requests: refused without apollo-require-preflight (CSRF prevention)',
  D6D5: 'MAY allow JSON {variables} in GETs: refused without apollo-require-preflight (CSRF prevention)',
  '6A70': 'MAY allow JSON {variables} in GETs: refused without apollo-require-preflight (CSRF prevention)',
};

type Failed = Extract<AuditResult, { status: 'error' | 'warn' | 'notice' }>;

let t: TestServer;
const failed: Failed[] = [];

beforeAll(async () => {
  t = await startTestServer({ seed: false });
  // The audits send deliberately broken requests; keep whatever the server logs about them
  // out of the test output (the assertions below say what matters).
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    for (const audit of serverAudits({ url: t.url, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        if (!result.response.bodyUsed) await result.response.body?.cancel();
        failed.push(result);
      }
    }
  } finally {
    quiet.mockRestore();
  }
});

afterAll(async () => {
  await t?.close();
});

const describeAudit = (r: Failed) => `${r.id} ${r.name} — ${r.reason}`;

describe('GraphQL over HTTP audits (graphql-http)', () => {
  it('fails no MUST requirement', () => {
    expect(failed.filter((r) => r.name.startsWith('MUST')).map(describeAudit)).toEqual([]);
  });

  it('fails no recommendation beyond the known gaps', () => {
    const unexpected = failed.filter((r) => !r.name.startsWith('MUST') && !(r.id in KNOWN_GAPS));
    expect(unexpected.map(describeAudit)).toEqual([]);
  });
});

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

describe('HTTP behaviour', () => {
  const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };

  it('answers a GET query with accept: application/graphql-response+json', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{__typename}')}`;
    // Apollo's CSRF prevention (kept on) accepts a GET only with a header a browser form
    // cannot send; a client such as graphql-request or curl sends one of these.
    const res = await fetch(url, { headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers each Accept header with the media type it prefers, also when the same header comes again', async () => {
    // The chosen type is remembered per header (patches/README.md): a header asked before must
    // not answer with another header's choice.
    const sequence: Array<[string, number, string | null]> = [
      ['application/json', 200, 'application/json'],
      ['application/graphql-response+json', 200, 'application/graphql-response+json'],
      ['application/json', 200, 'application/json'],
      ['application/graphql-response+json;q=0.5, application/json', 200, 'application/json'],
      ['text/html', 406, null],
      ['application/graphql-response+json', 200, 'application/graphql-response+json'],
      ['text/html', 406, null],
    ];
    for (const [accept, status, type] of sequence) {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect([accept, res.status]).toEqual([accept, status]);
      if (type) {
        expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
        expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
      } else await res.body?.cancel();
    }
  });

  it('checks an automatic persisted query against its text every time (the text\'s hash is remembered, not trusted)', async () => {
    const query = '{ __typename }';
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = (hash: string) =>
      fetch(t.url, { method: 'POST', headers: json, body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
    for (let i = 0; i < 2; i++) {
      const right = await send(sha256Hash);
      expect(right.status).toBe(200);
      expect(await right.json()).toEqual({ data: { __typename: 'Query' } });
      const wrong = await send(sha256Hash.replace(/^./, (c) => (c === '0' ? '1' : '0')));
      expect(wrong.status).toBe(400);
      const body = (await wrong.json()) as Body;
      expect(body.data).toBeUndefined();
      // The client's mistake: BAD_REQUEST (until 2026-12-07, seventh sitting, INTERNAL_SERVER_ERROR, logged as a server fault).
      expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['provided sha does not match query', 'BAD_REQUEST']]);
    }
  });

  it('masks an unexpected error: no SQL or table name, INTERNAL_SERVER_ERROR with the request id, which the log quotes', async () => {
    const own = await startTestServer({ seed: false });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // A table gone from under the server (MariaDB keeps the foreign keys that point at it through a rename).
      await own.server.dataSource.query('ALTER TABLE pillar RENAME TO pillar_gone');
      const res = await fetch(own.url, { method: 'POST', headers: { ...json, authorization: `Bearer ${own.adminToken}` }, body: JSON.stringify({ query: '{ pillars { id } }' }) });
      const text = await res.text();
      expect(text).not.toMatch(/pillar_gone|sqlite|ER_NO_SUCH|no such|doesn't exist|select |table/i);
      const body = JSON.parse(text) as Body;
      expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Internal server error. Quote extensions.requestId when reporting it.', 'INTERNAL_SERVER_ERROR']]);
      const requestId = String(body.errors?.[0]?.extensions?.requestId);
      expect(requestId).toMatch(/^[\w.-]{8,}$/);
      expect(res.headers.get('x-request-id')).toBe(requestId);
      // The log keeps what the client does not see, under the same id.
      const lines = logged.mock.calls.map((args) => args.map(String).join(' '));
      expect(lines.some((l) => l.includes(`[${requestId}] internal error:`) && /pillar/.test(l))).toBe(true);
    } finally {
      logged.mockRestore();
      await own.close();
    }
  });

  it('masks a failure while signing the caller in too, logs it, and answers with the request id', async () => {
    // No request hook runs when the context fails: the context itself logs and adds the id.
    // The signed-in user's row must be read by the failing request: an editor no request has
    // used yet, on a server that remembers no user (PRINCIPAL_CACHE_MS 0).
    const own = await startTestServer({ seed: false, config: { auth: { principalCacheMs: 0 } } });
    const editor = await own.login(Role.OFFICE_EDITOR);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const bad = await fetch(own.url, { method: 'POST', headers: { ...json, authorization: 'Bearer not-a-token', 'x-request-id': 'req-bad-token' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(bad.status).toBe(401);
      expect(bad.headers.get('x-request-id')).toBe('req-bad-token');
      expect(((await bad.json()) as Body).errors?.map((e) => [e.extensions?.code, e.extensions?.requestId])).toEqual([['UNAUTHENTICATED', 'req-bad-token']]);
      expect(logged).not.toHaveBeenCalled();

      await own.server.dataSource.query('ALTER TABLE app_user RENAME TO app_user_gone');
      const res = await fetch(own.url, { method: 'POST', headers: { ...json, authorization: `Bearer ${editor.token}`, 'x-request-id': 'req-no-users' }, body: JSON.stringify({ query: '{ __typename }' }) });
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(res.headers.get('x-request-id')).toBe('req-no-users');
      expect(text).not.toMatch(/app_user|sqlite|ER_NO_SUCH|no such|doesn't exist|select |table|context creation/i);
      expect(((JSON.parse(text) as Body).errors ?? []).map((e) => [e.message, e.extensions?.code, e.extensions?.requestId])).toEqual([
        ['Internal server error. Quote extensions.requestId when reporting it.', 'INTERNAL_SERVER_ERROR', 'req-no-users'],
      ]);
      const lines = logged.mock.calls.map((args) => args.map(String).join(' '));
      expect(lines.filter((l) => l.startsWith('[req-no-users] internal error:') && /app_user/.test(l))).toHaveLength(1);
      await own.server.dataSource.query('ALTER TABLE app_user_gone RENAME TO app_user');
    } finally {
      logged.mockRestore();
      await own.close();
    }
  });

  it('refuses a GET that a cross-site page could forge (CSRF prevention)', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{__typename}')}`;
    const res = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Body;
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers malformed JSON with 400 and a GraphQL error body', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: json, body: '{ "query": "{ __typename }"' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await res.json()) as Body;
    expect(body).not.toHaveProperty('data');
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.any(String), extensions: expect.objectContaining({ code: 'BAD_REQUEST' }) })]);
  });

  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED, and does not log it as a server fault', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await t.gql('{ __typename');
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('rejects an unknown field as GRAPHQL_VALIDATION_FAILED without suggesting field names', async () => {
    // Misspell a real root field: graphql-js would normally answer 'Did you mean "…"?'.
    const intro = await t.gql<{ __schema: { queryType: { fields: Array<{ name: string }> } } }>('{ __schema { queryType { fields { name } } } }');
    const names = intro.data?.__schema.queryType.fields.map((f) => f.name) ?? ['plans'];
    const real = names.find((n) => n.length > 4 && !names.includes(n.slice(0, -1))) ?? 'plans';
    const typo = real.slice(0, -1);

    const res = await t.gql(`{ ${typo} }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const e of res.errors ?? []) {
      expect(e.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(e.message).not.toMatch(/did you mean/i);
    }
  });
});
