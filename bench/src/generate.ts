/**
 * Deterministic data generator: a programme of agencies (a tree down to wards), plans with
 * indicator groups, indicators with accountable agencies, ten years of yearly targets for the
 * city and for each accountable agency, two years (24 months) of reported values, tasks with
 * assignments and indicator links, and reporting periods. Loaded with bulk INSERTs into a
 * database the server's migrations have already created (ids are given explicitly, from 1).
 */
import type { Db } from './db';

export type Size = 'small' | 'medium' | 'large';

export interface SizeSpec {
  departments: number;
  districts: number;
  wardsPerDistrict: number;
  indicators: number;
  plans: number;
  tasks: number;
  /** Cooperating agencies per indicator (the lead is one more). */
  cooperating: number;
}

export const SIZES: Record<Size, SizeSpec> = {
  small: { departments: 4, districts: 2, wardsPerDistrict: 3, indicators: 30, plans: 3, tasks: 60, cooperating: 2 },
  // 1 + 37 + 22 + 22 × 11 = 302 agencies.
  medium: { departments: 37, districts: 22, wardsPerDistrict: 11, indicators: 2000, plans: 10, tasks: 20000, cooperating: 2 },
  large: { departments: 370, districts: 220, wardsPerDistrict: 11, indicators: 20000, plans: 100, tasks: 200000, cooperating: 2 },
};

export const TARGET_YEARS = [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
export const MEASURED_YEARS = [2024, 2025];
export const FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'ANNUAL'] as const;
const PILLARS = ['CQS', 'KTS', 'XHS', 'NTANG'];

