import { Chip, Stack, Tooltip, Typography, type ChipProps } from '@mui/material';
import {
  SelectInput,
  SelectArrayInput,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type SelectInputProps,
  type SelectArrayInputProps,
} from 'react-admin';
import get from 'lodash/get';
import { enumValues } from '../providers/schema';
import { intlLocale } from '../providers/i18n-provider';

/** Choices of a GraphQL enum, labelled through i18n (dx.enum.<Enum>.<VALUE>). */
export function useEnumChoices(enumName: string) {
  const translate = useTranslate();
  return enumValues(enumName).map((v) => ({ id: v, name: translate(`dx.enum.${enumName}.${v}`, { _: v }) }));
}

export function EnumInput({ enumName, ...props }: { enumName: string } & Omit<SelectInputProps, 'choices'>) {
  return <SelectInput choices={useEnumChoices(enumName)} {...props} />;
}

export function EnumArrayInput({ enumName, ...props }: { enumName: string } & Omit<SelectArrayInputProps, 'choices'>) {
  return <SelectArrayInput choices={useEnumChoices(enumName)} {...props} />;
}

const COLORS: Record<string, ChipProps['color']> = {
  ACHIEVED: 'success', ON_TRACK: 'success', AT_RISK: 'warning', OFF_TRACK: 'error', NO_DATA: 'default',
  APPROVED: 'success', SUBMITTED: 'info', RETURNED: 'warning', DRAFT: 'default',
  DONE: 'success', IN_PROGRESS: 'info', BLOCKED: 'error', NOT_STARTED: 'default',
  LEAD: 'primary', COOPERATING: 'secondary', SUPERVISING: 'info', INFORMED: 'default',
  OPEN: 'success', CLOSED: 'default', ACTIVE: 'success', IN_FORCE: 'success', EXPIRED: 'default', SUPERSEDED: 'default',
};

export function EnumChip({ enumName, value, size = 'small' }: { enumName: string; value?: string | null; size?: ChipProps['size'] }) {
  const translate = useTranslate();
  if (!value) return <span>—</span>;
  return <Chip size={size} color={COLORS[value] ?? 'default'} variant={COLORS[value] ? 'filled' : 'outlined'} label={translate(`dx.enum.${enumName}.${value}`, { _: value })} data-value={value} />;
}

/** A record's enum value as a coloured, translated chip. */
export function EnumField({ source, enumName }: { source: string; enumName: string; label?: string; sortable?: boolean; sortBy?: string }) {
  const record = useRecordContext();
  return <EnumChip enumName={enumName} value={get(record, source)} />;
}

export function FlagsField({ source = 'flags' }: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const flags: string[] = get(record, source) ?? [];
  if (!flags.length) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {flags.map((f) => (
        <Tooltip key={f} title={translate(`dx.enum.DataQualityFlag.${f}`, { _: f })}>
          <Chip size="small" color="warning" variant="outlined" label={translate(`dx.enum.DataQualityFlag.${f}`, { _: f })} />
        </Tooltip>
      ))}
    </Stack>
  );
}

export function useFormatters() {
  const [locale] = useLocaleState();
  const tag = intlLocale(locale);
  return {
    number: (v: number | null | undefined, digits = 2) => (v == null || Number.isNaN(v) ? '—' : new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(v)),
    percent: (v: number | null | undefined) => (v == null ? '—' : new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(v)),
    date: (v: string | null | undefined) => {
      if (!v) return '—';
      const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00`) : new Date(v);
      return Number.isNaN(d.getTime()) ? v : new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(d);
    },
    dateTime: (v: string | null | undefined) => (v ? new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(v)) : '—'),
  };
}

/** A number in the current locale (1.234,5 in Vietnamese, 1,234.5 in English), with the unit. */
export function NumberValue({ source, unitSource, digits = 2 }: { source: string; unitSource?: string; digits?: number; label?: string; sortable?: boolean; sortBy?: string; textAlign?: string }) {
  const record = useRecordContext();
  const f = useFormatters();
  const v = get(record, source);
  const unit = unitSource ? get(record, unitSource) : undefined;
  return <Typography component="span" variant="body2">{f.number(v, digits)}{v != null && unit ? ` ${unit}` : ''}</Typography>;
}

/** A date (YYYY-MM-DD) or instant in the current locale. */
export function DateValue({ source, time = false }: { source: string; time?: boolean; label?: string; sortable?: boolean; sortBy?: string }) {
  const record = useRecordContext();
  const f = useFormatters();
  const v = get(record, source);
  return <Typography component="span" variant="body2">{time ? f.dateTime(v) : f.date(v)}</Typography>;
}
