/**
 * Progress, series and data-quality flags as SQL, so that roll-ups are computed by the database
 * (one statement, whatever the number of rows) instead of loading every row into Node. The same
 * text runs on SQLite (3.25+: window functions, math functions) and MySQL 8 / MariaDB 10.6+.
 *
 * The rules are the ones the API documents (and `test/support/progress-oracle.ts` states them
 * again in plain TypeScript, as the reference the tests compare against):
 *
 * - **Series**: one value per indicator, scope (an agency, or the city: scope 0) and year. Among
 *   the measurements the caller may see that are not returned and have a value, prefer approved,
 *   then the source covering the most years, then final over estimated, then the latest
 *   recorded. A city year with no city-wide figure takes the agencies' approved values combined
 *   by the indicator's aggregation (ratios as Σ numerator ÷ Σ denominator).
 * - **Progress** of a target: the latest point at or before its year against the path from the
 *   baseline (the indicator's, if older than that point, else the first point): ACHIEVED when it
 *   meets the target, OFF_TRACK when the target year has passed, otherwise ON_TRACK at or above
 *   the path (linear or compound growth), AT_RISK within 80% of it, OFF_TRACK below. Targets
 *   cascaded to a level of agencies have no series: NO_DATA.
 *
 * Every division has a floating-point operand (`1e0`): integer division truncates on SQLite
 * and yields 4-digit decimals on MySQL.
 */

/** A piece of SQL with its positional parameters, in order. */
export interface Sql {
  text: string;
  params: unknown[];
}

export const sql = (text: string, ...params: unknown[]): Sql => ({ text, params });

/** Join pieces, keeping the parameters in the order of the text. */
export function joinSql(parts: Array<Sql | string>, separator = '\n'): Sql {
  const texts: string[] = [];
  const params: unknown[] = [];
  for (const p of parts) {
    if (typeof p === 'string') texts.push(p);
    else {
      texts.push(p.text);
      params.push(...p.params);
    }
  }
  return { text: texts.join(separator), params };
}

/** `?, ?, ?` for a list (never empty: an empty list matches nothing). */
export function inList(values: readonly unknown[]): Sql {
  return values.length ? { text: values.map(() => '?').join(', '), params: [...values] } : { text: 'NULL', params: [] };
}

export type Dialect = 'mysql' | 'sqlite';

/**
 * A set of indicators: literal ids, or a query whose rows have an `indicator_id` column.
 * Measurements and targets are read starting from the set, through their indicator index: left
 * to itself MariaDB reads the whole measurement table and probes the set for every row.
 */
export type IndicatorSet = { ids: readonly number[] } | { select: Sql };

/** `FROM <table> <alias> WHERE <alias> belongs to the set` (append `AND …` conditions). */
function rowsOf(d: Dialect, table: 'measurement' | 'target', alias: string, set: IndicatorSet): Sql {
  if ('ids' in set) {
    const list = inList(set.ids);
    return { text: `FROM ${table} ${alias} WHERE ${alias}.indicator_id IN (${list.text})`, params: list.params };
  }
  // STRAIGHT_JOIN (MySQL) and CROSS JOIN (SQLite) keep the small set as the outer loop.
  const join = d === 'mysql' ? 'STRAIGHT_JOIN' : 'CROSS JOIN';
  return joinSql([
    sql(`FROM (SELECT DISTINCT x.indicator_id FROM (`),
    set.select,
    sql(`) x) ${alias}_set ${join} ${table} ${alias} ON ${alias}.indicator_id = ${alias}_set.indicator_id WHERE 1 = 1`),
  ]);
}

/** The measurements the caller may see, as a condition on alias `m` (null: all of them). */
export type Visibility = Sql | null;

const and = (v: Visibility, alias = 'm'): Sql => (v ? { text: ` AND ${v.text.replace(/\bm\./g, `${alias}.`)}`, params: v.params } : sql(''));

