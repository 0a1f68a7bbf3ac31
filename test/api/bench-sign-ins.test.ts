/**
 * The benchmark signs in as many office administrators as the rate it drives needs
 * (bench/src/sign-ins.ts): against the real server, each token is a distinct user's session,
 * and asking for more than the accounts made fails before any load is sent.
 */
import { benchEmail, SignIns, TOKEN_HEADROOM, TOKEN_HEADROOM_MIN } from '../../bench/src/sign-ins';
import { SYSTEM_ACTOR } from '../../server/src/context';
import { LIMITS } from '../../server/src/common/limits';
import { createUser } from '../../server/src/modules/user/user.service';
import { Role, startTestServer, TEST_PASSWORD, type TestServer } from '../support/server';

const ACCOUNTS = 3;

describe('the benchmark signs in users as its rate needs', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer({ seed: false });
    for (let n = 0; n < ACCOUNTS; n++) {
      await s.server.dataSource.transaction((m) => createUser(m, SYSTEM_ACTOR, { email: benchEmail(n), name: `bench ${n}`, role: Role.OFFICE_ADMIN, agencyId: null, password: TEST_PASSWORD }));
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  it('carries a rate with its headroom under each user limit', () => {
    const signIns = new SignIns(s.url, TEST_PASSWORD, ACCOUNTS, LIMITS.requestsPerMinute);
    // 1,200 a minute is 20 a second; with 1.5 × to spare one user carries 13.3 a second.
    expect(TOKEN_HEADROOM).toBe(1.5);
    expect(TOKEN_HEADROOM_MIN).toBe(1.2);
    expect(signIns.needed(0)).toBe(0);
    expect(signIns.needed(13)).toBe(1);
    expect(signIns.needed(14)).toBe(2);
    expect(signIns.needed(4047)).toBe(304);
  });

  it('signs in distinct users, only as many as needed, and refuses a rate beyond its accounts', async () => {
    const signIns = new SignIns(s.url, TEST_PASSWORD, ACCOUNTS, LIMITS.requestsPerMinute);
    expect(await signIns.ensure(20)).toBe(2);
    expect(await signIns.ensure(10)).toBe(0);
    // 28 a second would want 3 users for 1.5 × to spare, but 2 still leave 1.2 ×: no sign-in for a few per cent more.
    expect(signIns.needed(28)).toBe(3);
    expect(await signIns.ensure(28)).toBe(0);
    expect(signIns.tokens).toHaveLength(2);
    expect(signIns.capacity()).toBeCloseTo((2 * 1200) / 60 / 1.5);
    const who = await Promise.all(signIns.tokens.map((token) => s.gql('{ me { email role } }', {}, { token })));
    expect(who.map((r) => r.data?.me)).toEqual([
      { email: benchEmail(0), role: 'OFFICE_ADMIN' },
      { email: benchEmail(1), role: 'OFFICE_ADMIN' },
    ]);
    await expect(signIns.ensure(60)).rejects.toThrow(/need 5 signed-in users .* made 3: raise BENCH_ACCOUNTS/);
    expect(signIns.tokens).toHaveLength(2);
  });

  it('names the account whose sign-in failed', async () => {
    const signIns = new SignIns(s.url, 'not-the-password', ACCOUNTS, LIMITS.requestsPerMinute);
    await expect(signIns.signIn(1)).rejects.toThrow(`sign-in of ${benchEmail(0)} failed`);
    expect(signIns.tokens).toHaveLength(0);
  });
});
