/**
 * The progress rules in plain TypeScript: the reference the SQL engine
 * (server/src/modules/progress/progress.sql.ts) is checked against. This was the server's own
 * implementation before the roll-ups moved into SQL; it reads every row, which is exactly what
 * makes it a clear statement of the rules and a poor way to serve them.
 */
import { IndicatorDirection, ProgressMethod, type Indicator } from '../../server/src/modules/indicator/indicator.entity';
import { ReportStatus, type Measurement } from '../../server/src/modules/measurement/measurement.entity';
import { computeValue } from '../../server/src/modules/measurement/measurement.math';
import { aggregate, ProgressStatus, type ProgressResult } from '../../server/src/modules/progress/progress.math';
import { Comparator, type Target } from '../../server/src/modules/target/target.entity';

export interface SeriesPoint {
  year: number;
  value: number;
  /** The chosen measurement; for a year combined from agencies, the last of them. */
  measurement: Measurement;
  /** Set when the value combines this many agencies' approved values. */
  agencyCount?: number;
}

/** Progress below this share of what the path requires is OFF_TRACK; between it and 1, AT_RISK. */
export const AT_RISK_FLOOR = 0.8;

/**
 * One value per year for a scope (an agency, or the whole city when agencyId is null). Where
 * several sources report the same year, prefer approved over other states, then the source that
 * covers the most years (a trend read across two sources' methods means little), then final
 * figures over estimates, then the most recently recorded. The others stay visible, flagged
 * CONFLICTING_SOURCES.
 */
