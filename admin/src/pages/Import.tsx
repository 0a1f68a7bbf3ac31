import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import Papa from 'papaparse';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, downloadCSV, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../providers/data-provider';
import { hasMutation, inputFields, pickInput } from '../providers/schema';

const KINDS = {
  indicators: { mutation: 'importIndicators', input: 'CreateIndicatorInput', template: 'code,name,measure,unit,aggregation,direction,pillarCode,baselineValue,baselineYear' },
  targets: { mutation: 'importTargets', input: 'CreateTargetInput', template: 'externalKey,indicatorCode,planCode,periodYear,value,comparator,agencyCode' },
  measurements: { mutation: 'importMeasurements', input: 'CreateMeasurementInput', template: 'externalKey,indicatorCode,periodYear,reportedValue,numerator,denominator,agencyCode,evidenceUrl,comment' },
} as const;
type Kind = keyof typeof KINDS;

interface RowError { row: number; path: string[]; code: string; message: string }
interface Result { dryRun: boolean; applied: boolean; total: number; created: number; updated: number; errors: RowError[] }

/** Codes in the file (indicatorCode, planCode, agencyCode, pillarCode…) become the ids the API takes. */
async function resolveCodes(dp: DxDataProvider, rows: Array<Record<string, string>>) {
  const lookups: Array<[string, string, string, string]> = [
    ['indicatorCode', 'indicatorId', 'indicator', 'Indicator'],
    ['planCode', 'planId', 'plan', 'Plan'],
    ['agencyCode', 'agencyId', 'agency', 'Agency'],
    ['sourceAgencyCode', 'sourceAgencyId', 'agency', 'Agency'],
    ['pillarCode', 'pillarId', 'pillar', 'Pillar'],
  ];
  const errors: RowError[] = [];
  const cache = new Map<string, string | null>();
  for (const [i, row] of rows.entries()) {
    for (const [codeCol, idCol, field, what] of lookups) {
      const code = row[codeCol]?.trim();
      if (!code) continue;
      const key = `${field}:${code}`;
      if (!cache.has(key)) {
        const d = await dp.gql<any>(`query($c: String) { x: ${field}(code: $c) { id } }`, { c: code });
        cache.set(key, d.x?.id ?? null);
      }
      const id = cache.get(key);
      if (id) row[idCol] = id;
      else errors.push({ row: i, path: [codeCol], code: 'REFERENCE_NOT_FOUND', message: `${what} "${code}"` });
      delete row[codeCol];
    }
  }
  return errors;
}

export function ImportPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useDataProvider<DxDataProvider>();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<Kind>((params.get('kind') as Kind) ?? 'measurements');
  const [rows, setRows] = useState<Array<Record<string, unknown>>>([]);
  const [localErrors, setLocalErrors] = useState<RowError[]>([]);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const def = KINDS[kind];
  const available = hasMutation(def.mutation);

  const onFile = (file: File) => {
    setResult(null);
    Papa.parse<Record<string, string>>(file, {
      header: true,
      skipEmptyLines: true,
      complete: async (parsed) => {
        const raw = parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/^\uFEFF/, '').trim(), v])));
        const errs = await resolveCodes(dp, raw);
        const fields = inputFields(def.input);
        for (const [i, r] of raw.entries()) for (const f of fields.values()) if (f.required && (r[f.name] === undefined || r[f.name] === '')) errs.push({ row: i, path: [f.name], code: 'REQUIRED', message: f.name });
        setLocalErrors(errs);
        setRows(raw.map((r) => pickInput(def.input, r)));
      },
    });
  };

  const run = async (dryRun: boolean) => {
    setBusy(true);
    try {
      const d = await dp.gql<any>(`mutation($rows: [${def.input}!]!, $dry: Boolean!) { r: ${def.mutation}(rows: $rows, dryRun: $dry) { dryRun applied total created updated errors { row path code message } } }`, { rows, dry: dryRun });
      setResult(d.r);
      if (d.r.applied) notify('dx.import.applied', { type: 'success' });
    } catch (e: any) {
      notify(e.message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const errors = [...localErrors, ...(result?.errors ?? [])];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="dx.import.title" />
      <CardContent>
        <Typography variant="h5" gutterBottom>{translate('dx.import.title')}</Typography>
        {!available && <Alert severity="info" sx={{ mb: 2 }}>{translate('dx.import.unavailable')}</Alert>}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('dx.import.hint')}</Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <TextField select size="small" label={translate('dx.import.kind')} value={kind} onChange={(e) => { setKind(e.target.value as Kind); setRows([]); setResult(null); setLocalErrors([]); }} sx={{ minWidth: 220 }}>
            {(Object.keys(KINDS) as Kind[]).map((k) => <MenuItem key={k} value={k}>{translate(`resources.${k}.name`, { smart_count: 2 })}</MenuItem>)}
          </TextField>
          <Button variant="outlined" component="label">
            {translate('dx.import.file')}
            <input hidden type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
          </Button>
          <Button size="small" onClick={() => downloadCSV('\uFEFF' + def.template + '\n', `${kind}-template`)}>{translate('dx.import.template')}</Button>
        </Stack>
        {rows.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <Typography>{translate('dx.import.rows', { count: rows.length })}</Typography>
            <Stack direction="row" spacing={1} sx={{ my: 1 }}>
              <Button variant="outlined" disabled={!available || busy || localErrors.length > 0} onClick={() => run(true)} data-testid="import-dry-run">{translate('dx.import.preview')}</Button>
              <Button variant="contained" disabled={!available || busy || !result || !result.dryRun || result.errors.length > 0} onClick={() => run(false)} data-testid="import-apply">{translate('dx.import.apply')}</Button>
            </Stack>
            {result && (
              <Alert severity={result.errors.length ? 'error' : 'success'} sx={{ my: 1 }}>
                {translate('dx.import.result', { total: result.total, created: result.created, updated: result.updated })}
                {' — '}
                {result.applied ? translate('dx.import.applied') : result.errors.length ? translate('dx.import.not_applied') : translate('dx.import.ok')}
              </Alert>
            )}
            {errors.length > 0 && (
              <>
                <Typography variant="h6">{translate('dx.import.errors')}</Typography>
                <Table size="small" data-testid="import-errors">
                  <TableHead><TableRow>
                    <TableCell>{translate('dx.import.row')}</TableCell><TableCell>{translate('dx.import.field')}</TableCell>
                    <TableCell>{translate('dx.import.code')}</TableCell><TableCell>{translate('dx.import.message')}</TableCell>
                  </TableRow></TableHead>
                  <TableBody>
                    {errors.map((e, i) => (
                      <TableRow key={i}><TableCell>{e.row + 2}</TableCell><TableCell>{e.path.join('.')}</TableCell><TableCell>{e.code}</TableCell><TableCell>{e.message}</TableCell></TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
