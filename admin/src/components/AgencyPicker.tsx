import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';

/** Search agencies by name or code (accent-insensitive on the server). */
export function AgencyPicker({ label, onPick, exclude = [] }: { label?: string; onPick: (a: { id: string; nameVi: string; shortName?: string; code: string }) => void; exclude?: string[] }) {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const { data = [] } = useGetList('agencies', { filter: { q, active: true }, pagination: { page: 1, perPage: 20 }, sort: { field: 'nameVi', order: 'ASC' } });
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 320 }}
      options={data.filter((a) => !exclude.includes(String(a.id)))}
      getOptionLabel={(a: any) => `${a.nameVi} (${a.code})`}
      filterOptions={(x) => x}
      onInputChange={(_e, v) => setQ(v)}
      onChange={(_e, v: any) => v && onPick({ ...v, id: String(v.id) })}
      value={null}
      renderInput={(params) => <TextField {...params} label={label ?? translate('dx.matrix.add_agency')} name="agency-picker" />}
    />
  );
}