export function seriesOf(indicator: Indicator, measurements: Measurement[], agencyId: number | null = null): SeriesPoint[] {
  const candidates = measurements.filter(
    (m) => (m.agencyId ?? null) === agencyId && m.status !== ReportStatus.RETURNED && computeValue(indicator.measure, m.numerator, m.denominator, m.reportedValue) != null,
  );
  const coverage = new Map<string, Set<number>>();
  for (const m of candidates) {
    const src = String(m.sourceAgencyId ?? m.sourceInstrumentId ?? '-');
    if (!coverage.has(src)) coverage.set(src, new Set());
    coverage.get(src)!.add(m.periodYear);
  }
  const yearsOf = (m: Measurement) => coverage.get(String(m.sourceAgencyId ?? m.sourceInstrumentId ?? '-'))?.size ?? 0;
  const rank = (m: Measurement) => [m.status === ReportStatus.APPROVED ? 1 : 0, yearsOf(m), m.isEstimate ? 0 : 1, m.id];
  const best = new Map<number, Measurement>();
  for (const m of candidates) {
    const cur = best.get(m.periodYear);
    if (!cur || compare(rank(m), rank(cur)) > 0) best.set(m.periodYear, m);
  }
  const points: SeriesPoint[] = [...best.entries()].map(([year, m]) => ({ year, value: computeValue(indicator.measure, m.numerator, m.denominator, m.reportedValue) as number, measurement: m }));
  if (agencyId === null) {
    // A year with no city-wide figure takes the approved agency values, combined by the
    // indicator's aggregation (ratios as Σ numerator ÷ Σ denominator).
    const byYear = new Map<number, Measurement[]>();
    for (const m of measurements) {
      if (m.agencyId == null || m.status !== ReportStatus.APPROVED || best.has(m.periodYear)) continue;
      if (!byYear.has(m.periodYear)) byYear.set(m.periodYear, []);
      byYear.get(m.periodYear)!.push(m);
    }
    for (const [year, rows] of byYear) {
      const combined = aggregate(indicator, rows);
      if (combined.value != null) points.push({ year, value: combined.value, measurement: rows[rows.length - 1], agencyCount: combined.agencyCount });
    }
  }
  return points.sort((a, b) => a.year - b.year);
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Whether a value meets a target, read through its comparator (ABOUT: within 2% of the target). */
export function meets(value: number, target: number, comparator: Comparator): boolean {
  switch (comparator) {
    case Comparator.AT_LEAST: return value >= target - 1e-9;
    case Comparator.MORE_THAN: return value > target;
    case Comparator.AT_MOST: return value <= target + 1e-9;
    case Comparator.LESS_THAN: return value < target;
    case Comparator.EXACTLY: return Math.abs(value - target) < 1e-9;
    case Comparator.ABOUT: return Math.abs(value - target) <= Math.abs(target) * 0.02;
  }
}

/**
 * Progress toward one target, direction-aware. The latest value at or before the target year is
 * compared with the path from the baseline (the indicator's baseline, else its earliest value):
 * linearly, or by compound growth rates. A target whose year has a value is ACHIEVED or
 * OFF_TRACK outright; otherwise ON_TRACK at or above the path, AT_RISK within 80% of it,
 * OFF_TRACK below.
 */
export function evaluate(indicator: Indicator, target: Target, series: SeriesPoint[]): ProgressResult {
  const empty: ProgressResult = {
    status: ProgressStatus.NO_DATA, latestValue: null, latestYear: null, baselineValue: null, baselineYear: null,
    expectedValue: null, observedGrowthRate: null, requiredGrowthRate: null, progressRatio: null, projectedYear: null,
  };
  const upTo = series.filter((p) => p.year <= target.periodYear);
  if (upTo.length === 0) return empty;
  const latest = upTo[upTo.length - 1];
  const hasBaseline = indicator.baselineValue != null && indicator.baselineYear != null && indicator.baselineYear < latest.year;
  const baseYear = hasBaseline ? (indicator.baselineYear as number) : series[0].year;
  const baseValue = hasBaseline ? (indicator.baselineValue as number) : series[0].value;
  const sign = indicator.direction === IndicatorDirection.LOWER_IS_BETTER ? -1 : 1;
  const result: ProgressResult = { ...empty, latestValue: latest.value, latestYear: latest.year, baselineValue: baseValue, baselineYear: baseYear };

  const elapsed = latest.year - baseYear;
  const slope = elapsed > 0 ? (latest.value - baseValue) / elapsed : null;
  if (slope != null && sign * slope > 0) {
    const years = (target.value - latest.value) / slope;
    result.projectedYear = years <= 0 ? latest.year : latest.year + Math.ceil(years - 1e-9);
  }

  if (meets(latest.value, target.value, target.comparator)) return { ...result, status: ProgressStatus.ACHIEVED, progressRatio: 1, projectedYear: latest.year };
  if (latest.year >= target.periodYear) return { ...result, status: ProgressStatus.OFF_TRACK };
  if (elapsed <= 0) return { ...result, status: ProgressStatus.NO_DATA };

  let ratio: number;
  if (indicator.progressMethod === ProgressMethod.GROWTH_RATE && baseValue > 0 && latest.value > 0 && target.value > 0) {
    const observed = Math.pow(latest.value / baseValue, 1 / elapsed) - 1;
    const required = Math.pow(target.value / latest.value, 1 / (target.periodYear - latest.year)) - 1;
    result.observedGrowthRate = observed;
    result.requiredGrowthRate = required;
    ratio = required === 0 ? 1 : observed / required;
    if (sign * observed > 0) {
      const years = Math.log(target.value / latest.value) / Math.log(1 + observed);
      result.projectedYear = years <= 0 ? latest.year : latest.year + Math.ceil(years - 1e-9);
    } else result.projectedYear = null;
  } else {
    const expected = baseValue + ((target.value - baseValue) * elapsed) / (target.periodYear - baseYear);
    result.expectedValue = expected;
    ratio = expected === baseValue ? 1 : (latest.value - baseValue) / (expected - baseValue);
  }
  result.progressRatio = ratio;
  const status = ratio >= 1 ? ProgressStatus.ON_TRACK : ratio >= AT_RISK_FLOOR ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
  return { ...result, status };
}
