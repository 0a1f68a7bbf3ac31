import PeopleIcon from '@mui/icons-material/People';
import { AutocompleteInput, BooleanField, BooleanInput, Create, DataTable, PasswordInput, ReferenceInput, SimpleForm, TextField, TextInput, email, required } from 'react-admin';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { DxList, searchFilter } from '../../components/ListKit';
import { DateValue, EnumArrayInput, EnumField, EnumInput } from '../../components/fields';

const filters = [searchFilter, <EnumArrayInput key="r" source="roles" enumName="Role" />];

function Inputs({ create }: { create?: boolean }) {
  return (
    <>
      <TextInput source="email" validate={[required(), email()]} />
      <TextInput source="name" validate={required()} fullWidth />
      <EnumInput source="role" enumName="Role" validate={required()} />
      <ReferenceInput source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <PasswordInput source="password" validate={create ? required() : undefined} />
      <BooleanInput source="active" />
    </>
  );
}

export const users = {
  name: 'users',
  icon: PeopleIcon,
  list: () => (
    <DxList filters={filters}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="role" disableSort><EnumField source="role" enumName="Role" /></DataTable.Col>
        <DataTable.Col source="agencyId" disableSort><TextField source="agency.nameVi" emptyText="—" /></DataTable.Col>
        <DataTable.Col source="active" disableSort><BooleanField source="active" /></DataTable.Col>
        <DataTable.Col source="lastLoginAt" disableSort><DateValue source="lastLoginAt" time /></DataTable.Col>
      </DataTable>
    </DxList>
  ),
  create: () => <Create redirect="list"><SimpleForm defaultValues={{ active: true, role: 'AGENCY_EDITOR' }}><Inputs create /></SimpleForm></Create>,
  edit: () => <DxEdit redirect="list"><SimpleForm resetOptions={keepTyped}><Inputs /></SimpleForm></DxEdit>,
  recordRepresentation: 'email',
};
