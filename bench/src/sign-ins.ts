/**
 * The benchmark's office administrators, signed in as the load needs them. The server limits
 * each user to LIMITS.requestsPerMinute requests a minute (rate-limiter-flexible, a window per
 * user); the harness rotates its requests over the users' tokens, so that N tokens carry
 * N × that limit a minute. A faster machine needs more of them: with a fixed 50 (until
 * 2026-12-07, tenth sitting) a machine where the server recorded 3,400 measurements a second
 * spent the 50 users' minutes in the write's closed-loop rounds, and the server answered much
 * of its open-loop rounds with 429 in a fraction of a millisecond, which the harness timed as
 * answers (the open-loop rounds looked only at latency).
 */

/** Spare capacity over the rate asked for: a round can run faster than the one it is judged from. */
export const TOKEN_HEADROOM = 1.5;
/** Spare capacity under which more users are signed in (up to TOKEN_HEADROOM): no sign-ins for a rate a few per cent higher. */
export const TOKEN_HEADROOM_MIN = 1.2;
/** Sign-ins sent at once (argon2id takes 64 MiB and ~150 ms of a core per password check). */
const AT_ONCE = 5;

export const benchEmail = (n: number) => `bench.admin.${n}@bench.local`;

export class SignIns {
  /** The sessions' Bearer tokens, one per user, in the order signed in (the harness rotates over them). */
  readonly tokens: string[] = [];

  constructor(
    private readonly url: string,
    private readonly password: string,
    /** Accounts the server process made (benchEmail(0 … accounts − 1)). */
    readonly accounts: number,
    /** The server's limit per user (LIMITS.requestsPerMinute). */
    readonly perMinute: number,
  ) {}

  /** Users to sign in so that `rps` requests a second, rotated over them, stay under each one's limit with `headroom` to spare. */
  needed(rps: number, headroom = TOKEN_HEADROOM): number {
    return Math.ceil((rps * 60 * headroom) / this.perMinute);
  }

  /** How many requests a second the signed-in users carry with TOKEN_HEADROOM to spare. */
  capacity(): number {
    return (this.tokens.length * this.perMinute) / 60 / TOKEN_HEADROOM;
  }

  /** Signs in more users when `rps` leaves less than TOKEN_HEADROOM_MIN to spare; returns how many it signed in. */
  async ensure(rps: number): Promise<number> {
    if (this.tokens.length >= this.needed(rps, TOKEN_HEADROOM_MIN)) return 0;
    const want = this.needed(rps);
    if (want > this.accounts) {
      throw new Error(`${rps.toFixed(0)} requests a second need ${want} signed-in users (${this.perMinute} requests a minute each), but the server process made ${this.accounts}: raise BENCH_ACCOUNTS`);
    }
    return this.signIn(want);
  }

  /** Signs in users until `count` are; returns how many it signed in. */
  async signIn(count: number): Promise<number> {
    const before = this.tokens.length;
    while (this.tokens.length < count) {
      const from = this.tokens.length;
      const batch = Array.from({ length: Math.min(AT_ONCE, count - from) }, (_, k) => this.login(benchEmail(from + k)));
      this.tokens.push(...(await Promise.all(batch)));
    }
    return this.tokens.length - before;
  }

  private async login(email: string): Promise<string> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { role } } }', variables: { e: email, p: this.password } }),
    });
    const login = (await res.json()) as { data?: { login?: { token: string; user: { role: string } } } };
    if (!login.data?.login?.token || login.data.login.user.role !== 'OFFICE_ADMIN') throw new Error(`sign-in of ${email} failed: HTTP ${res.status} ${JSON.stringify(login)}`);
    return login.data.login.token;
  }
}
