import { registerEnumType } from 'type-graphql';
import type { Indicator } from '../indicator/indicator.entity';
import type { Measurement } from '../measurement/measurement.entity';
import { computeValue, decimalsOf, quotedAgrees } from '../measurement/measurement.math';
import type { Target } from '../target/target.entity';

export enum DataQualityFlag {
  REPORTED_VALUE_MISMATCH = 'REPORTED_VALUE_MISMATCH',
  CONFLICTING_SOURCES = 'CONFLICTING_SOURCES',
  CONFLICTING_TARGETS = 'CONFLICTING_TARGETS',
  DECLARED_COUNT_MISMATCH = 'DECLARED_COUNT_MISMATCH',
}
registerEnumType(DataQualityFlag, {
  name: 'DataQualityFlag',
  description: 'A problem the server found in the data. Figures are never "fixed": they are kept with their sources and flagged.',
  valuesConfig: {
    REPORTED_VALUE_MISMATCH: { description: 'The quoted figure disagrees with the value computed from its numerator and denominator, beyond rounding or truncation to the quoted precision.' },
    CONFLICTING_SOURCES: { description: 'Another measurement of the same indicator, period (year and date) and agency reports a different value.' },
    CONFLICTING_TARGETS: { description: 'Another target for the same indicator, period and scope sets a different value (e.g. the 2024 plan lists both 22% and 25%).' },
    DECLARED_COUNT_MISMATCH: { description: 'A group declares more (or fewer) indicators than it lists, e.g. "13 chỉ tiêu" with 6 listed.' },
  },
});

export function measurementFlags(indicator: Indicator, m: Measurement, siblings: Measurement[]): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  if (m.numerator != null && m.denominator != null && m.denominator !== 0 && m.reportedValue != null) {
    const computed = computeValue(indicator.measure, m.numerator, m.denominator, m.reportedValue) as number;
    const decimals = m.reportedDecimals ?? decimalsOf(m.reportedText) ?? 2;
    if (!quotedAgrees(computed, m.reportedValue, decimals)) flags.push(DataQualityFlag.REPORTED_VALUE_MISMATCH);
  }
  const mine = computeValue(indicator.measure, m.numerator, m.denominator, m.reportedValue);
  const conflict = siblings.some((o) => {
    // Same period means same year and same date (monthly and quarterly reports are different periods).
    if (o.id === m.id || o.periodYear !== m.periodYear || (o.periodDate ?? null) !== (m.periodDate ?? null) || (o.agencyId ?? null) !== (m.agencyId ?? null)) return false;
    const theirs = computeValue(indicator.measure, o.numerator, o.denominator, o.reportedValue);
    return mine != null && theirs != null && Math.abs(mine - theirs) > 1e-9;
  });
  if (conflict) flags.push(DataQualityFlag.CONFLICTING_SOURCES);
  return flags;
}

export function targetFlags(t: Target, siblings: Target[]): DataQualityFlag[] {
  const conflict = siblings.some(
    (o) =>
      o.id !== t.id &&
      o.periodYear === t.periodYear &&
      (o.agencyId ?? null) === (t.agencyId ?? null) &&
      (o.agencyLevel ?? null) === (t.agencyLevel ?? null) &&
      Math.abs(o.value - t.value) > 1e-9,
  );
  return conflict ? [DataQualityFlag.CONFLICTING_TARGETS] : [];
}
