import { IndicatorAggregation, type Indicator } from '../indicator/indicator.entity';
import type { Measurement } from '../measurement/measurement.entity';
import { computeValue } from '../measurement/measurement.math';

/** Progress is computed in SQL (progress.sql.ts); these are its result's types. */
export enum ProgressStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}

/**
 * Combine agency-level values of one indicator and year by its aggregation: RATIO_OF_SUMS is
 * Σ numerator ÷ Σ denominator (never the mean of the agencies' percentages).
 */
export function aggregate(indicator: Indicator, rows: Measurement[]): { value: number | null; numerator: number | null; denominator: number | null; agencyCount: number } {
  const values = rows.map((m) => computeValue(indicator.measure, m.numerator, m.denominator, m.reportedValue)).filter((v): v is number => v != null);
  if (rows.length === 0) return { value: null, numerator: null, denominator: null, agencyCount: 0 };
  switch (indicator.aggregation) {
    case IndicatorAggregation.RATIO_OF_SUMS: {
      const parts = rows.filter((m) => m.numerator != null && m.denominator != null);
      const num = parts.reduce((a, m) => a + (m.numerator as number), 0);
      const den = parts.reduce((a, m) => a + (m.denominator as number), 0);
      return { value: den ? computeValue(indicator.measure, num, den, null) : null, numerator: num, denominator: den, agencyCount: parts.length };
    }
    case IndicatorAggregation.SUM:
      return { value: values.reduce((a, b) => a + b, 0), numerator: null, denominator: null, agencyCount: values.length };
    case IndicatorAggregation.AVERAGE:
      return { value: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, numerator: null, denominator: null, agencyCount: values.length };
    case IndicatorAggregation.LATEST: {
      const latest = [...rows].sort((a, b) => (a.periodDate ?? '').localeCompare(b.periodDate ?? '') || a.id - b.id).pop()!;
      return { value: computeValue(indicator.measure, latest.numerator, latest.denominator, latest.reportedValue), numerator: null, denominator: null, agencyCount: rows.length };
    }
  }
}

export interface ProgressResult {
  status: ProgressStatus;
  latestValue: number | null;
  latestYear: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
  /** LINEAR_FROM_BASELINE: where the straight line from the baseline says the value should be in latestYear. */
  expectedValue: number | null;
  /** GROWTH_RATE: compound yearly growth observed from the baseline to the latest value. */
  observedGrowthRate: number | null;
  /** GROWTH_RATE: compound yearly growth still needed from the latest value to reach the target in its year. */
  requiredGrowthRate: number | null;
  /** Achieved share of the progress the path requires by latestYear (1 = exactly on the path). */
  progressRatio: number | null;
  /** The year the observed trend reaches the target (null: not reached on this trend, or no trend). */
  projectedYear: number | null;
}

