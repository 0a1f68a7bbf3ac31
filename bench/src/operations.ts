/**
 * The operations measured: each has the GraphQL document the server answers, and a raw-SQL
 * baseline that answers the same question with one hand-written statement (two INSERTs in one
 * transaction for the write) and shapes the rows into the same JSON as the server's `data`.
 */
import { trunc, type Db, type Dialect } from './db';
import type { Fixture } from './generate';

export interface Operation {
  name: string;
  title: string;
  /** A write: each request must differ (externalKey). */
  write?: boolean;
  query: string;
  variables(fx: Fixture, seq: number): Record<string, unknown>;
  baseline(db: Db, vars: Record<string, any>, ctx: BaselineContext): Promise<unknown>;
  /** Make server and baseline answers comparable (ids of new rows differ). */
  normalise?(data: any): unknown;
}

export interface BaselineContext {
  /** today's date (UTC), YYYY-MM-DD, as the server judges overdue tasks. */
  today(): string;
}

export const LIST_PAGE_SIZE = 50;
const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];
const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'];
const num = (v: unknown) => (v == null ? null : Number(v));

/**
 * One value per (indicator, scope, year): the server's rule with a single source per scope —
 * approved first, final figures over estimates, then the latest recorded; returned reports and
 * empty values excluded. A city-wide year without a city figure takes the agencies' approved
 * values as Σ numerator ÷ Σ denominator (the generated indicators are RATIO_OF_SUMS percentages).
 */
function seriesCte(d: Dialect, indicators: string): string {
  return `ser AS (
    SELECT x.indicator_id, x.sc, x.period_year, x.value FROM (
      SELECT m.indicator_id, COALESCE(m.agency_id, 0) AS sc, m.period_year, m.value,
        ROW_NUMBER() OVER (PARTITION BY m.indicator_id, m.agency_id, m.period_year
                           ORDER BY CASE WHEN m.status = 'APPROVED' THEN 1 ELSE 0 END DESC, m.is_estimate ASC, m.id DESC) AS rn
      ${fromIndicators(d, 'measurement', 'm', indicators)} AND m.status <> 'RETURNED' AND m.value IS NOT NULL) x
    WHERE x.rn = 1
    UNION ALL
    SELECT y.indicator_id, 0, y.period_year, 100 * y.num / y.den FROM (
      SELECT m.indicator_id, m.period_year,
        SUM(CASE WHEN m.agency_id IS NOT NULL AND m.status = 'APPROVED' AND m.numerator IS NOT NULL AND m.denominator IS NOT NULL THEN m.numerator END) AS num,
        SUM(CASE WHEN m.agency_id IS NOT NULL AND m.status = 'APPROVED' AND m.numerator IS NOT NULL AND m.denominator IS NOT NULL THEN m.denominator END) AS den,
        SUM(CASE WHEN m.agency_id IS NULL AND m.status <> 'RETURNED' AND m.value IS NOT NULL THEN 1 ELSE 0 END) AS city
      ${fromIndicators(d, 'measurement', 'm', indicators)} GROUP BY m.indicator_id, m.period_year) y
    WHERE y.city = 0 AND y.den IS NOT NULL AND y.den <> 0)`;
}

/**
 * Rows of `table` whose indicator is in the query `indicators` (a column indicator_id), read
 * from the set through the indicator index — as anyone tuning this SQL by hand would write it:
 * with \`indicator_id IN (SELECT …)\` MariaDB scans the whole table, or worse.
 */
function fromIndicators(d: Dialect, table: string, alias: string, indicators: string): string {
  return `FROM (SELECT DISTINCT z.indicator_id FROM (${indicators}) z) ${alias}_set ${d === 'mysql' ? 'STRAIGHT_JOIN' : 'CROSS JOIN'} ${table} ${alias}
      ON ${alias}.indicator_id = ${alias}_set.indicator_id WHERE 1 = 1`;
}

/**
 * Latest point at or before each target's year (`tg` needs `sc` = COALESCE(agency_id, 0)), with
 * the scope's first point: each series point holds from its year until the next one (LEAD), so
 * a target meets exactly one point without sorting the join, and `ser` is read once.
 */
