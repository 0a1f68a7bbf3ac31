import { Grid } from '@mui/material';
import { NumberInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { EnumInput } from '../../components/fields';

export function IndicatorInputs() {
  return (
    <Grid container spacing={2} sx={{ width: '100%' }}>
      <Grid size={{ xs: 12, md: 4 }}><TextInput source="code" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 8 }}><TextInput source="name" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 4 }}><EnumInput source="measure" enumName="IndicatorMeasure" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 4 }}><TextInput source="unit" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <ReferenceInput source="pillarId" reference="pillars" perPage={100}>
          <SelectInput optionText="nameVi" fullWidth />
        </ReferenceInput>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}><EnumInput source="aggregation" enumName="IndicatorAggregation" validate={required()} fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 4 }}><EnumInput source="direction" enumName="IndicatorDirection" fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 4 }}><EnumInput source="progressMethod" enumName="ProgressMethod" fullWidth /></Grid>
      <Grid size={{ xs: 6, md: 3 }}><NumberInput source="baselineValue" fullWidth /></Grid>
      <Grid size={{ xs: 6, md: 3 }}><NumberInput source="baselineYear" fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 3 }}><EnumInput source="frequency" enumName="ReportingFrequency" fullWidth /></Grid>
      <Grid size={{ xs: 12, md: 3 }}><TextInput source="dataSource" fullWidth /></Grid>
      <Grid size={12}><TextInput source="nameEn" fullWidth /></Grid>
      <Grid size={12}><TextInput source="definition" multiline minRows={2} fullWidth /></Grid>
    </Grid>
  );
}
