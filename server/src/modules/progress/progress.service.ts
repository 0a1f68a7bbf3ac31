import type { EntityManager } from 'typeorm';
import { RowShape } from '../../common/loaders/rows';
import { Target } from '../target/target.entity';
import { TaskStatus } from '../task/task.entity';
import { today } from '../task/task.service';
import type { Context } from '../../context';
import { ProgressStatus, type ProgressResult } from './progress.math';
import { inList, joinSql, measurementFlagCte, progressCtes, seriesCtes, sql, targetFlagCte, type Dialect, type Sql, type TargetScope, type Visibility } from './progress.sql';
import { isMysql } from '../../common/sql';

/** Keep IN lists within every driver's parameter limit. */
const CHUNK = 5000;

function chunks<K>(keys: readonly K[]): K[][] {
  const out: K[][] = [];
  for (let i = 0; i < keys.length; i += CHUNK) out.push(keys.slice(i, i + CHUNK));
  return out;
}

async function chunked<K, R>(keys: readonly K[], run: (chunk: K[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunks(keys)) out.push(...(await run(chunk)));
  return out;
}

const num = (v: unknown): number | null => (v == null ? null : Number(v));

const dialect = (manager: EntityManager): Dialect => (isMysql(manager) ? 'mysql' : 'sqlite');

async function run<T = Record<string, unknown>>(manager: EntityManager, q: Sql): Promise<T[]> {
  return manager.query(q.text, q.params);
}

/** The caller's row rule for measurements (Policy), as SQL on alias `m`. */
const visibilityOf = (ctx: Context): Promise<Visibility> => ctx.policy.visibleRawSql();

// ---- progress of targets ----------------------------------------------------------------

/** The target fields progress depends on for its scope. */
export type TargetRef = { id: number; indicatorId: number; agencyId: number | null; agencyLevel: string | null };

/** Progress of each target, in one statement per 5,000 targets. */
export async function progressOfTargets(ctx: Context, targets: readonly TargetRef[]): Promise<Map<number, ProgressResult>> {
  const visible = await visibilityOf(ctx);
  const rows = await chunked(targets, (chunk) => {
    const list = inList(chunk.map((t) => t.id));
    const scope: TargetScope = {
      from: { text: `FROM target t WHERE t.id IN (${list.text})`, params: list.params },
      key: '0',
      indicators: { ids: [...new Set(chunk.map((t) => t.indicatorId))] },
      cityIndicators: { ids: [...new Set(chunk.filter((t) => t.agencyId == null && t.agencyLevel == null).map((t) => t.indicatorId))] },
    };
    return run<ProgressRow>(ctx.manager, joinSql(['WITH', progressCtes(dialect(ctx.manager), scope, visible), 'SELECT * FROM tq']));
  });
  return new Map(rows.map((r) => [Number(r.id), progressResult(r)]));
}

interface ProgressRow {
  k: unknown;
  id: unknown;
  plan_id: unknown;
  indicator_id: unknown;
  ty: unknown;
  ly: unknown;
  lv: unknown;
  by0: unknown;
  bv: unknown;
  ev: unknown;
  obs: unknown;
  req: unknown;
  ratio: unknown;
  py: unknown;
  status: ProgressStatus;
}

function progressResult(r: ProgressRow): ProgressResult {
  return {
    status: r.status,
    latestValue: num(r.lv),
    latestYear: num(r.ly),
    baselineValue: r.ly == null ? null : num(r.bv),
    baselineYear: r.ly == null ? null : num(r.by0),
    expectedValue: num(r.ev),
    observedGrowthRate: num(r.obs),
    requiredGrowthRate: num(r.req),
    progressRatio: num(r.ratio),
    projectedYear: num(r.py),
  };
}

/**
 * The targets of indicators with their progress, in one statement per 5,000 indicators, in the
 * order Indicator.targets gives (year, then id).
 */
export async function targetsWithProgress(ctx: Context, indicatorIds: readonly number[]): Promise<Array<{ target: Target; result: ProgressResult }>> {
  const visible = await visibilityOf(ctx);
  const meta = ctx.manager.connection.getMetadata(Target);
  const shape = RowShape.of<Target>(meta, ctx.loaders.timestamps);
  const rows = await chunked(indicatorIds, (chunk) => {
    const list = inList(chunk);
    const scope: TargetScope = {
      from: { text: `FROM target t WHERE t.indicator_id IN (${list.text})`, params: list.params },
      key: '0',
      indicators: { ids: chunk },
      cityIndicators: { ids: chunk },
    };
    return run<ProgressRow & Record<string, unknown>>(
      ctx.manager,
      joinSql(['WITH', progressCtes(dialect(ctx.manager), scope, visible), `SELECT ${shape.select('x')}, tq.* FROM tq INNER JOIN target x ON x.id = tq.id ORDER BY x.indicator_id, x.period_year, x.id`]),
    );
  });
  return rows.map((r) => ({ target: shape.read(r, 'x') as Target, result: progressResult(r) }));
}

/** One point of an indicator's city-wide series. */
export interface SeriesRow {
  year: number;
  value: number;
  measurementId: number;
  /** Set when the year combines this many agencies' approved values. */
  agencyCount: number | null;
}

/** The city-wide series of each indicator, in one statement per 5,000 indicators. */
export async function citySeries(ctx: Context, indicatorIds: readonly number[]): Promise<Map<number, SeriesRow[]>> {
  const visible = await visibilityOf(ctx);
  const rows = await chunked(indicatorIds, (chunk) => {
    return run<{ indicator_id: unknown; y: unknown; v: unknown; mid: unknown; pri: unknown; n: unknown }>(
      ctx.manager,
      joinSql(['WITH', seriesCtes(dialect(ctx.manager), { ids: chunk }, { ids: chunk }, visible, { cityOnly: true }), 'SELECT indicator_id, y, v, mid, pri, n FROM series WHERE sc = 0 ORDER BY indicator_id, y']),
    );
  });
  const out = new Map<number, SeriesRow[]>(indicatorIds.map((id) => [id, []]));
  for (const r of rows) {
    out.get(Number(r.indicator_id))?.push({ year: Number(r.y), value: Number(r.v), measurementId: Number(r.mid), agencyCount: Number(r.pri) === 0 ? Number(r.n) : null });
  }
  return out;
}

// ---- roll-ups ---------------------------------------------------------------------------

export interface ProgressCounts {
  targetsByStatus: Array<{ status: ProgressStatus; count: number }>;
  tasksByStatus: Array<{ status: TaskStatus; count: number }>;
  tasksTotal: number;
  overdueTasks: number;
  indicatorsTotal: number;
  openFlags: number;
}

/** What a roll-up counts, for a list of keys (plan ids, pillar ids). */
interface RollupSpec {
  targets: TargetScope;
  /** `SELECT k, t.* FROM task t …`: the tasks of each key. */
  tasks: Sql;
  /** `SELECT k, indicator_id …`: the indicators of each key. */
  indicators: Sql;
  /** `SELECT k, g.* FROM indicator_group g …`: the groups of each key. */
  groups: Sql;
}

function rollupSpec(kind: 'plan' | 'pillar', keys: number[]): RollupSpec {
  const list = () => inList(keys);
  const withList = (before: string, after = '') => {
    const l = list();
    return { text: `${before}${l.text}${after}`, params: l.params };
  };
  if (kind === 'plan') {
    const g = list();
    const t = list();
    return {
      targets: { from: withList('FROM target t WHERE t.plan_id IN (', ')'), key: 't.plan_id' },
      tasks: withList('SELECT t.plan_id AS k, t.status, t.due_date FROM task t WHERE t.plan_id IN (', ')'),
      indicators: {
        text: `SELECT g.plan_id AS k, gm.indicator_id FROM indicator_group g INNER JOIN indicator_group_member gm ON gm.group_id = g.id WHERE g.plan_id IN (${g.text})
          UNION SELECT t.plan_id, t.indicator_id FROM target t WHERE t.plan_id IN (${t.text})`,
        params: [...g.params, ...t.params],
      },
      groups: withList('SELECT g.plan_id AS k, g.id, g.declared_count FROM indicator_group g WHERE g.plan_id IN (', ')'),
    };
  }
  return {
    targets: { from: withList('FROM target t INNER JOIN indicator pi ON pi.id = t.indicator_id WHERE pi.pillar_id IN (', ')'), key: 'pi.pillar_id' },
    tasks: withList('SELECT t.pillar_id AS k, t.status, t.due_date FROM task t WHERE t.pillar_id IN (', ')'),
    indicators: withList('SELECT i.pillar_id AS k, i.id AS indicator_id FROM indicator i WHERE i.pillar_id IN (', ')'),
    groups: withList('SELECT g.pillar_id AS k, g.id, g.declared_count FROM indicator_group g WHERE g.pillar_id IN (', ')'),
  };
}

/**
 * Roll-ups of plans or pillars, in one statement for all the keys: targets by status, tasks by
 * status, overdue tasks, indicators, and open flags (targets, visible figures and groups).
 */
export async function rollups(ctx: Context, kind: 'plan' | 'pillar', keys: readonly number[]): Promise<Map<number, ProgressCounts>> {
  const visible = await visibilityOf(ctx);
  const d = dialect(ctx.manager);
  const out = new Map<number, ProgressCounts>();
  for (const chunk of chunks(keys)) {
    const spec = rollupSpec(kind, chunk);
    const q = joinSql([
      'WITH',
      progressCtes(d, spec.targets, visible),
      ',',
      sql('ki AS ('), spec.indicators, sql('),'),
      sql('kt AS ('), spec.tasks, sql('),'),
      sql('kg AS ('), spec.groups, sql('),'),
      measurementFlagCte(d, { select: sql('SELECT indicator_id FROM ki') }, visible),
      ',',
      targetFlagCte(d, { select: sql('SELECT indicator_id FROM tg') }),
      sql(`SELECT 'T' AS part, tq.k, tq.status AS s, COUNT(*) AS n FROM tq GROUP BY tq.k, tq.status
      UNION ALL SELECT 'K', kt.k, kt.status, COUNT(*) FROM kt GROUP BY kt.k, kt.status
      UNION ALL SELECT 'O', kt.k, NULL, COUNT(*) FROM kt WHERE kt.due_date IS NOT NULL AND kt.status <> 'DONE' AND kt.due_date < ? GROUP BY kt.k
      UNION ALL SELECT 'I', ki.k, NULL, COUNT(DISTINCT ki.indicator_id) FROM ki GROUP BY ki.k
      UNION ALL SELECT 'F', tg.k, NULL, COUNT(*) FROM tg INNER JOIN tflag f ON f.id = tg.id WHERE f.flagged = 1 GROUP BY tg.k
      UNION ALL SELECT 'F', ki.k, NULL, COUNT(*) FROM ki INNER JOIN mflag f ON f.indicator_id = ki.indicator_id WHERE f.mismatch = 1 OR f.conflict = 1 GROUP BY ki.k
      UNION ALL SELECT 'F', kg.k, NULL, COUNT(*) FROM kg WHERE kg.declared_count IS NOT NULL
        AND kg.declared_count <> (SELECT COUNT(*) FROM indicator_group_member gm WHERE gm.group_id = kg.id) GROUP BY kg.k`, today()),
    ]);
    const rows = await run<{ part: string; k: unknown; s: string | null; n: unknown }>(ctx.manager, q);
    for (const key of chunk) out.set(key, emptyCounts());
    for (const r of rows) {
      const c = out.get(Number(r.k));
      if (!c) continue;
      const n = Number(r.n);
      if (r.part === 'T') c.targetsByStatus.find((x) => x.status === r.s)!.count += n;
      else if (r.part === 'K') {
        const slot = c.tasksByStatus.find((x) => x.status === r.s);
        if (slot) slot.count += n;
        c.tasksTotal += n;
      } else if (r.part === 'O') c.overdueTasks += n;
      else if (r.part === 'I') c.indicatorsTotal += n;
      else if (r.part === 'F') c.openFlags += n;
    }
  }
  return out;
}

function emptyCounts(): ProgressCounts {
  return {
    targetsByStatus: Object.values(ProgressStatus).map((status) => ({ status, count: 0 })),
    tasksByStatus: Object.values(TaskStatus).map((status) => ({ status, count: 0 })),
    tasksTotal: 0,
    overdueTasks: 0,
    indicatorsTotal: 0,
    openFlags: 0,
  };
}

// ---- agency scorecards ------------------------------------------------------------------

export interface ScorecardCounts {
  reportsDue: number;
  reportsOnTime: number;
  onTimeRate: number | null;
  completeness: number | null;
  targetsOnTrack: number;
  targetsTotal: number;
  overdueTasksAsLead: number;
  overdueTasksAsCooperating: number;
  openDataQualityFlags: number;
}

/**
 * Scorecards of agencies, each over the agency and its sub-agencies, in one statement:
 * - reports due: each (assigned indicator × reporting period whose due date has passed);
 *   on time: a report of the agency submitted (or approved) by the end of the due date;
 * - completeness: share of the assigned indicators' reporting periods with a report from it;
 * - targets it answers for (directly, or through their indicator: city-wide targets and those
 *   cascaded to it) that are achieved or on track;
 * - overdue tasks where it leads vs where it cooperates; its figures that carry flags.
 */
export async function scorecards(ctx: Context, agencyIds: readonly number[]): Promise<Map<number, ScorecardCounts>> {
  const visible = await visibilityOf(ctx);
  const m = ctx.manager;
  const like = isMysql(m) ? "CONCAT(r.path, '%')" : "(r.path || '%')";
  const day = isMysql(m) ? 'DATE(rep.submitted_at)' : 'substr(rep.submitted_at, 1, 10)';
  const now = today();
  const out = new Map<number, ScorecardCounts>();
  for (const chunk of chunks(agencyIds)) {
    const roots = inList(chunk);
    const q = joinSql([
      sql(`WITH sub AS (SELECT r.id AS root, s.id AS aid FROM agency r INNER JOIN agency s ON s.path LIKE ${like} WHERE r.id IN (${roots.text})),`, ...roots.params),
      sql(`mine AS (SELECT sub.root, a.role, a.task_id, a.indicator_id, a.target_id FROM sub INNER JOIN assignment a ON a.agency_id = sub.aid),
      ans AS (SELECT mine.root, mine.indicator_id, mine.target_id FROM mine WHERE mine.role IN ('LEAD', 'COOPERATING')),
      sind AS (SELECT ans.root, ans.indicator_id FROM ans WHERE ans.indicator_id IS NOT NULL
        UNION SELECT ans.root, t.indicator_id FROM ans INNER JOIN target t ON t.id = ans.target_id),
      stg AS (SELECT ans.root AS k, ans.target_id AS id FROM ans WHERE ans.target_id IS NOT NULL
        UNION SELECT si.root, t.id FROM sind si INNER JOIN target t ON t.indicator_id = si.indicator_id
          WHERE t.agency_id IS NULL OR EXISTS (SELECT 1 FROM sub s2 WHERE s2.root = si.root AND s2.aid = t.agency_id)),`),
      progressCtes(dialect(m), { from: sql('FROM stg INNER JOIN target t ON t.id = stg.id'), key: 'stg.k' }, visible),
      sql(',\n  rep AS (SELECT sub.root, m.id, m.indicator_id, m.period_year, m.status, m.submitted_at FROM sub INNER JOIN measurement m ON m.agency_id = sub.aid WHERE 1 = 1'),
      visible ? { text: ` AND ${visible.text}`, params: visible.params } : '',
      sql(`),
      per AS (SELECT si.root, p.id, p.indicator_id, p.period_year, p.due_date FROM sind si INNER JOIN reporting_period p ON p.indicator_id = si.indicator_id),
      pst AS (SELECT per.root, per.id, per.due_date,
          MAX(CASE WHEN rep.id IS NOT NULL THEN 1 ELSE 0 END) AS has,
          MAX(CASE WHEN rep.submitted_at IS NOT NULL AND ${day} <= per.due_date THEN 1 ELSE 0 END) AS ontime
        FROM per LEFT JOIN rep ON rep.root = per.root AND rep.indicator_id = per.indicator_id AND rep.period_year = per.period_year AND rep.status <> 'DRAFT'
        GROUP BY per.root, per.id, per.due_date),`),
      measurementFlagCte(dialect(m), { select: sql('SELECT rep.indicator_id FROM rep') }, visible),
      sql(`SELECT pst.root AS k, 'PD' AS part, SUM(CASE WHEN pst.due_date IS NOT NULL AND pst.due_date < ? THEN 1 ELSE 0 END) AS n FROM pst GROUP BY pst.root
      UNION ALL SELECT pst.root, 'PO', SUM(CASE WHEN pst.due_date IS NOT NULL AND pst.due_date < ? AND pst.ontime = 1 THEN 1 ELSE 0 END) FROM pst GROUP BY pst.root
      UNION ALL SELECT pst.root, 'PN', COUNT(*) FROM pst GROUP BY pst.root
      UNION ALL SELECT pst.root, 'PC', SUM(pst.has) FROM pst GROUP BY pst.root
      UNION ALL SELECT tq.k, 'TT', COUNT(*) FROM tq GROUP BY tq.k
      UNION ALL SELECT tq.k, 'TO', SUM(CASE WHEN tq.status IN ('ACHIEVED', 'ON_TRACK') THEN 1 ELSE 0 END) FROM tq GROUP BY tq.k
      UNION ALL SELECT x.root, CASE WHEN x.role = 'LEAD' THEN 'OL' ELSE 'OC' END, COUNT(*) FROM (
          SELECT DISTINCT mine.root, mine.role, mine.task_id FROM mine INNER JOIN task tk ON tk.id = mine.task_id
          WHERE mine.role IN ('LEAD', 'COOPERATING') AND tk.due_date IS NOT NULL AND tk.status <> 'DONE' AND tk.due_date < ?) x GROUP BY x.root, x.role
      UNION ALL SELECT rep.root, 'F', COUNT(*) FROM rep INNER JOIN mflag f ON f.id = rep.id WHERE f.mismatch = 1 OR f.conflict = 1 GROUP BY rep.root`, now, now, now),
    ]);
    const rows = await run<{ k: unknown; part: string; n: unknown }>(m, q);
    const parts = new Map<number, Record<string, number>>(chunk.map((id) => [id, {}]));
    for (const r of rows) {
      const p = parts.get(Number(r.k));
      if (p) p[r.part] = (p[r.part] ?? 0) + Number(r.n ?? 0);
    }
    for (const [id, p] of parts) {
      const due = p.PD ?? 0;
      const periods = p.PN ?? 0;
      out.set(id, {
        reportsDue: due,
        reportsOnTime: p.PO ?? 0,
        onTimeRate: due ? (p.PO ?? 0) / due : null,
        completeness: periods ? (p.PC ?? 0) / periods : null,
        targetsOnTrack: p.TO ?? 0,
        targetsTotal: p.TT ?? 0,
        overdueTasksAsLead: p.OL ?? 0,
        overdueTasksAsCooperating: p.OC ?? 0,
        openDataQualityFlags: p.F ?? 0,
      });
    }
  }
  return out;
}

/** Agencies that lead or cooperate on anything, by code. */
export async function accountableAgencyIds(manager: EntityManager): Promise<number[]> {
  const rows = await manager.query(
    `SELECT ag.id FROM agency ag WHERE ag.id IN (SELECT a.agency_id FROM assignment a WHERE a.role IN ('LEAD', 'COOPERATING')) ORDER BY ag.code`,
  );
  return rows.map((r: { id: unknown }) => Number(r.id));
}

// ---- dashboard lists --------------------------------------------------------------------

/** Targets at risk or off track, worst first (of one plan, or all): their progress. */
export async function atRiskTargets(ctx: Context, planId: number | null, first: number): Promise<Array<{ id: number; result: ProgressResult }>> {
  const visible = await visibilityOf(ctx);
  const from = planId == null ? sql('FROM target t WHERE 1 = 1') : sql('FROM target t WHERE t.plan_id = ?', planId);
  const rows = await run<ProgressRow>(
    ctx.manager,
    joinSql([
      'WITH',
      progressCtes(dialect(ctx.manager), { from, key: '0' }, visible),
      sql(`SELECT * FROM tq WHERE tq.status IN ('AT_RISK', 'OFF_TRACK')
        ORDER BY CASE WHEN tq.status = 'OFF_TRACK' THEN 0 ELSE 1 END, COALESCE(tq.ratio, 0), tq.ty, tq.id LIMIT ?`, first),
    ]),
  );
  return rows.map((r) => ({ id: Number(r.id), result: progressResult(r) }));
}

/** Ids of tasks past due and not done (of one plan, or all), oldest due date first. */
export async function overdueTaskIds(manager: EntityManager, planId: number | null, first: number): Promise<number[]> {
  const rows = await manager.query(
    `SELECT t.id FROM task t WHERE t.due_date IS NOT NULL AND t.status <> 'DONE' AND t.due_date < ? ${planId == null ? '' : 'AND t.plan_id = ?'}
      ORDER BY t.due_date, t.id LIMIT ?`,
    planId == null ? [today(), first] : [today(), planId, first],
  );
  return rows.map((r: { id: unknown }) => Number(r.id));
}

export interface IssueRow {
  kind: 'M' | 'T' | 'G';
  id: number;
  flag: string;
}

/**
 * Open data-quality issues (of one plan's indicators, targets and groups, or all): flagged
 * figures the caller may see, conflicting targets, groups whose declared count differs.
 */
export async function qualityIssues(ctx: Context, planId: number | null, first: number): Promise<IssueRow[]> {
  const visible = await visibilityOf(ctx);
  const planIndicators =
    planId == null
      ? sql('SELECT i.id AS indicator_id FROM indicator i')
      : sql(
          `SELECT gm.indicator_id FROM indicator_group g INNER JOIN indicator_group_member gm ON gm.group_id = g.id WHERE g.plan_id = ?
           UNION SELECT t.indicator_id FROM target t WHERE t.plan_id = ?`,
          planId,
          planId,
        );
  const planTargets = planId == null ? sql('SELECT t.indicator_id FROM target t') : sql('SELECT t.indicator_id FROM target t WHERE t.plan_id = ?', planId);
  const rows = await run<{ kind: 'M' | 'T' | 'G'; id: unknown; flag: string }>(
    ctx.manager,
    joinSql([
      'WITH',
      measurementFlagCte(dialect(ctx.manager), { select: planIndicators }, visible),
      ',',
      targetFlagCte(dialect(ctx.manager), { select: planTargets }),
      sql(`SELECT * FROM (
        SELECT 'M' AS kind, 0 AS part, f.period_year AS y, f.id, 0 AS fo, 'REPORTED_VALUE_MISMATCH' AS flag FROM mflag f WHERE f.mismatch = 1
        UNION ALL SELECT 'M', 0, f.period_year, f.id, 1, 'CONFLICTING_SOURCES' FROM mflag f WHERE f.conflict = 1
        UNION ALL SELECT 'T', 1, t.period_year, t.id, 0, 'CONFLICTING_TARGETS' FROM tflag f INNER JOIN target t ON t.id = f.id WHERE f.flagged = 1`),
      planId == null ? sql('') : sql(' AND t.plan_id = ?', planId),
      sql(`
        UNION ALL SELECT 'G', 2, 0, g.id, 0, 'DECLARED_COUNT_MISMATCH' FROM indicator_group g WHERE g.declared_count IS NOT NULL
          AND g.declared_count <> (SELECT COUNT(*) FROM indicator_group_member gm WHERE gm.group_id = g.id)`),
      planId == null ? sql('') : sql(' AND g.plan_id = ?', planId),
      sql(') x ORDER BY x.part, x.y, x.id, x.fo LIMIT ?', first),
    ]),
  );
  return rows.map((r) => ({ kind: r.kind, id: Number(r.id), flag: r.flag }));
}

/** Reports waiting for the office: submitted measurements the caller may see, and submitted task updates. */
export async function reviewQueue(ctx: Context): Promise<number> {
  const visible = await visibilityOf(ctx);
  const [row] = await run<{ n: unknown }>(
    ctx.manager,
    joinSql([
      sql(`SELECT (SELECT COUNT(*) FROM measurement m WHERE m.status = 'SUBMITTED'`),
      visible ? { text: ` AND ${visible.text}`, params: visible.params } : '',
      sql(`) + (SELECT COUNT(*) FROM task_update u WHERE u.status = 'SUBMITTED') AS n`),
    ], ''),
  );
  return Number(row?.n ?? 0);
}
