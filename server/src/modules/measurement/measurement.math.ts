import { IndicatorMeasure } from '../indicator/indicator.entity';

/**
 * The value of a measurement: for a percentage with both parts, 100 × numerator ÷ denominator;
 * otherwise the figure as reported. Kept apart from the quoted figure, which is never altered.
 */
export function computeValue(
  measure: IndicatorMeasure,
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  reportedValue: number | null | undefined,
): number | null {
  if (numerator != null && denominator != null && denominator !== 0) {
    return measure === IndicatorMeasure.PERCENTAGE ? (100 * numerator) / denominator : numerator / denominator;
  }
  return reportedValue ?? null;
}

/**
 * Decimal places of a figure as written, in Vietnamese ("80,4%" → 1, "78,91%" → 2) or English
 * ("80.4" → 1) notation. Thousands separators ("954.824") are not decimals: a dot followed by
 * exactly three digits in a number with a comma or several dots is read as grouping.
 */
export function decimalsOf(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = text.match(/\d[\d.,]*/);
  if (!m) return null;
  const figure = m[0].replace(/[.,]$/, '');
  const comma = figure.lastIndexOf(',');
  if (comma >= 0) return figure.length - comma - 1; // Vietnamese decimal comma
  const dots = figure.split('.').length - 1;
  if (dots === 0) return 0;
  if (dots > 1 || /\.\d{3}$/.test(figure)) return 0; // grouping dots: "1.211.908"
  return figure.length - figure.lastIndexOf('.') - 1;
}

/**
 * Does a quoted figure agree with the value computed from its parts? It agrees when it equals
 * the computed value rounded, or truncated, to the quoted precision — official reports do both
 * ("78,91%" for 78.9188…). Anything else is a REPORTED_VALUE_MISMATCH.
 */
export function quotedAgrees(computed: number, quoted: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const eps = 1e-9;
  const rounded = Math.round(computed * scale) / scale;
  const truncated = Math.trunc(computed * scale + (computed >= 0 ? eps : -eps)) / scale;
  return Math.abs(quoted - rounded) < eps || Math.abs(quoted - truncated) < eps;
}