/** Which targets to evaluate, and the key each is counted under (plan, pillar, agency …). */
export interface TargetScope {
  /** `FROM … WHERE …` over `target t` (may join other tables). */
  from: Sql;
  /** The key expression (`t.plan_id`); a target may appear under several keys. */
  key: string;
  /** The targets' indicators, and those with city-wide targets, when the caller knows them (saves reading `tg` again). */
  indicators?: IndicatorSet;
  cityIndicators?: IndicatorSet;
}

/**
 * CTEs ending in `tq`: one row per (key, target) in scope with its progress —
 * k, id, plan_id, indicator_id, ty, tv, ly, lv, by0, bv, ev, obs, req, ratio, py, status.
 * `series` (indicator_id, sc, y, v, mid, n) is the chosen point per scope and year.
 */
export function progressCtes(d: Dialect, scope: TargetScope, visible: Visibility): Sql {
  // The indicators to read measurements of: known up front, or those of the targets in scope.
  const series = scope.indicators ?? { select: sql('SELECT indicator_id FROM tg') };
  const city = scope.cityIndicators ?? { select: sql('SELECT indicator_id FROM tg WHERE sc = 0 AND lvl IS NULL') };
  const meets = `CASE e1.cmp
      WHEN 'AT_LEAST' THEN CASE WHEN e1.lv >= e1.tv - 1e-9 THEN 1 ELSE 0 END
      WHEN 'MORE_THAN' THEN CASE WHEN e1.lv > e1.tv THEN 1 ELSE 0 END
      WHEN 'AT_MOST' THEN CASE WHEN e1.lv <= e1.tv + 1e-9 THEN 1 ELSE 0 END
      WHEN 'LESS_THAN' THEN CASE WHEN e1.lv < e1.tv THEN 1 ELSE 0 END
      WHEN 'EXACTLY' THEN CASE WHEN ABS(e1.lv - e1.tv) < 1e-9 THEN 1 ELSE 0 END
      ELSE CASE WHEN ABS(e1.lv - e1.tv) <= ABS(e1.tv) * 2e-2 THEN 1 ELSE 0 END END`;
  // e1 and e2 carry \`ROW_NUMBER() OVER ()\` only to be materialized: a derived table the
  // planner merges into the next one has its expressions re-evaluated at every reference,
  // which multiplies through the chain (seconds for 80,000 targets on MariaDB).
  return joinSql([
    sql('tg AS (SELECT '),
    sql(`${scope.key} AS k, t.id, t.plan_id, t.indicator_id, t.period_year AS ty, t.value AS tv, t.comparator AS cmp,
      COALESCE(t.agency_id, 0) AS sc, t.agency_level AS lvl `),
    scope.from,
    sql('),'),
    seriesCtes(d, series, city, visible),
    sql(`,
  e1 AS (SELECT tg.k, tg.id, tg.plan_id, tg.indicator_id, tg.ty, tg.tv, tg.cmp, s.y AS ly, s.v AS lv,
      CASE WHEN i.baseline_value IS NOT NULL AND i.baseline_year IS NOT NULL AND i.baseline_year < s.y THEN i.baseline_year ELSE s.fy END AS by0,
      CASE WHEN i.baseline_value IS NOT NULL AND i.baseline_year IS NOT NULL AND i.baseline_year < s.y THEN i.baseline_value ELSE s.fv END AS bv,
      CASE WHEN i.direction = 'LOWER_IS_BETTER' THEN -1 ELSE 1 END AS sg,
      CASE WHEN i.progress_method = 'GROWTH_RATE' THEN 1 ELSE 0 END AS gm,
      ROW_NUMBER() OVER () AS m1
    FROM tg INNER JOIN indicator i ON i.id = tg.indicator_id
      LEFT JOIN series s ON tg.lvl IS NULL AND s.indicator_id = tg.indicator_id AND s.sc = tg.sc AND s.y <= tg.ty AND (s.ny IS NULL OR s.ny > tg.ty)),
  e2 AS (SELECT e1.k, e1.id, e1.plan_id, e1.indicator_id, e1.ty, e1.tv, e1.ly, e1.lv, e1.by0, e1.bv, e1.sg, e1.ly - e1.by0 AS el, ${meets} AS met,
      CASE WHEN e1.ly - e1.by0 > 0 THEN (e1.lv - e1.bv) / (1e0 * (e1.ly - e1.by0)) END AS slope,
      CASE WHEN e1.gm = 1 AND e1.bv > 0 AND e1.lv > 0 AND e1.tv > 0 THEN 1 ELSE 0 END AS gok,
      ROW_NUMBER() OVER () AS m2
    FROM e1),
  e3 AS (SELECT e2.*,
      CASE WHEN e2.met = 0 AND e2.ly < e2.ty AND e2.el > 0 THEN 1 ELSE 0 END AS onpath,
      CASE WHEN e2.met = 0 AND e2.ly < e2.ty AND e2.el > 0 AND e2.gok = 1 THEN 1 ELSE 0 END AS gr,
      CASE WHEN e2.met = 0 AND e2.ly < e2.ty AND e2.el > 0 AND e2.gok = 1 THEN POWER(e2.lv / e2.bv, 1e0 / e2.el) - 1 END AS obs,
      CASE WHEN e2.met = 0 AND e2.ly < e2.ty AND e2.el > 0 AND e2.gok = 1 THEN POWER(e2.tv / e2.lv, 1e0 / (e2.ty - e2.ly)) - 1 END AS req,
      CASE WHEN e2.met = 0 AND e2.ly < e2.ty AND e2.el > 0 AND e2.gok = 0 THEN e2.bv + ((e2.tv - e2.bv) * e2.el) / (1e0 * (e2.ty - e2.by0)) END AS ev
    FROM e2),
  e5 AS (SELECT e3.*,
      CASE WHEN e3.ly IS NULL THEN NULL WHEN e3.met = 1 THEN 1e0 WHEN e3.onpath = 0 THEN NULL
        WHEN e3.gr = 1 THEN CASE WHEN e3.req = 0 THEN 1e0 ELSE e3.obs / e3.req END
        ELSE CASE WHEN e3.ev = e3.bv THEN 1e0 ELSE (e3.lv - e3.bv) / (e3.ev - e3.bv) END END AS ratio,
      CASE WHEN e3.ly IS NULL THEN NULL WHEN e3.met = 1 THEN e3.ly
        WHEN e3.gr = 1 THEN CASE WHEN e3.sg * e3.obs > 0 THEN
          CASE WHEN LN(e3.tv / e3.lv) / LN(1 + e3.obs) <= 0 THEN e3.ly ELSE e3.ly + CEIL(LN(e3.tv / e3.lv) / LN(1 + e3.obs) - 1e-9) END END
        WHEN e3.slope IS NOT NULL AND e3.sg * e3.slope > 0 THEN
          CASE WHEN (e3.tv - e3.lv) / e3.slope <= 0 THEN e3.ly ELSE e3.ly + CEIL((e3.tv - e3.lv) / e3.slope - 1e-9) END
        END AS py
    FROM e3),
  tq AS (SELECT e5.k, e5.id, e5.plan_id, e5.indicator_id, e5.ty, e5.tv, e5.ly, e5.lv, e5.by0, e5.bv, e5.ev, e5.obs, e5.req, e5.ratio, e5.py,
      CASE WHEN e5.ly IS NULL THEN 'NO_DATA' WHEN e5.met = 1 THEN 'ACHIEVED' WHEN e5.ly >= e5.ty THEN 'OFF_TRACK' WHEN e5.el <= 0 THEN 'NO_DATA'
        WHEN e5.ratio >= 1 THEN 'ON_TRACK' WHEN e5.ratio >= 0.8 THEN 'AT_RISK' ELSE 'OFF_TRACK' END AS status
    FROM e5)`),
  ]);
}

