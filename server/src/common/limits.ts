import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getNamedType, GraphQLError, isListType, isNonNullType, Kind, visit, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Context } from '../context';
import { Role } from '../modules/user/user.entity';
import { AppError, ErrorCode, UnauthenticatedError } from './errors';

/** The request limits, with their defaults (README, "Security and reliability"). */
export const LIMITS = {
  bodyBytes: '1mb',
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 5000,
  maxDirectives: 20,
  /** Query cost (see costEstimator) allowed per request, by role. */
  costByRole: {
    ANONYMOUS: 100,
    [Role.INTEGRATOR]: 2_000_000,
    [Role.AGENCY_VIEWER]: 2_000_000,
    [Role.AGENCY_EDITOR]: 2_000_000,
    [Role.OFFICE_EDITOR]: 5_000_000,
    [Role.OFFICE_ADMIN]: 5_000_000,
  } as Record<string, number>,
  /** Requests per minute per signed-in user or token. */
  requestsPerMinute: 1200,
  /** Failed sign-ins per email, and per client address, in 15 minutes. */
  loginFailuresPerEmail: 10,
  loginFailuresPerAddress: 50,
} as const;

/** Depth, alias and directive limits, and no field-name suggestions (graphql-armor). */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    // graphql-js's own parse option enforces the token limit (see app.ts): armor's re-parses in a
    // plugin hook and turns every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * What a field costs: 1, plus its children times how many rows it can return — `first` for a
 * connection (default 50; its `nodes`/`edges` are not counted again), 10 for a nested list — so
 * the cost estimates the rows a query can touch. Relations load in batches, so this bounds the
 * size of the answer rather than the number of statements.
 */
const costEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  let type = field.type;
  if (isNonNullType(type)) type = type.ofType;
  const named = getNamedType(type).name;
  if (named.endsWith('Connection')) return 1 + (typeof args.first === 'number' ? Math.max(args.first, 1) : 50) * Math.max(childComplexity, 1);
  if (parent.name.endsWith('Connection')) return 1 + childComplexity;
  if (isListType(type)) return 1 + 10 * childComplexity;
  return 1 + childComplexity;
};

export class QueryTooComplexError extends AppError {
  constructor(cost: number, limit: number) {
    super(ErrorCode.QUERY_TOO_COMPLEX, `The query could touch too many rows (cost ${cost}, limit ${limit} for your role): ask for fewer rows per page or fewer nested lists.`, {
      cost,
      limit,
      http: { status: 400 },
    });
  }
}

/**
 * The cost of an operation, or null when its variables do not coerce (Apollo's own coercion
 * answers BAD_USER_INPUT next). Apollo keeps one parsed document per query text, so the cost of
 * a document whose cost cannot depend on its variables — none in a `first` argument or in a
 * directive (`@include(if: $x)`) — is computed once per operation, not per request.
 */
function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, limit: number): number | null {
  let fixed = fixedCosts.get(document);
  if (fixed === undefined) {
    fixed = costDependsOnVariables(document) ? null : new Map();
    fixedCosts.set(document, fixed);
  }
  const key = operationName ?? '';
  const known = fixed?.get(key);
  // Only an allowed cost is answered from memory: a refusal is computed in full, so that variables
  // that do not coerce are answered as such whether or not the document was seen before.
  if (known !== undefined && known <= limit) return known;
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] });
  } catch (err) {
    if (err instanceof GraphQLError) return null;
    throw err;
  }
  fixed?.set(key, cost);
  return cost;
}

/** Per parsed document: its cost by operation name, or null when the cost depends on the variables. */
const fixedCosts = new WeakMap<DocumentNode, Map<string, number> | null>();

function costDependsOnVariables(document: DocumentNode): boolean {
  let depends = false;
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && containsVariable(node.value)) depends = true;
    },
    Directive(node) {
      if ((node.arguments ?? []).some((a) => containsVariable(a.value))) depends = true;
    },
  });
  return depends;
}

function containsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(containsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => containsVariable(f.value));
  return false;
}

/** Per-role cost limit, and introspection closed to anonymous callers in production. */
export function limitsPlugin(schema: GraphQLSchema, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const principal = contextValue.principal;
          if (production && !principal && /\b__(schema|type)\b/.test(request.query ?? '')) {
            throw new UnauthenticatedError('Introspection needs a signed-in user or a token.');
          }
          const limit = LIMITS.costByRole[principal?.role ?? 'ANONYMOUS'];
          const cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {}, limit);
          if (cost != null && cost > limit) throw new QueryTooComplexError(cost, limit);
        },
      };
    },
  };
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, what: string) {
    super(ErrorCode.RATE_LIMITED, `Too many ${what}; try again in ${retryAfterSeconds} s.`, {
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/**
 * Rate limits, kept in each instance's memory: behind a load balancer with N instances a client
 * gets up to N times the limit (acceptable for abuse protection; the database stays the only
 * shared state).
 */
export class RateLimits {
  private readonly perPrincipal = new RateLimiterMemory({ points: LIMITS.requestsPerMinute, duration: 60 });
  private readonly loginPerEmail = new RateLimiterMemory({ points: LIMITS.loginFailuresPerEmail, duration: 15 * 60 });
  private readonly loginPerAddress = new RateLimiterMemory({ points: LIMITS.loginFailuresPerAddress, duration: 15 * 60 });

  async request(key: string): Promise<void> {
    await this.perPrincipal.consume(key).catch((r) => rethrow(r, 'requests'));
  }

  /** Before checking a password: refuse while this email or address has too many recent failures. */
  async beforeLogin(email: string, address: string): Promise<void> {
    for (const [limiter, key] of [[this.loginPerEmail, email], [this.loginPerAddress, address]] as const) {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limiter.points) throw new RateLimitedError(Math.ceil(res.msBeforeNext / 1000), 'failed sign-ins');
    }
  }

  async loginFailed(email: string, address: string): Promise<void> {
    await Promise.all([this.loginPerEmail.penalty(email, 1), this.loginPerAddress.penalty(address, 1)]);
  }

  async loginSucceeded(email: string): Promise<void> {
    await this.loginPerEmail.delete(email);
  }
}

function rethrow(r: unknown, what: string): never {
  if (r instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(r.msBeforeNext / 1000), what);
  throw r;
}

