import os from 'node:os';
import { SYSTEM_ACTOR } from '../../server/src/context';
import { createUser, passwordWork } from '../../server/src/modules/user/user.service';
import { ok, Role, startTestServer, TEST_PASSWORD, type TestServer } from '../support/server';

/**
 * A burst of sign-ins (the start of a working day) against the real server: password checks run
 * one per core at once, and none of them holds a transaction — on SQLite, where the server runs
 * one transaction at a time, a sign-in that checked its password inside one held up every write.
 * Ordering, not timing: a check of argon2id's 64 MiB takes tens of milliseconds of a core.
 */
describe('a burst of sign-ins', () => {
  const BURST = 8;
  let s: TestServer;
  const emails: string[] = [];

  beforeAll(async () => {
    s = await startTestServer({ seed: false });
    for (let n = 0; n < BURST; n++) {
      const email = `burst.${n}@test.local`;
      await s.server.dataSource.transaction((m) => createUser(m, SYSTEM_ACTOR, { email, name: `Burst ${n}`, role: Role.OFFICE_EDITOR, agencyId: null, password: TEST_PASSWORD }));
      emails.push(email);
    }
  });
  afterAll(async () => s?.close());

  const signIn = (email: string) =>
    s.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email } } }`, { e: email, p: TEST_PASSWORD }, { token: null });

  it('checks one password per core at once, and every sign-in succeeds', async () => {
    // The burst's own peak: the server's first sign-in already ran two (its check, and the hash
    // that unknown emails are checked against, made then).
    expect(passwordWork.stats).toMatchObject({ running: 0, waiting: 0 });
    passwordWork.stats.peak = 0;
    const answers = await Promise.all(emails.map(signIn));
    expect(answers.map((a) => ok(a).login.user.email)).toEqual(emails);
    expect(answers.every((a) => typeof ok(a).login.token === 'string')).toBe(true);
    // Eight at once overlapped, but no more checks ran together than there are cores.
    expect(passwordWork.stats.peak).toBe(Math.min(os.availableParallelism(), BURST));
    expect(passwordWork.stats).toMatchObject({ running: 0, waiting: 0 });
  });

  it('does not hold up a write while the passwords are checked', async () => {
    const finished: string[] = [];
    const logins = emails.map((e, n) => signIn(e).then((a) => (ok(a), finished.push(`sign-in ${n}`))));
    // Sent after every sign-in; it must not wait for their password checks.
    const write = s
      .gql(`mutation { createAgency(input: { code: "BURST-1", nameVi: "Phòng thử", kind: DEPARTMENT }) { code } }`)
      .then((a) => (expect(ok(a).createAgency.code).toBe('BURST-1'), finished.push('write')));
    await Promise.all([...logins, write]);
    expect(finished).toHaveLength(BURST + 1);
    expect(finished.indexOf('write')).toBeLessThan(BURST);
    // Each sign-in left its record: the time and one LOGIN audit event per sign-in, two per user.
    const events = ok(await s.gql(`{ auditEvents(filter: { actions: [LOGIN] }, first: 100) { totalCount } }`));
    expect(events.auditEvents.totalCount).toBeGreaterThanOrEqual(2 * BURST);
  });
});
