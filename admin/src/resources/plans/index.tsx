import EventNoteIcon from '@mui/icons-material/EventNote';
import { Create, SimpleForm } from 'react-admin';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { PlanInputs } from './PlanInputs';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';

export const PlanCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'ANNUAL_PLAN', status: 'ACTIVE', startYear: new Date().getFullYear(), endYear: new Date().getFullYear() }}>
      <PlanInputs />
    </SimpleForm>
  </Create>
);

export const PlanEdit = () => (
  <DxEdit>
    <SimpleForm resetOptions={keepTyped}>
      <PlanInputs />
    </SimpleForm>
  </DxEdit>
);

export const plans = { name: 'plans', list: PlanList, show: PlanShow, create: PlanCreate, edit: PlanEdit, icon: EventNoteIcon, recordRepresentation: 'code' };
