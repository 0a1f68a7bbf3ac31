import FlagIcon from '@mui/icons-material/Flag';
import { AutocompleteInput, Create, DataTable, NumberInput, ReferenceInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, required, Labeled } from 'react-admin';
import { Stack } from '@mui/material';
import { AuditHistory } from '../../components/AuditHistory';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { DxList, searchFilter } from '../../components/ListKit';
import { EnumField, EnumInput, FlagsField, NumberValue } from '../../components/fields';
import { ImportLink } from '../indicators/IndicatorList';

const filters = [
  searchFilter,
  <ReferenceInput key="p" source="planId" reference="plans"><AutocompleteInput optionText="code" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
  <NumberInput key="y" source="periodYear" />,
];

function TargetInputs() {
  return (
    <>
      <ReferenceInput source="indicatorId" reference="indicators"><AutocompleteInput optionText={(i) => `${i.code} — ${i.name}`} filterToQuery={(q) => ({ q })} validate={required()} fullWidth /></ReferenceInput>
      <ReferenceInput source="planId" reference="plans"><AutocompleteInput optionText={(p) => `${p.code} — ${p.title}`} filterToQuery={(q) => ({ q })} validate={required()} fullWidth /></ReferenceInput>
      <Stack direction="row" spacing={2}>
        <NumberInput source="periodYear" validate={required()} />
        <EnumInput source="comparator" enumName="Comparator" />
        <NumberInput source="value" validate={required()} />
      </Stack>
      <ReferenceInput source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <EnumInput source="agencyLevel" enumName="AgencyLevel" />
      <TextInput source="quotedText" multiline fullWidth />
      <TextInput source="note" multiline fullWidth />
    </>
  );
}

export const targets = {
  name: 'targets',
  icon: FlagIcon,
  list: () => (
    <DxList filters={filters} sort={{ field: 'periodYear', order: 'DESC' }} extraActions={<ImportLink kind="targets" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="indicatorId" disableSort><TextField source="indicator.name" /></DataTable.Col>
        <DataTable.Col source="planId" disableSort><TextField source="plan.code" /></DataTable.Col>
        <DataTable.Col source="periodYear" />
        <DataTable.Col source="comparator" disableSort><EnumField source="comparator" enumName="Comparator" /></DataTable.Col>
        <DataTable.Col source="value"><NumberValue source="value" unitSource="indicator.unit" /></DataTable.Col>
        <DataTable.Col source="agencyId" disableSort><TextField source="agency.nameVi" emptyText="—" /></DataTable.Col>
        <DataTable.Col source="progress" disableSort><EnumField source="progress.status" enumName="ProgressStatus" /></DataTable.Col>
        <DataTable.Col source="flags" disableSort><FlagsField /></DataTable.Col>
      </DataTable>
    </DxList>
  ),
  show: () => (
    <Show>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled label="resources.targets.fields.indicatorId"><TextField source="indicator.name" /></Labeled>
          <Labeled label="resources.targets.fields.planId"><TextField source="plan.code" /></Labeled>
          <Labeled><TextField source="periodYear" /></Labeled>
          <Labeled><EnumField source="comparator" enumName="Comparator" /></Labeled>
          <Labeled><NumberValue source="value" unitSource="indicator.unit" /></Labeled>
          <Labeled label="resources.targets.fields.progress"><EnumField source="progress.status" enumName="ProgressStatus" /></Labeled>
        </Stack>
        <TextField source="quotedText" emptyText="—" />
        <FlagsField />
        <AuditHistory entity="Target" />
      </SimpleShowLayout>
    </Show>
  ),
  create: () => <Create redirect="show"><SimpleForm defaultValues={{ comparator: 'AT_LEAST' }}><TargetInputs /></SimpleForm></Create>,
  edit: () => <DxEdit><SimpleForm resetOptions={keepTyped}><TargetInputs /></SimpleForm></DxEdit>,
};
