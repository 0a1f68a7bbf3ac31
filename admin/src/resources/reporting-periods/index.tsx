import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Link } from 'react-router-dom';
import { DataTable, useRecordContext } from 'react-admin';
import { DxList } from '../../components/ListKit';
import { DateValue, EnumField, EnumInput } from '../../components/fields';
import { NumberInput } from 'react-admin';

function IndicatorLink() {
  const r = useRecordContext();
  return r ? <Link to={`/indicators/${r.indicatorId}/show`}>#{r.indicatorId}</Link> : null;
}

const filters = [<EnumInput key="s" source="status" enumName="PeriodStatus" alwaysOn />, <NumberInput key="y" source="periodYear" />];

export const reportingPeriods = {
  name: 'reportingPeriods',
  icon: EventAvailableIcon,
  list: () => (
    <DxList filters={filters}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="indicatorId" disableSort><IndicatorLink /></DataTable.Col>
        <DataTable.Col source="periodYear" disableSort />
        <DataTable.Col source="dueDate" disableSort><DateValue source="dueDate" /></DataTable.Col>
        <DataTable.Col source="status" disableSort><EnumField source="status" enumName="PeriodStatus" /></DataTable.Col>
      </DataTable>
    </DxList>
  ),
};
