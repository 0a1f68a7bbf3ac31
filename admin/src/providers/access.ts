import type { Role } from './session';

/**
 * What each role may do in the console. The server enforces the same rules (it is the
 * authority); this only keeps menus and buttons from offering what would be refused.
 */
type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'review' | 'report' | 'import';

const OFFICE: Role[] = ['OFFICE_ADMIN', 'OFFICE_EDITOR'];
const AGENCY: Role[] = ['AGENCY_EDITOR', 'AGENCY_VIEWER'];
const READ_ALL: Role[] = [...OFFICE, ...AGENCY];

const rules: Record<string, Partial<Record<Action | '*', Role[]>>> = {
  dashboard: { list: OFFICE },
  agencies: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE, delete: ['OFFICE_ADMIN'] },
  instruments: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE, delete: OFFICE },
  plans: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE, delete: OFFICE },
  indicators: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE, delete: OFFICE, import: OFFICE },
  targets: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE, delete: OFFICE, import: OFFICE },
  measurements: {
    list: READ_ALL, show: READ_ALL, export: READ_ALL,
    create: [...OFFICE, 'AGENCY_EDITOR'], edit: [...OFFICE, 'AGENCY_EDITOR'], delete: OFFICE,
    review: OFFICE, report: [...OFFICE, 'AGENCY_EDITOR'], import: [...OFFICE, 'AGENCY_EDITOR'],
  },
  tasks: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE, delete: OFFICE, report: ['AGENCY_EDITOR'] },
  taskUpdates: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: ['AGENCY_EDITOR', ...OFFICE], review: OFFICE },
  assignments: { list: READ_ALL, show: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE, delete: OFFICE },
  reportingPeriods: { list: READ_ALL, export: READ_ALL, create: OFFICE, edit: OFFICE },
  matrix: { list: READ_ALL, edit: OFFICE },
  myAssignments: { list: AGENCY },
  import: { list: [...OFFICE, 'AGENCY_EDITOR'] },
  users: { '*': ['OFFICE_ADMIN'] },
  apiTokens: { '*': ['OFFICE_ADMIN'] },
  auditEvents: { list: OFFICE, show: OFFICE, export: OFFICE },
  pillars: { list: READ_ALL, show: READ_ALL },
};

export function can(role: Role | undefined | null, resource: string, action: string): boolean {
  if (!role) return false;
  const r = rules[resource];
  if (!r) return false;
  const allowed = r[action as Action] ?? r['*'];
  return !!allowed?.includes(role);
}

export const isOffice = (role?: Role | null) => !!role && OFFICE.includes(role);
