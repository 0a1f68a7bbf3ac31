import InsightsIcon from '@mui/icons-material/Insights';
import { Create, SimpleForm } from 'react-admin';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { IndicatorInputs } from './IndicatorInputs';
import { IndicatorList } from './IndicatorList';
import { IndicatorShow } from './IndicatorShow';

export const IndicatorCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ measure: 'PERCENTAGE', unit: '%', aggregation: 'RATIO_OF_SUMS', direction: 'HIGHER_IS_BETTER', frequency: 'ANNUAL', progressMethod: 'LINEAR_FROM_BASELINE' }}>
      <IndicatorInputs />
    </SimpleForm>
  </Create>
);

export const IndicatorEdit = () => (
  <DxEdit>
    <SimpleForm resetOptions={keepTyped}>
      <IndicatorInputs />
    </SimpleForm>
  </DxEdit>
);

export const indicators = { name: 'indicators', list: IndicatorList, show: IndicatorShow, create: IndicatorCreate, edit: IndicatorEdit, icon: InsightsIcon, recordRepresentation: 'code' };