function latestCtes(): string {
  return `sx AS (SELECT s.indicator_id, s.sc, s.period_year, s.value,
      MIN(s.period_year) OVER (PARTITION BY s.indicator_id, s.sc) AS fy,
      FIRST_VALUE(s.value) OVER (PARTITION BY s.indicator_id, s.sc ORDER BY s.period_year) AS fv,
      LEAD(s.period_year) OVER (PARTITION BY s.indicator_id, s.sc ORDER BY s.period_year) AS ny
    FROM ser s),
  lp AS (SELECT t.id AS target_id, sx.period_year AS y, sx.value AS v, sx.fy, sx.fv
    FROM tg t JOIN sx ON sx.indicator_id = t.indicator_id AND sx.sc = t.sc AND sx.period_year <= t.period_year AND (sx.ny IS NULL OR sx.ny > t.period_year)
    WHERE t.agency_level IS NULL)`;
}

/**
 * Progress status of every target in `tg`, in SQL: the server's evaluate() for
 * LINEAR_FROM_BASELINE indicators (the generated ones), comparator-aware. \`base\` is
 * materialized (ROW_NUMBER() OVER ()) so that the planner does not re-evaluate its expressions
 * at every reference further down.
 */
function statusCtes(): string {
  const meets = `CASE t.comparator
      WHEN 'AT_LEAST' THEN lp.v >= t.value - 1e-9 WHEN 'MORE_THAN' THEN lp.v > t.value
      WHEN 'AT_MOST' THEN lp.v <= t.value + 1e-9 WHEN 'LESS_THAN' THEN lp.v < t.value
      WHEN 'EXACTLY' THEN ABS(lp.v - t.value) < 1e-9 ELSE ABS(lp.v - t.value) <= ABS(t.value) * 0.02 END`;
  return `${latestCtes()},
  base AS (
    SELECT t.id, t.plan_id, t.indicator_id, t.period_year AS ty, t.value AS tv, lp.y AS ly, lp.v AS lv, (${meets}) AS met,
      CASE WHEN i.baseline_value IS NOT NULL AND i.baseline_year IS NOT NULL AND i.baseline_year < lp.y THEN i.baseline_year ELSE lp.fy END AS by0,
      CASE WHEN i.baseline_value IS NOT NULL AND i.baseline_year IS NOT NULL AND i.baseline_year < lp.y THEN i.baseline_value ELSE lp.fv END AS bv,
      ROW_NUMBER() OVER () AS mat
    FROM tg t JOIN indicator i ON i.id = t.indicator_id
      LEFT JOIN lp ON lp.target_id = t.id),
  lin AS (SELECT b.*, b.bv + ((b.tv - b.bv) * (b.ly - b.by0)) / (b.ty - b.by0) AS ev FROM base b),
  st AS (
    SELECT l.id, l.plan_id, l.indicator_id, CASE
      WHEN l.ly IS NULL THEN 'NO_DATA'
      WHEN l.met = 1 THEN 'ACHIEVED'
      WHEN l.ly >= l.ty THEN 'OFF_TRACK'
      WHEN l.ly - l.by0 <= 0 THEN 'NO_DATA'
      WHEN (CASE WHEN l.ev = l.bv THEN 1 ELSE (l.lv - l.bv) / (l.ev - l.bv) END) >= 1 THEN 'ON_TRACK'
      WHEN (CASE WHEN l.ev = l.bv THEN 1 ELSE (l.lv - l.bv) / (l.ev - l.bv) END) >= 0.8 THEN 'AT_RISK'
      ELSE 'OFF_TRACK' END AS status
    FROM lin l)`;
}

/**
 * A measurement's flags as a condition on `mw` rows (measurements with lo/hi = the smallest and
 * largest value of their indicator, year and scope): the quoted figure disagrees with its parts
 * beyond rounding or truncation, or another source reports a different value.
 */
function measurementFlagged(d: Dialect): string {
  const scale = `(CASE COALESCE(m.reported_decimals, 2) WHEN 0 THEN 1 WHEN 1 THEN 10 WHEN 2 THEN 100 WHEN 3 THEN 1000 WHEN 4 THEN 10000 ELSE 100000 END)`;
  const mismatch = `(m.numerator IS NOT NULL AND m.denominator IS NOT NULL AND m.denominator <> 0 AND m.reported_value IS NOT NULL
      AND NOT (ABS(m.reported_value - ROUND(m.value * ${scale}) / ${scale}) < 1e-9
            OR ABS(m.reported_value - ${trunc(d, `m.value * ${scale} + CASE WHEN m.value >= 0 THEN 1e-9 ELSE -1e-9 END`)} / ${scale}) < 1e-9))`;
  const conflict = `(m.value IS NOT NULL AND (m.hi - m.value > 1e-9 OR m.value - m.lo > 1e-9))`;
  return `(${mismatch} OR ${conflict})`;
}

