import type { AuthProvider } from 'react-admin';
import { gql } from './graphql';
import { can } from './access';
import { readSession, writeSession, type Session } from './session';

/** Sign-in on the API's `login`; permissions are the user's role. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const data = await gql<{ login: Session }>(
      `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { id email name role agencyId } } }`,
      { email: String(username).trim(), password },
      { token: null },
    );
    writeSession(data.login);
  },
  async logout() {
    writeSession(null);
  },
  async checkAuth() {
    if (!readSession()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    // 401 signs out; 403 (FORBIDDEN) stays signed in and only shows the message
    if (error?.status === 401) {
      writeSession(null);
      throw new Error('dx.errors.unauthenticated');
    }
  },
  async getIdentity() {
    const s = readSession();
    if (!s) throw new Error('ra.auth.auth_check_error');
    return { id: s.user.id, fullName: s.user.name || s.user.email, email: s.user.email, role: s.user.role, agencyId: s.user.agencyId };
  },
  async getPermissions() {
    return readSession()?.user.role ?? null;
  },
  async canAccess({ resource, action }: { resource: string; action: string }) {
    return can(readSession()?.user.role, resource, action);
  },
};

/** Re-read the signed-in user from the API (role or agency may have changed). */
export async function refreshMe(): Promise<void> {
  const s = readSession();
  if (!s) return;
  const data = await gql<{ me: Session['user'] | null }>(`query { me { id email name role agencyId } }`);
  if (data.me) writeSession({ ...s, user: data.me });
}
