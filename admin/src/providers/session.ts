/** The signed-in session, kept in localStorage so every tab of the console shares it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
}

export type Role = 'OFFICE_ADMIN' | 'OFFICE_EDITOR' | 'AGENCY_EDITOR' | 'AGENCY_VIEWER' | 'INTEGRATOR';

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'dx.session';

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s.token || (s.expiresAt && Date.parse(s.expiresAt) <= Date.now())) return null;
    return s;
  } catch {
    return null;
  }
}

export function writeSession(s: Session | null): void {
  if (s) localStorage.setItem(KEY, JSON.stringify(s));
  else localStorage.removeItem(KEY);
}
