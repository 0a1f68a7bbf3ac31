import Papa from 'papaparse';
import { downloadCSV, type Exporter } from 'react-admin';

/** Nested records flattened to dotted columns: agency.nameVi, indicator.code … */
function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === '__typename') continue;
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
  } else if (Array.isArray(value)) {
    out[prefix] = value.every((v) => typeof v !== 'object') ? value.join('|') : JSON.stringify(value);
  } else {
    out[prefix] = value;
  }
  return out;
}

/** UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly. */
export function toCsv(rows: Array<Record<string, unknown>>): string {
  const flat = rows.map((r) => flatten(r));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return '\uFEFF' + Papa.unparse({ fields: columns, data: flat.map((r) => columns.map((c) => r[c] ?? '')) });
}

export const csvExporter: Exporter = (records, _fetchRelated, _dp, resource) => {
  downloadCSV(toCsv(records as Array<Record<string, unknown>>), `${resource ?? 'export'}-${new Date().toISOString().slice(0, 10)}`);
};
