import { AutocompleteInput, DataTable, ReferenceInput, SelectArrayInput, ReferenceArrayInput, TextField, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Link } from 'react-router-dom';
import { DxList, searchFilter } from '../../components/ListKit';
import { EnumField } from '../../components/fields';

const filters = [
  searchFilter,
  <ReferenceInput key="p" source="planId" reference="plans"><AutocompleteInput optionText="code" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
  <ReferenceArrayInput key="pi" source="pillarIds" reference="pillars"><SelectArrayInput optionText="nameVi" /></ReferenceArrayInput>,
  <ReferenceInput key="a" source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
];

export function ImportLink({ kind }: { kind: string }) {
  const translate = useTranslate();
  return (
    <Button component={Link} to={`/import?kind=${kind}`} size="small" startIcon={<UploadFileIcon />}>
      {translate('dx.menu.import')}
    </Button>
  );
}

export function IndicatorList() {
  return (
    <DxList filters={filters} sort={{ field: 'code', order: 'ASC' }} extraActions={<ImportLink kind="indicators" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="measure" disableSort><EnumField source="measure" enumName="IndicatorMeasure" /></DataTable.Col>
        <DataTable.Col source="unit" disableSort />
        <DataTable.Col source="pillarId" disableSort><TextField source="pillar.nameVi" emptyText="—" /></DataTable.Col>
      </DataTable>
    </DxList>
  );
}
