import { Role } from '../../modules/user/user.entity';

/** Who is asking: a signed-in user or an integrator token. */
export interface Principal {
  kind: 'user' | 'token';
  userId: number | null;
  tokenId: number | null;
  role: Role;
  agencyId: number | null;
  /** For the audit trail: "email (ROLE)" or "token: name". */
  label: string;
}

export const isOffice = (p: Principal | null | undefined): boolean => p?.role === Role.OFFICE_ADMIN || p?.role === Role.OFFICE_EDITOR;
