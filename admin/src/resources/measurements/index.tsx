import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Link as MuiLink, Stack } from '@mui/material';
import {
  AutocompleteInput, BooleanInput, DataTable, Labeled, NumberInput, ReferenceInput, Show, SimpleForm, SimpleShowLayout,
  TextField, TextInput, usePermissions, useRecordContext, useTranslate, BooleanField,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { DxList, searchFilter } from '../../components/ListKit';
import { DateValue, EnumArrayInput, EnumField, FlagsField, NumberValue } from '../../components/fields';
import { WorkflowButtons } from '../../components/MeasurementActions';
import { isOffice } from '../../providers/access';
import { ImportLink } from '../indicators/IndicatorList';

const filters = [
  searchFilter,
  <EnumArrayInput key="s" source="statuses" enumName="ReportStatus" alwaysOn />,
  <NumberInput key="y" source="periodYear" />,
  <ReferenceInput key="a" source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
  <ReferenceInput key="p" source="planId" reference="plans"><AutocompleteInput optionText="code" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
];

function Evidence() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.evidenceUrl) return <span>—</span>;
  return <MuiLink href={record.evidenceUrl} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>{translate('resources.measurements.fields.evidenceUrl')}</MuiLink>;
}

/** For the office this is the review queue: submitted values first, approve or return in place. */
export function MeasurementList() {
  const { permissions } = usePermissions();
  const office = isOffice(permissions);
  return (
    <DxList
      filters={filters}
      filterDefaultValues={office ? { statuses: ['SUBMITTED'] } : {}}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      extraActions={<ImportLink kind="measurements" />}
      title="dx.workflow.queue"
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="indicatorId" disableSort>
          <Stack>
            <TextField source="indicator.code" variant="caption" />
            <TextField source="indicator.name" />
          </Stack>
        </DataTable.Col>
        <DataTable.Col source="periodYear" />
        <DataTable.Col source="value"><NumberValue source="value" unitSource="indicator.unit" /></DataTable.Col>
        <DataTable.Col source="agencyId" disableSort><TextField source="agency.nameVi" emptyText="—" /></DataTable.Col>
        <DataTable.Col source="evidenceUrl" disableSort><Evidence /></DataTable.Col>
        <DataTable.Col source="status"><EnumField source="status" enumName="ReportStatus" /></DataTable.Col>
        <DataTable.Col source="flags" disableSort><FlagsField /></DataTable.Col>
        <DataTable.Col source="submittedAt" disableSort><DateValue source="submittedAt" time /></DataTable.Col>
        <DataTable.Col label=" " disableSort><WorkflowButtons /></DataTable.Col>
      </DataTable>
    </DxList>
  );
}

export function MeasurementShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled label="resources.measurements.fields.indicatorId"><TextField source="indicator.name" /></Labeled>
          <Labeled><TextField source="periodYear" /></Labeled>
          <Labeled><NumberValue source="value" unitSource="indicator.unit" /></Labeled>
          <Labeled label="resources.measurements.fields.agencyId"><TextField source="agency.nameVi" emptyText="—" /></Labeled>
          <Labeled><EnumField source="status" enumName="ReportStatus" /></Labeled>
        </Stack>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><NumberValue source="numerator" /></Labeled>
          <Labeled><NumberValue source="denominator" /></Labeled>
          <Labeled><TextField source="reportedText" emptyText="—" /></Labeled>
          <Labeled><BooleanField source="isEstimate" /></Labeled>
          <Labeled label="resources.measurements.fields.sourceAgencyId"><TextField source="sourceAgency.nameVi" emptyText="—" /></Labeled>
        </Stack>
        <Labeled><Evidence /></Labeled>
        <TextField source="comment" emptyText="—" />
        <TextField source="returnReason" emptyText="—" />
        <Labeled><FlagsField /></Labeled>
        <Stack direction="row" spacing={4}>
          <Labeled><DateValue source="submittedAt" time /></Labeled>
          <Labeled><DateValue source="reviewedAt" time /></Labeled>
        </Stack>
        <WorkflowButtons />
        <AuditHistory entity="Measurement" />
      </SimpleShowLayout>
    </Show>
  );
}

export function MeasurementInputs() {
  return (
    <Stack spacing={0} sx={{ width: '100%', maxWidth: 720 }}>
      <ReferenceInput source="indicatorId" reference="indicators">
        <AutocompleteInput optionText={(i) => `${i.code} — ${i.name}`} filterToQuery={(q) => ({ q })} fullWidth />
      </ReferenceInput>
      <NumberInput source="periodYear" />
      <Stack direction="row" spacing={2}>
        <NumberInput source="reportedValue" />
        <NumberInput source="numerator" />
        <NumberInput source="denominator" />
      </Stack>
      <TextInput source="reportedText" />
      <BooleanInput source="isEstimate" />
      <TextInput source="evidenceUrl" fullWidth />
      <TextInput source="comment" multiline minRows={2} fullWidth />
    </Stack>
  );
}

export const MeasurementEdit = () => (
  <DxEdit>
    <SimpleForm resetOptions={keepTyped}>
      <MeasurementInputs />
    </SimpleForm>
  </DxEdit>
);

export const measurements = { name: 'measurements', list: MeasurementList, show: MeasurementShow, edit: MeasurementEdit, icon: FactCheckIcon };