/**
 * Roll-up of plans (one plan, or all for the dashboard) in one statement: targets by status,
 * tasks by status, overdue tasks, indicators, open flags.
 */
export function rollupSql(d: Dialect, onePlan: boolean): string {
  const planWhere = onePlan ? 'p.code = ?' : '1 = 1';
  return `WITH pl AS (SELECT p.id, p.code, p.title, p.start_year FROM plan p WHERE ${planWhere}),
  pind AS (
    SELECT g.plan_id, gm.indicator_id FROM indicator_group g JOIN indicator_group_member gm ON gm.group_id = g.id WHERE g.plan_id IN (SELECT id FROM pl)
    UNION SELECT t.plan_id, t.indicator_id FROM target t WHERE t.plan_id IN (SELECT id FROM pl)),
  tg AS (SELECT t.*, COALESCE(t.agency_id, 0) AS sc FROM target t WHERE t.plan_id IN (SELECT id FROM pl)),
  ${seriesCte(d, 'SELECT indicator_id FROM tg')},
  ${statusCtes()},
  tw AS (SELECT o.id, o.plan_id, o.value,
      MIN(o.value) OVER (PARTITION BY o.indicator_id, o.period_year, o.agency_id, o.agency_level) AS lo,
      MAX(o.value) OVER (PARTITION BY o.indicator_id, o.period_year, o.agency_id, o.agency_level) AS hi
    ${fromIndicators(d, 'target', 'o', 'SELECT indicator_id FROM tg')}),
  tflag AS (SELECT tw.id, tw.plan_id FROM tw WHERE tw.plan_id IN (SELECT id FROM pl) AND (tw.hi - tw.value > 1e-9 OR tw.value - tw.lo > 1e-9)),
  mw AS (SELECT x.indicator_id, x.value, x.numerator, x.denominator, x.reported_value, x.reported_decimals,
      MIN(x.value) OVER (PARTITION BY x.indicator_id, x.period_year, x.period_date, x.agency_id) AS lo,
      MAX(x.value) OVER (PARTITION BY x.indicator_id, x.period_year, x.period_date, x.agency_id) AS hi
    ${fromIndicators(d, 'measurement', 'x', 'SELECT indicator_id FROM pind')}),
  mflag AS (SELECT pi.plan_id, COUNT(*) AS n FROM pind pi JOIN mw m ON m.indicator_id = pi.indicator_id WHERE ${measurementFlagged(d)} GROUP BY pi.plan_id),
  gflag AS (SELECT g.plan_id, COUNT(*) AS n FROM indicator_group g
      WHERE g.plan_id IN (SELECT id FROM pl) AND g.declared_count IS NOT NULL AND g.declared_count <> (SELECT COUNT(*) FROM indicator_group_member gm WHERE gm.group_id = g.id)
      GROUP BY g.plan_id)
  SELECT pl.id AS plan_id, pl.code, pl.title, pl.start_year, 'T' AS k, st.status AS s, COUNT(*) AS n FROM pl JOIN st ON st.plan_id = pl.id GROUP BY pl.id, pl.code, pl.title, pl.start_year, st.status
  UNION ALL SELECT pl.id, pl.code, pl.title, pl.start_year, 'K', t.status, COUNT(*) FROM pl JOIN task t ON t.plan_id = pl.id GROUP BY pl.id, pl.code, pl.title, pl.start_year, t.status
  UNION ALL SELECT pl.id, pl.code, pl.title, pl.start_year, 'O', NULL, COUNT(*) FROM pl JOIN task t ON t.plan_id = pl.id
      WHERE t.due_date IS NOT NULL AND t.status <> 'DONE' AND t.due_date < ? GROUP BY pl.id, pl.code, pl.title, pl.start_year
  UNION ALL SELECT pl.id, pl.code, pl.title, pl.start_year, 'I', NULL, COUNT(DISTINCT pi.indicator_id) FROM pl JOIN pind pi ON pi.plan_id = pl.id GROUP BY pl.id, pl.code, pl.title, pl.start_year
  UNION ALL SELECT pl.id, pl.code, pl.title, pl.start_year, 'F', NULL,
      (SELECT COUNT(*) FROM tflag WHERE tflag.plan_id = pl.id) + COALESCE((SELECT n FROM mflag WHERE mflag.plan_id = pl.id), 0) + COALESCE((SELECT n FROM gflag WHERE gflag.plan_id = pl.id), 0) FROM pl
  ${onePlan ? '' : `UNION ALL SELECT NULL, NULL, NULL, NULL, 'Q', NULL,
      (SELECT COUNT(*) FROM measurement WHERE status = 'SUBMITTED') + (SELECT COUNT(*) FROM task_update WHERE status = 'SUBMITTED')`}`;
}