/**
 * CTEs ending in `series` (indicator_id, sc, y, v, mid, n, fy, fv, ny): the chosen point of every
 * scope and year of `indicators`; `cityIndicators` are those whose city
 * series may fall back on the agencies' approved values. `mid` is the chosen measurement (for a
 * combined year, the last of the agencies' values), `n` the number of agencies combined, `fy`
 * and `fv` the scope's first point, `ny` the scope's next year with a point (null: the last).
 * Coverage (the years a source reports) is DENSE_RANK up + DENSE_RANK down − 1: MySQL has no
 * COUNT(DISTINCT …) OVER.
 * `cityOnly` leaves out the agencies' own series (the city's does not depend on them).
 */
export function seriesCtes(d: Dialect, indicators: IndicatorSet, cityIndicators: IndicatorSet, visible: Visibility, options: { cityOnly?: boolean } = {}): Sql {
  return joinSql([
    sql(`fa AS (SELECT m.indicator_id, m.period_year AS y, MAX(m.id) AS id,
      SUM(CASE WHEN m.numerator IS NOT NULL AND m.denominator IS NOT NULL THEN m.numerator END) AS sn,
      SUM(CASE WHEN m.numerator IS NOT NULL AND m.denominator IS NOT NULL THEN m.denominator END) AS sd,
      SUM(CASE WHEN m.numerator IS NOT NULL AND m.denominator IS NOT NULL THEN 1 ELSE 0 END) AS np,
      SUM(m.value) AS sv, AVG(m.value) AS av, COUNT(m.value) AS nv, COUNT(*) AS nr`),
    rowsOf(d, 'measurement', 'm', cityIndicators),
    sql(` AND m.agency_id IS NOT NULL AND m.status = 'APPROVED' GROUP BY m.indicator_id, m.period_year),
  fb AS (SELECT fa.id, fa.indicator_id, fa.y,
      CASE i.aggregation
        WHEN 'RATIO_OF_SUMS' THEN CASE WHEN fa.sd IS NULL OR fa.sd = 0 THEN NULL WHEN i.measure = 'PERCENTAGE' THEN 100 * fa.sn / fa.sd ELSE fa.sn / fa.sd END
        WHEN 'SUM' THEN COALESCE(fa.sv, 0e0) WHEN 'AVERAGE' THEN fa.av
        ELSE (SELECT l.value FROM measurement l WHERE l.indicator_id = fa.indicator_id AND l.period_year = fa.y AND l.agency_id IS NOT NULL AND l.status = 'APPROVED'
          ORDER BY COALESCE(l.period_date, '') DESC, l.id DESC LIMIT 1) END AS v,
      CASE i.aggregation WHEN 'RATIO_OF_SUMS' THEN fa.np WHEN 'LATEST' THEN fa.nr ELSE fa.nv END AS n
    FROM fa INNER JOIN indicator i ON i.id = fa.indicator_id),
  cand AS (
    SELECT m.id, m.indicator_id, COALESCE(m.agency_id, 0) AS sc, m.period_year AS y, m.value AS v, 1 AS pri,
      CASE WHEN m.status = 'APPROVED' THEN 1 ELSE 0 END AS ap, CASE WHEN m.is_estimate THEN 1 ELSE 0 END AS est,
      COALESCE(m.source_agency_id, m.source_instrument_id, 0) AS src, 0 AS n`),
    rowsOf(d, 'measurement', 'm', indicators),
    sql(` AND m.status <> 'RETURNED' AND m.value IS NOT NULL${options.cityOnly ? ' AND m.agency_id IS NULL' : ''}`),
    and(visible),
    sql(`
    UNION ALL
    SELECT fb.id, fb.indicator_id, 0, fb.y, fb.v, 0, 0, 0, -1, fb.n FROM fb WHERE fb.v IS NOT NULL),
  r1 AS (SELECT cand.*,
      DENSE_RANK() OVER (PARTITION BY cand.indicator_id, cand.sc, cand.src ORDER BY cand.y) + DENSE_RANK() OVER (PARTITION BY cand.indicator_id, cand.sc, cand.src ORDER BY cand.y DESC) - 1 AS yrs
    FROM cand),
  r3 AS (SELECT r1.*, ROW_NUMBER() OVER (PARTITION BY r1.indicator_id, r1.sc, r1.y ORDER BY r1.pri DESC, r1.ap DESC, r1.yrs DESC, r1.est ASC, r1.id DESC) AS rn FROM r1),
  series AS (SELECT r3.indicator_id, r3.sc, r3.y, r3.v, r3.id AS mid, r3.pri, r3.n,
      MIN(r3.y) OVER (PARTITION BY r3.indicator_id, r3.sc) AS fy,
      FIRST_VALUE(r3.v) OVER (PARTITION BY r3.indicator_id, r3.sc ORDER BY r3.y) AS fv,
      LEAD(r3.y) OVER (PARTITION BY r3.indicator_id, r3.sc ORDER BY r3.y) AS ny
    FROM r3 WHERE r3.rn = 1)`),
  ]);
}

