import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../context';
import { Agency } from '../modules/agency/agency.entity';
import { Role, User } from '../modules/user/user.entity';
import { createUser } from '../modules/user/user.service';

export const DEMO_PASSWORD = 'demo-password';

/** One account per role, for trying the system on the embedded default. Never created on MySQL. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.local', name: 'Quản trị viên (demo)', role: Role.OFFICE_ADMIN, agency: null },
  { email: 'editor@demo.local', name: 'Biên tập viên Văn phòng (demo)', role: Role.OFFICE_EDITOR, agency: null },
  { email: 'agency@demo.local', name: 'Cán bộ Sở TT&TT (demo)', role: Role.AGENCY_EDITOR, agency: 'SO-TTTT' },
  { email: 'viewer@demo.local', name: 'Người xem Sở TT&TT (demo)', role: Role.AGENCY_VIEWER, agency: 'SO-TTTT' },
] as const;

export async function ensureDemoAccounts(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (m) => {
    let created = 0;
    for (const a of DEMO_ACCOUNTS) {
      if (await m.exists(User, { where: { email: a.email } })) continue;
      const agency = a.agency ? await m.findOne(Agency, { where: { code: a.agency } }) : null;
      if (a.agency && !agency) continue;
      await createUser(m, SYSTEM_ACTOR, { email: a.email, name: a.name, role: a.role, agencyId: agency?.id ?? null, password: DEMO_PASSWORD });
      created++;
    }
    return created;
  });
}