interface RollupRow { plan_id: unknown; code: string; title: string; start_year: unknown; k: string; s: string | null; n: unknown }

function shapeRollup(rows: RollupRow[]) {
  const plans = new Map<number, { code: string; title: string; startYear: number; progress: any }>();
  let reviewQueue = 0;
  for (const r of rows) {
    if (r.k === 'Q') {
      reviewQueue = Number(r.n);
      continue;
    }
    const id = Number(r.plan_id);
    let p = plans.get(id);
    if (!p) {
      p = { code: r.code, title: r.title, startYear: Number(r.start_year), progress: { t: new Map(), k: new Map(), tasksTotal: 0, overdueTasks: 0, indicatorsTotal: 0, openFlags: 0 } };
      plans.set(id, p);
    }
    const n = Number(r.n);
    if (r.k === 'T') p.progress.t.set(r.s, n);
    else if (r.k === 'K') {
      p.progress.k.set(r.s, n);
      p.progress.tasksTotal += n;
    } else if (r.k === 'O') p.progress.overdueTasks = n;
    else if (r.k === 'I') p.progress.indicatorsTotal = n;
    else if (r.k === 'F') p.progress.openFlags = n;
  }
  const progress = (x: any) => ({
    targetsByStatus: STATUSES.map((status) => ({ status, count: x.t.get(status) ?? 0 })),
    tasksByStatus: TASK_STATUSES.map((status) => ({ status, count: x.k.get(status) ?? 0 })),
    tasksTotal: x.tasksTotal,
    overdueTasks: x.overdueTasks,
    indicatorsTotal: x.indicatorsTotal,
    openFlags: x.openFlags,
  });
  return { plans, reviewQueue, progress };
}

const PROGRESS_FIELDS = 'targetsByStatus { status count } tasksByStatus { status count } tasksTotal overdueTasks indicatorsTotal openFlags';

