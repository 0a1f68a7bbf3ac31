import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Link } from 'react-router-dom';
import { AutocompleteInput, Create, DataTable, ReferenceInput, SimpleForm, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { DxList, searchFilter } from '../../components/ListKit';
import { DateValue, EnumArrayInput, EnumField, EnumInput } from '../../components/fields';

const LINK: Record<string, string> = { Task: 'tasks', Indicator: 'indicators', Plan: 'plans', Target: 'targets' };

function Subject() {
  const r = useRecordContext();
  const s = r?.subject;
  if (!s) return <span>—</span>;
  const label = s.title ?? s.name ?? (s.indicator ? `${s.indicator.code} · ${s.periodYear}` : s.id);
  return <Link to={`/${LINK[s.__typename]}/${s.id}/show`} onClick={(e) => e.stopPropagation()}>{s.code ? `${s.code} — ` : ''}{label}</Link>;
}

const filters = [
  searchFilter,
  <ReferenceInput key="a" source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
  <ReferenceInput key="p" source="planId" reference="plans"><AutocompleteInput optionText="code" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
  <EnumArrayInput key="r" source="roles" enumName="AssignmentRole" />,
  <EnumArrayInput key="t" source="subjectTypes" enumName="AssignmentSubjectType" />,
];

function Inputs() {
  return (
    <>
      <ReferenceInput source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} validate={required()} fullWidth /></ReferenceInput>
      <EnumInput source="role" enumName="AssignmentRole" validate={required()} />
      <ReferenceInput source="taskId" reference="tasks"><AutocompleteInput optionText={(t) => `${t.code} — ${t.title}`} filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <ReferenceInput source="indicatorId" reference="indicators"><AutocompleteInput optionText={(t) => `${t.code} — ${t.name}`} filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <ReferenceInput source="planId" reference="plans"><AutocompleteInput optionText={(t) => `${t.code} — ${t.title}`} filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <TextInput source="dueDate" type="date" slotProps={{ inputLabel: { shrink: true } }} />
      <TextInput source="responsiblePerson" />
      <TextInput source="note" multiline fullWidth />
    </>
  );
}

export const assignments = {
  name: 'assignments',
  icon: AssignmentIndIcon,
  list: () => (
    <DxList filters={filters} sort={{ field: 'dueDate', order: 'ASC' }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="agencyId" disableSort><TextField source="agency.nameVi" /></DataTable.Col>
        <DataTable.Col source="role"><EnumField source="role" enumName="AssignmentRole" /></DataTable.Col>
        <DataTable.Col source="subjectType" disableSort><EnumField source="subjectType" enumName="AssignmentSubjectType" /></DataTable.Col>
        <DataTable.Col source="subject" disableSort><Subject /></DataTable.Col>
        <DataTable.Col source="dueDate"><DateValue source="dueDate" /></DataTable.Col>
      </DataTable>
    </DxList>
  ),
  create: () => <Create redirect="list"><SimpleForm><Inputs /></SimpleForm></Create>,
  edit: () => <DxEdit redirect="list"><SimpleForm resetOptions={keepTyped}><Inputs /></SimpleForm></DxEdit>,
};