/** What the operations need to know about a generated data set. */
export interface Fixture {
  size: Size;
  counts: Record<string, number>;
  /** The department the nested query asks about (the one with the median number of assignments among departments). */
  agencyCode: string;
  planCode: string;
  /** Where the write operation records values. */
  recordIndicatorId: number;
  recordAgencyId: number;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

/** Odd denominators not divisible by 5: 100·n/d is never a rounding tie at one decimal. */
function denominator(r: () => number): number {
  let d = 1001 + Math.floor(r() * 50000);
  while (d % 2 === 0 || d % 5 === 0) d++;
  return d;
}

export function formatVi(value: number, decimals: number): string {
  return `${value.toFixed(decimals).replace('.', ',')}%`;
}

export async function generate(db: Db, size: Size, log: (msg: string) => void = () => undefined): Promise<Fixture> {
  const spec = SIZES[size];
  const r = rng(20240617);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const counts: Record<string, number> = {};
  const load = async (table: string, columns: string[], rows: unknown[][]) => {
    const t0 = Date.now();
    await db.insertMany(table, columns, rows);
    counts[table] = (counts[table] ?? 0) + rows.length;
    log(`  ${table}: ${rows.length} rows in ${Date.now() - t0} ms`);
  };

  // Agencies: the People's Committee, departments, districts, wards under districts.
  type Ag = { id: number; code: string; kind: string; path: string; parent: number | null; name: string };
  const agencies: Ag[] = [];
  const add = (code: string, name: string, kind: string, parent: Ag | null) => {
    const id = agencies.length + 1;
    const a = { id, code, kind, name, parent: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/` };
    agencies.push(a);
    return a;
  };
  const root = add('B-UBND', 'Ủy ban nhân dân Thành phố', 'PEOPLES_COMMITTEE', null);
  const departments = Array.from({ length: spec.departments }, (_, i) => add(`B-SO-${pad(i + 1, 3)}`, `Sở chuyên ngành số ${i + 1}`, 'DEPARTMENT', root));
  const districts = Array.from({ length: spec.districts }, (_, i) => add(`B-QH-${pad(i + 1, 3)}`, `Quận ${i + 1}`, 'DISTRICT_LEVEL', root));
  const wards = districts.flatMap((d, di) =>
    Array.from({ length: spec.wardsPerDistrict }, (_, w) => add(`B-PX-${pad(di + 1, 3)}-${pad(w + 1)}`, `Phường ${w + 1}, Quận ${di + 1}`, 'COMMUNE_LEVEL', d)),
  );
  const leaders = [...departments, ...districts];
  const everyone = [...departments, ...districts, ...wards];
  await load('agency', ['id', 'code', 'name_vi', 'kind', 'parent_id', 'path', 'active', 'search_text'],
    agencies.map((a) => [a.id, a.code, a.name, a.kind, a.parent, a.path, 1, fold(`${a.code} ${a.name}`)]));

  await load('pillar', ['id', 'code', 'name_vi', 'kind', 'sort_order'], PILLARS.map((c, i) => [i + 1, `B-${c}`, `Trụ cột ${c}`, i < 3 ? 'PILLAR' : 'FOUNDATION', i]));

  const plans = Array.from({ length: spec.plans }, (_, i) => ({ id: i + 1, code: `B-KH-${pad(i + 1, 3)}`, start: 2021 + (i % 5), end: 2030 }));
  await load('plan', ['id', 'code', 'title', 'kind', 'start_year', 'end_year', 'owner_agency_id', 'status', 'search_text'],
    plans.map((p) => [p.id, p.code, `Kế hoạch chuyển đổi số ${p.id}`, p.id === 1 ? 'PROGRAMME' : 'ANNUAL_PLAN', p.start, p.end, root.id, 'ACTIVE', fold(`${p.code} Kế hoạch chuyển đổi số ${p.id}`)]));

  // Indicators: plan = i mod plans, pillar = i mod 4, frequency = i mod 3; half have a 2020 baseline.
  const indicators = Array.from({ length: spec.indicators }, (_, k) => {
    const id = k + 1;
    const base = 20 + r() * 40;
    return {
      id, code: `B-CT-${pad(id, 5)}`, plan: (k % spec.plans) + 1, pillar: (k % 4) + 1, frequency: FREQUENCIES[k % 3],
      baseline: k % 2 === 0 ? base : null, base, growth: -1 + r() * 8, goal: Math.min(99, base + 10 + r() * 40),
    };
  });
  await load('indicator', ['id', 'code', 'name', 'measure', 'unit', 'direction', 'aggregation', 'progress_method', 'baseline_value', 'baseline_year', 'frequency', 'pillar_id', 'search_text'],
    indicators.map((i) => [i.id, i.code, `Tỷ lệ hồ sơ trực tuyến toàn trình số ${i.id}`, 'PERCENTAGE', '%', 'HIGHER_IS_BETTER', 'RATIO_OF_SUMS', 'LINEAR_FROM_BASELINE',
      i.baseline, i.baseline == null ? null : 2020, i.frequency, i.pillar, fold(`${i.code} Tỷ lệ hồ sơ trực tuyến toàn trình số ${i.id}`)]));

  // Groups: one per plan and pillar; every 7th declares one more indicator than it lists.
  const groups: unknown[][] = [];
  const members: unknown[][] = [];
  for (const p of plans) {
    for (let g = 1; g <= 4; g++) {
      const id = groups.length + 1;
      const listed = indicators.filter((i) => i.plan === p.id && i.pillar === g);
      groups.push([id, p.id, g, `N${g}`, `Nhóm chỉ tiêu ${g}`, listed.length + (id % 7 === 0 ? 1 : 0), g]);
      listed.forEach((i, n) => members.push([members.length + 1, id, i.id, n]));
    }
  }
  await load('indicator_group', ['id', 'plan_id', 'pillar_id', 'code', 'name', 'declared_count', 'sort_order'], groups);
  await load('indicator_group_member', ['id', 'group_id', 'indicator_id', 'sort_order'], members);

  // Accountability for indicators: a lead (department or district) and cooperating agencies.
  const assignments: unknown[][] = [];
  const assign = (type: 'INDICATOR' | 'TASK', subject: number, agency: number, role: string, due: string | null) => {
    const key = `${type}:${subject}`;
    assignments.push([assignments.length + 1, type, type === 'TASK' ? subject : null, type === 'INDICATOR' ? subject : null, key, role === 'LEAD' ? key : null, agency, role, due]);
  };
  const scopes = new Map<number, number[]>();
  for (const i of indicators) {
    const lead = pick(leaders);
    const chosen = new Set([lead.id]);
    while (chosen.size < 1 + spec.cooperating) chosen.add(pick(everyone).id);
    const list = [...chosen];
    scopes.set(i.id, list);
    list.forEach((a, n) => assign('INDICATOR', i.id, a, n === 0 ? 'LEAD' : 'COOPERATING', n === 0 ? '2025-12-31' : null));
  }

  // Targets: ten years for the city and for each accountable agency; every 50th indicator has a conflicting 2025 city target.
  const targets: unknown[][] = [];
  for (const i of indicators) {
    for (const scope of [null, ...scopes.get(i.id)!]) {
      const shift = scope == null ? 0 : (scope % 5) - 2;
      for (const y of TARGET_YEARS) {
        const value = Math.round((i.base + ((i.goal - i.base) * (y - 2020)) / 10 + shift) * 10) / 10;
        targets.push([targets.length + 1, i.id, i.plan, y, scope, value, 'AT_LEAST']);
      }
    }
    if (i.id % 50 === 0) targets.push([targets.length + 1, i.id, i.plan, 2025, null, Math.round(i.goal) + 3, 'AT_LEAST']);
  }
  await load('target', ['id', 'indicator_id', 'plan_id', 'period_year', 'agency_id', 'value', 'comparator'], targets);

  // Values: 24 months (2024–2025) for the city and each accountable agency, by the indicator's frequency.
  const measurements: unknown[][] = [];
  for (const i of indicators) {
    const months = i.frequency === 'MONTHLY' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : i.frequency === 'QUARTERLY' ? [3, 6, 9, 12] : [12];
    for (const scope of [null, ...scopes.get(i.id)!]) {
      const level = i.base + (scope == null ? 0 : (scope % 7) - 3);
      for (const y of MEASURED_YEARS) {
        for (const mo of months) {
          const t = y - 2020 + mo / 12;
          const share = Math.max(1, Math.min(99.5, level + i.growth * t + (r() - 0.5) * 2)) / 100;
          const den = denominator(r);
          const num = Math.round(share * den);
          const value = (100 * num) / den;
          const id = measurements.length + 1;
          const last = y === 2025 && mo === 12;
          const u = r();
          const status = last ? (u < 0.1 ? 'SUBMITTED' : u < 0.15 ? 'DRAFT' : u < 0.17 ? 'RETURNED' : 'APPROVED') : 'APPROVED';
          const reported = Math.round(value * 10) / 10 + (id % 40 === 0 ? 0.7 : 0);
          const stamp = `${monthEnd(y, mo)} 09:00:00.000000`;
          measurements.push([id, i.id, y, monthEnd(y, mo), scope, value, num, den, reported, formatVi(reported, 1), 1, id % 20 === 0 ? 1 : 0,
            status, status === 'DRAFT' ? null : stamp, status === 'APPROVED' ? stamp : null]);
        }
      }
    }
  }
  await load('measurement', ['id', 'indicator_id', 'period_year', 'period_date', 'agency_id', 'value', 'numerator', 'denominator', 'reported_value', 'reported_text',
    'reported_decimals', 'is_estimate', 'status', 'submitted_at', 'approved_at'], measurements);

  await load('reporting_period', ['id', 'indicator_id', 'period_year', 'status', 'due_date'],
    indicators.flatMap((i, k) => MEASURED_YEARS.map((y, n) => [2 * k + n + 1, i.id, y, y === 2025 ? 'OPEN' : 'CLOSED', `${y + 1}-01-31`])));

  // Tasks: spread over plans, due 2024–2027, with a lead (70% departments/districts), 1–2 cooperating agencies and one indicator of their plan.
  const statuses = ['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'DONE', 'BLOCKED'];
  const byPlan = new Map<number, number[]>();
  for (const i of indicators) byPlan.set(i.plan, [...(byPlan.get(i.plan) ?? []), i.id]);
  const tasks: unknown[][] = [];
  const links: unknown[][] = [];
  for (let k = 0; k < spec.tasks; k++) {
    const id = k + 1;
    const plan = (k % spec.plans) + 1;
    const due = `${2024 + Math.floor(r() * 4)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
    const status = pick(statuses);
    const progress = status === 'DONE' ? 100 : status === 'NOT_STARTED' ? 0 : Math.floor(r() * 100);
    const title = `Nhiệm vụ chuyển đổi số ${id}`;
    tasks.push([id, `B-NV-${pad(id, 6)}`, title, plan, (k % 4) + 1, due, status, progress, k, fold(`B-NV-${pad(id, 6)} ${title}`)]);
    links.push([id, id, pick(byPlan.get(plan)!)]);
    const lead = r() < 0.7 ? pick(leaders) : pick(wards);
    const chosen = new Set([lead.id]);
    const coop = 1 + Math.floor(r() * 2);
    while (chosen.size < 1 + coop) chosen.add(pick(everyone).id);
    [...chosen].forEach((a, n) => assign('TASK', id, a, n === 0 ? 'LEAD' : 'COOPERATING', n === 0 ? due : null));
  }
  await load('task', ['id', 'code', 'title', 'plan_id', 'pillar_id', 'due_date', 'status', 'progress', 'sort_order', 'search_text'], tasks);
  await load('task_indicator', ['id', 'task_id', 'indicator_id'], links);
  await load('assignment', ['id', 'subject_type', 'task_id', 'indicator_id', 'subject_key', 'lead_key', 'agency_id', 'role', 'due_date'], assignments);

  // The department with the median number of assignments: a typical answer, not the biggest.
  const per = new Map<number, number>();
  for (const a of assignments) per.set(a[6] as number, (per.get(a[6] as number) ?? 0) + 1);
  const ranked = departments.map((d) => ({ d, n: per.get(d.id) ?? 0 })).sort((a, b) => a.n - b.n || a.d.id - b.d.id);
  const focus = ranked[Math.floor(ranked.length / 2)].d;
  const recordIndicator = indicators[indicators.length - 1];
  return {
    size,
    counts,
    agencyCode: focus.code,
    planCode: plans[0].code,
    recordIndicatorId: recordIndicator.id,
    recordAgencyId: scopes.get(recordIndicator.id)![0],
  };
}
