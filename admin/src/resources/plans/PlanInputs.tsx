import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, required } from 'react-admin';
import { Grid } from '@mui/material';
import { EnumInput } from '../../components/fields';

export function PlanInputs() {
  return (
    <Grid container spacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, md: 4 }}><TextInput source="code" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 8 }}><TextInput source="title" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 4 }}><EnumInput source="kind" enumName="PlanKind" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 4 }}><EnumInput source="status" enumName="PlanStatus" fullWidth /></Grid>
      <Grid size={{ xs: 4, md: 4 }} />
      <Grid size={{ xs: 4, md: 2 }}><NumberInput source="startYear" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 4, md: 2 }}><NumberInput source="endYear" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 4, md: 2 }}><NumberInput source="visionYear" fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ReferenceInput source="ownerAgencyId" reference="agencies">
          <AutocompleteInput optionText="nameVi" fullWidth filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ReferenceInput source="parentId" reference="plans">
          <AutocompleteInput optionText={(p) => `${p.code} — ${p.title}`} fullWidth filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ReferenceInput source="issuedByInstrumentId" reference="instruments">
          <AutocompleteInput optionText={(i) => `${i.number ?? ''} ${i.title}`} fullWidth filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      </Grid>
      <Grid size={12}><TextInput source="summary" multiline minRows={3} fullWidth /></Grid>
    </Grid>
  );
}
