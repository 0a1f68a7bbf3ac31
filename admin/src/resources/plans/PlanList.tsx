import { DataTable, ReferenceField, TextField } from 'react-admin';
import { DxList, searchFilter } from '../../components/ListKit';
import { EnumArrayInput, EnumField } from '../../components/fields';
import { NumberInput } from 'react-admin';

const filters = [searchFilter, <EnumArrayInput key="s" source="statuses" enumName="PlanStatus" />, <NumberInput key="y" source="year" />];

export function PlanList() {
  return (
    <DxList filters={filters} sort={{ field: 'startYear', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="title" />
        <DataTable.Col source="kind"><EnumField source="kind" enumName="PlanKind" /></DataTable.Col>
        <DataTable.Col source="startYear" />
        <DataTable.Col source="endYear" />
        <DataTable.Col source="status"><EnumField source="status" enumName="PlanStatus" /></DataTable.Col>
        <DataTable.Col source="ownerAgencyId" disableSort>
          <ReferenceField source="ownerAgencyId" reference="agencies" link="show"><TextField source="nameVi" /></ReferenceField>
        </DataTable.Col>
      </DataTable>
    </DxList>
  );
}