export const OPERATIONS: Operation[] = [
  {
    name: 'agency-assignments',
    title: "An agency's assignments → indicators → targets → latest values (nested, 3 levels)",
    query: `query AgencyAssignments($code: String!) {
  agency(code: $code) {
    code nameVi
    assignments {
      role dueDate
      subject {
        __typename
        ... on Indicator { code name unit targets { periodYear value comparator plan { code } progress { latestValue latestYear } } }
        ... on Task { code title dueDate status indicators { code } }
      }
    }
  }
}`,
    variables: (fx) => ({ code: fx.agencyCode }),
    async baseline(db, vars) {
      const d = db.dialect;
      const rows = await db.query<any>(
        `WITH a AS (SELECT s.id, s.role, s.due_date, s.task_id, s.indicator_id, ag.code AS agency_code, ag.name_vi AS agency_name
             FROM agency ag JOIN assignment s ON s.agency_id = ag.id WHERE ag.code = ?),
          ind AS (SELECT DISTINCT indicator_id AS id FROM a WHERE indicator_id IS NOT NULL),
          tg AS (SELECT t.*, COALESCE(t.agency_id, 0) AS sc ${fromIndicators(d, 'target', 't', 'SELECT id AS indicator_id FROM ind')}),
          ${seriesCte(d, 'SELECT id AS indicator_id FROM ind')},
          ${latestCtes()}
        SELECT 'A' AS k, a.id AS id, NULL AS pid, a.role AS s1, a.due_date AS s2, COALESCE(i.code, tk.code) AS s3, COALESCE(i.name, tk.title) AS s4,
               COALESCE(i.unit, tk.status) AS s5, tk.due_date AS s6, CASE WHEN i.id IS NOT NULL THEN 'Indicator' ELSE 'Task' END AS s7,
               COALESCE(a.indicator_id, a.task_id) AS n1, NULL AS n2, NULL AS n3, a.agency_code AS ac, a.agency_name AS an
          FROM a LEFT JOIN indicator i ON i.id = a.indicator_id LEFT JOIN task tk ON tk.id = a.task_id
        UNION ALL
        SELECT 'T', t.id, t.indicator_id, t.comparator, p.code, NULL, NULL, NULL, NULL, NULL, t.period_year, t.value, lp.v, lp.y, NULL
          FROM tg t JOIN plan p ON p.id = t.plan_id LEFT JOIN lp ON lp.target_id = t.id
        UNION ALL
        SELECT 'I', ti.id, ti.task_id, ix.code, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
          FROM task_indicator ti JOIN indicator ix ON ix.id = ti.indicator_id WHERE ti.task_id IN (SELECT task_id FROM a WHERE task_id IS NOT NULL)
        ORDER BY 1, 11, 2`,
        [vars.code],
      );
      // ORDER BY k, then (for targets) period year, then id: the server's loader order.
      const targets = new Map<number, any[]>();
      const taskInds = new Map<number, any[]>();
      const assignments: any[] = [];
      let agency: { code: string; nameVi: string } | null = null;
      for (const r of rows) {
        if (r.k === 'T') {
          const list = targets.get(Number(r.pid)) ?? [];
          list.push({ periodYear: Number(r.n1), value: Number(r.n2), comparator: r.s1, plan: { code: r.s2 }, progress: { latestValue: num(r.n3), latestYear: num(r.ac) } });
          targets.set(Number(r.pid), list);
        } else if (r.k === 'I') {
          const list = taskInds.get(Number(r.pid)) ?? [];
          list.push({ code: r.s1 });
          taskInds.set(Number(r.pid), list);
        } else {
          agency ??= { code: r.ac, nameVi: r.an };
          assignments.push(r);
        }
      }
      if (!agency) {
        const ag = await db.query<any>('SELECT code, name_vi FROM agency WHERE code = ?', [vars.code]);
        return { agency: ag[0] ? { code: ag[0].code, nameVi: ag[0].name_vi, assignments: [] } : null };
      }
      assignments.sort((x, y) => Number(x.id) - Number(y.id));
      return {
        agency: {
          ...agency,
          assignments: assignments.map((r) => ({
            role: r.s1,
            dueDate: r.s2 ?? null,
            subject:
              r.s7 === 'Indicator'
                ? { __typename: 'Indicator', code: r.s3, name: r.s4, unit: r.s5, targets: targets.get(Number(r.n1)) ?? [] }
                : { __typename: 'Task', code: r.s3, title: r.s4, dueDate: r.s6 ?? null, status: r.s5, indicators: taskInds.get(Number(r.n1)) ?? [] },
          })),
        },
      };
    },
  },
  {
    name: 'plan-progress',
    title: "A plan's progress roll-up",
    query: `query PlanProgress($code: String!) { plan(code: $code) { code title progress { ${PROGRESS_FIELDS} } } }`,
    variables: (fx) => ({ code: fx.planCode }),
    async baseline(db, vars, ctx) {
      const rows = await db.query<RollupRow>(rollupSql(db.dialect, true), [vars.code, ctx.today()]);
      const { plans, progress } = shapeRollup(rows);
      const p = [...plans.values()][0];
      return { plan: p ? { code: p.code, title: p.title, progress: progress(p.progress) } : null };
    },
  },
  {
    name: 'dashboard',
    title: 'The dashboard: progress of every plan, review queue',
    query: `query Dashboard { dashboard { plans { plan { code } ${PROGRESS_FIELDS} } reviewQueue } }`,
    variables: () => ({}),
    async baseline(db, _vars, ctx) {
      const rows = await db.query<RollupRow>(`${rollupSql(db.dialect, false)} ORDER BY 4, 2`, [ctx.today()]);
      const { plans, reviewQueue, progress } = shapeRollup(rows);
      const ordered = [...plans.values()].sort((a, b) => a.startYear - b.startYear || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      return { dashboard: { plans: ordered.map((p) => ({ plan: { code: p.code }, ...progress(p.progress) })), reviewQueue } };
    },
  },
  ...[
    { name: 'list-page-1', title: 'Measurements: filter, sort by value, total count — page 1', deep: false },
    { name: 'list-page-deep', title: 'Measurements: the same list at a deep page (offset ≈ 80% of the total)', deep: true },
  ].map(
    ({ name, title, deep }): Operation => ({
      name,
      title,
      query: `query Measurements($offset: Int!, $from: Int!) {
  measurements(filter: { statuses: [APPROVED], periodFrom: $from }, orderBy: [{ field: VALUE, direction: DESC }], first: ${LIST_PAGE_SIZE}, offset: $offset) {
    totalCount nodes { id periodYear periodDate value status isEstimate }
  }
}`,
      variables: (fx) => ({ offset: deep ? fx.deepOffset ?? 0 : 0, from: 2025 }),
      async baseline(db, vars) {
        const rows = await db.query<any>(
          `SELECT m.id, m.period_year, m.period_date, m.value, m.status, m.is_estimate, COUNT(*) OVER () AS total
             FROM measurement m WHERE m.status IN ('APPROVED') AND m.period_year >= ?
            ORDER BY m.value DESC, m.id DESC LIMIT ${LIST_PAGE_SIZE} OFFSET ?`,
          [vars.from, vars.offset],
        );
        return {
          measurements: {
            totalCount: rows.length ? Number(rows[0].total) : 0,
            nodes: rows.map((r) => ({ id: String(r.id), periodYear: Number(r.period_year), periodDate: r.period_date ?? null, value: num(r.value), status: r.status, isEstimate: Boolean(Number(r.is_estimate)) })),
          },
        };
      },
    }),
  ),
  {
    name: 'record-measurement',
    title: 'Recording a measurement (a write with its audit event)',
    write: true,
    query: `mutation RecordMeasurement($input: CreateMeasurementInput!) { recordMeasurement(input: $input) { id version status value reportedValue reportedText } }`,
    variables: (fx, seq) => ({
      input: {
        indicatorId: String(fx.recordIndicatorId), agencyId: String(fx.recordAgencyId), periodYear: 2025, numerator: 1002345, denominator: 1200000,
        reportedValue: 83.5, reportedText: '83,5%', evidenceUrl: 'https://example.org/bao-cao-2025.pdf', externalKey: `bench:${process.pid}:${Date.now().toString(36)}:${seq}`,
      },
    }),
    async baseline(db, vars) {
      const i = vars.input;
      const value = (100 * i.numerator) / i.denominator;
      const row = { indicator_id: Number(i.indicatorId), agency_id: Number(i.agencyId), period_year: i.periodYear, numerator: i.numerator, denominator: i.denominator,
        value, reported_value: i.reportedValue, reported_text: i.reportedText, reported_decimals: 1, evidence_url: i.evidenceUrl, status: 'DRAFT', external_key: i.externalKey };
      const cols = Object.keys(row);
      const id = await db.transaction(async (tx) => {
        const newId = await tx.insert(`INSERT INTO measurement (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, Object.values(row));
        await tx.insert(`INSERT INTO audit_event (actor, action, entity, record_id, after_json, request_id) VALUES (?, ?, ?, ?, ?, ?)`, [
          'baseline', 'CREATE', 'Measurement', newId, JSON.stringify({ id: newId, ...row }), null,
        ]);
        return newId;
      });
      return { recordMeasurement: { id: String(id), version: 1, status: 'DRAFT', value, reportedValue: i.reportedValue, reportedText: i.reportedText } };
    },
    normalise: (data) => ({ recordMeasurement: { ...data.recordMeasurement, id: typeof data.recordMeasurement?.id === 'string' ? '<new id>' : data.recordMeasurement?.id } }),
  },
];

declare module './generate' {
  interface Fixture {
    /** Offset of the deep list page (about 80% of the total, a multiple of the page size). */
    deepOffset?: number;
  }
}

/** Find the deep page's offset for a data set (one COUNT). */
export async function deepOffsetOf(db: Db): Promise<number> {
  const [row] = await db.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM measurement WHERE status IN ('APPROVED') AND period_year >= ?`, [2025]);
  return Math.floor((Number(row.n) * 0.8) / LIST_PAGE_SIZE) * LIST_PAGE_SIZE;
}

/** Stable JSON for comparisons: the normalised data, numbers rounded to 1e-9 relative. */
export function canonical(op: Operation, data: unknown): string {
  const norm = op.normalise ? op.normalise(data) : data;
  return JSON.stringify(norm, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v));
}

/** The first difference between two canonical JSON texts, for error messages. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at char ${i}: server …${a.slice(Math.max(0, i - 120), i + 120)}… vs baseline …${b.slice(Math.max(0, i - 120), i + 120)}…`;
}