/**
 * CTE `mflag` (id, indicator_id, agency_id, period_year, mismatch, conflict) over the measurements
 * of `indicators` the caller may see: the quoted figure disagrees with its parts beyond rounding
 * or truncation to its precision, or another source reports a different value for the same
 * period (year and date) and agency.
 *
 * `mw` is materialized (its window functions need every row): keep string columns out of it.
 * MariaDB's in-memory temporary tables store a VARCHAR at its full declared width, so carrying
 * the status (VARCHAR(32), 128 bytes in utf8mb4) pushed 90,000 measurements past
 * tmp_table_size onto disk — measured: the dashboard's statement 1.66 → 1.17 s without it.
 */
export function measurementFlagCte(d: Dialect, indicators: IndicatorSet, visible: Visibility): Sql {
  const scale = 'POWER(10e0, COALESCE(x.reported_decimals, 2))';
  const scaled = `x.value * ${scale}`;
  const truncated = `(CASE WHEN x.value >= 0 THEN FLOOR(${scaled} + 1e-9) ELSE CEIL(${scaled} - 1e-9) END)`;
  const mismatch = `CASE WHEN x.numerator IS NOT NULL AND x.denominator IS NOT NULL AND x.denominator <> 0 AND x.reported_value IS NOT NULL
      AND NOT (ABS(x.reported_value - FLOOR(${scaled} + 0.5e0) / ${scale}) < 1e-9 OR ABS(x.reported_value - ${truncated} / ${scale}) < 1e-9) THEN 1 ELSE 0 END`;
  const conflict = `CASE WHEN x.value IS NOT NULL AND (x.hi - x.value > 1e-9 OR x.value - x.lo > 1e-9) THEN 1 ELSE 0 END`;
  return joinSql([
    sql(`mw AS (SELECT m.id, m.indicator_id, m.agency_id, m.period_year, m.value, m.numerator, m.denominator, m.reported_value, m.reported_decimals,
      MIN(m.value) OVER (PARTITION BY m.indicator_id, m.period_year, m.period_date, m.agency_id) AS lo,
      MAX(m.value) OVER (PARTITION BY m.indicator_id, m.period_year, m.period_date, m.agency_id) AS hi`),
    rowsOf(d, 'measurement', 'm', indicators),
    and(visible),
    sql(`),
  mflag AS (SELECT x.id, x.indicator_id, x.agency_id, x.period_year, ${mismatch} AS mismatch, ${conflict} AS conflict FROM mw x)`),
  ]);
}

/**
 * CTE `tflag` (id, plan_id, indicator_id, flagged) over the targets of `indicators`: another
 * target for the same indicator, year, agency and agency level sets a different value.
 */
export function targetFlagCte(d: Dialect, indicators: IndicatorSet): Sql {
  return joinSql([
    sql(`tw AS (SELECT o.id, o.plan_id, o.indicator_id, o.value,
      MIN(o.value) OVER (PARTITION BY o.indicator_id, o.period_year, o.agency_id, o.agency_level) AS lo,
      MAX(o.value) OVER (PARTITION BY o.indicator_id, o.period_year, o.agency_id, o.agency_level) AS hi`),
    rowsOf(d, 'target', 'o', indicators),
    sql(`),
  tflag AS (SELECT tw.id, tw.plan_id, tw.indicator_id, CASE WHEN tw.hi - tw.value > 1e-9 OR tw.value - tw.lo > 1e-9 THEN 1 ELSE 0 END AS flagged FROM tw)`),
  ]);
}
