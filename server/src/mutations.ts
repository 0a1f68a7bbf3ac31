import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { crudResolver } from './common/crud/crud.resolver';
import { inTransaction, type CrudHooks } from './common/crud/crud.service';
import { BadInputError } from './common/errors';
import type { Context } from './context';
import { Agency } from './modules/agency/agency.entity';
import { AgencyPatch, CreateAgencyInput } from './modules/agency/agency.inputs';
import { agencyHooks } from './modules/agency/agency.service';
import { Assignment } from './modules/assignment/assignment.entity';
import { AccountabilityInput, AssignmentPatch, CreateAssignmentInput } from './modules/assignment/assignment.inputs';
import { assignmentHooks, setAccountability } from './modules/assignment/assignment.service';
import { Indicator } from './modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from './modules/indicator/indicator-group.entity';
import {
  CreateIndicatorGroupInput,
  CreateIndicatorGroupMemberInput,
  CreateIndicatorInput,
  IndicatorGroupMemberPatch,
  IndicatorGroupPatch,
  IndicatorPatch,
} from './modules/indicator/indicator.inputs';
import { Instrument } from './modules/instrument/instrument.entity';
import { CreateInstrumentInput, CreateInstrumentLinkInput, InstrumentLinkPatch, InstrumentPatch } from './modules/instrument/instrument.inputs';
import { InstrumentLink } from './modules/instrument/instrument-link.entity';
import { Measurement } from './modules/measurement/measurement.entity';
import { CreateMeasurementInput, MeasurementPatch } from './modules/measurement/measurement.inputs';
import { measurementHooks, recordMeasurement } from './modules/measurement/measurement.service';
import { Pillar } from './modules/pillar/pillar.entity';
import { CreatePillarInput, PillarPatch } from './modules/pillar/pillar.inputs';
import { Plan } from './modules/plan/plan.entity';
import { CreatePlanInput, CreatePlanInstrumentInput, PlanInstrumentPatch, PlanPatch } from './modules/plan/plan.inputs';
import { PlanInstrument } from './modules/plan/plan-instrument.entity';
import { planHooks } from './modules/plan/plan.service';
import { CreateSourceDocumentInput, SourceDocumentPatch } from './modules/source/source-document.inputs';
import { SourceDocument } from './modules/source/source-document.entity';
import { Target } from './modules/target/target.entity';
import { CreateTargetInput, SetTargetSeriesInput, TargetPatch } from './modules/target/target.inputs';
import { setTargetSeries, targetHooks } from './modules/target/target.service';
import { Task, TaskIndicator } from './modules/task/task.entity';
import { CreateTaskIndicatorInput, CreateTaskInput, TaskIndicatorPatch, TaskPatch } from './modules/task/task.inputs';
import { taskHooks } from './modules/task/task.service';

const indicatorHooks: CrudHooks<Indicator> = { owned: [{ entity: Assignment, property: 'indicator_id' }] };
const instrumentLinkHooks: CrudHooks<InstrumentLink> = {
  prepare(_m, next, current) {
    if (next.fromInstrumentId === next.toInstrumentId) {
      throw new BadInputError('An instrument cannot link to itself.', [{ path: [current ? 'patch' : 'input', 'toInstrumentId'], message: 'Choose another instrument.', reason: 'SELF_LINK' }]);
    }
  },
};

/** createX / updateX / deleteX for every entity. */
export const crudResolvers = [
  crudResolver({ entity: SourceDocument, name: 'SourceDocument', createInput: CreateSourceDocumentInput, patchInput: SourceDocumentPatch }),
  crudResolver({ entity: Agency, name: 'Agency', createInput: CreateAgencyInput, patchInput: AgencyPatch, hooks: agencyHooks }),
  crudResolver({ entity: Instrument, name: 'Instrument', createInput: CreateInstrumentInput, patchInput: InstrumentPatch }),
  crudResolver({ entity: InstrumentLink, name: 'InstrumentLink', createInput: CreateInstrumentLinkInput, patchInput: InstrumentLinkPatch, hooks: instrumentLinkHooks }),
  crudResolver({ entity: Plan, name: 'Plan', createInput: CreatePlanInput, patchInput: PlanPatch, hooks: planHooks }),
  crudResolver({ entity: PlanInstrument, name: 'PlanInstrument', createInput: CreatePlanInstrumentInput, patchInput: PlanInstrumentPatch }),
  crudResolver({ entity: Pillar, name: 'Pillar', createInput: CreatePillarInput, patchInput: PillarPatch }),
  crudResolver({ entity: IndicatorGroup, name: 'IndicatorGroup', createInput: CreateIndicatorGroupInput, patchInput: IndicatorGroupPatch }),
  crudResolver({ entity: IndicatorGroupMember, name: 'IndicatorGroupMember', createInput: CreateIndicatorGroupMemberInput, patchInput: IndicatorGroupMemberPatch }),
  crudResolver({ entity: Indicator, name: 'Indicator', createInput: CreateIndicatorInput, patchInput: IndicatorPatch, hooks: indicatorHooks }),
  crudResolver({ entity: Target, name: 'Target', createInput: CreateTargetInput, patchInput: TargetPatch, hooks: targetHooks }),
  crudResolver({ entity: Measurement, name: 'Measurement', createInput: CreateMeasurementInput, patchInput: MeasurementPatch, hooks: measurementHooks }),
  crudResolver({ entity: Task, name: 'Task', createInput: CreateTaskInput, patchInput: TaskPatch, hooks: taskHooks }),
  crudResolver({ entity: TaskIndicator, name: 'TaskIndicator', createInput: CreateTaskIndicatorInput, patchInput: TaskIndicatorPatch }),
  crudResolver({ entity: Assignment, name: 'Assignment', createInput: CreateAssignmentInput, patchInput: AssignmentPatch, hooks: assignmentHooks }),
];

/** The mutations the office uses every day. */
@Resolver()
export class DomainMutationResolver {
  @Mutation(() => [Assignment], { description: 'Set who answers for a plan, task, indicator or target: exactly one lead, and cooperating, supervising and informed agencies. Replaces the previous set in one transaction.' })
  assignAccountability(@Arg('input', () => AccountabilityInput, { description: 'The subject and its agencies.' }) input: AccountabilityInput, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => setAccountability(m, input));
  }

  @Mutation(() => [Target], { description: 'Set an indicator\'s targets for several years at once (one plan, one scope); all or nothing.' })
  setTargetSeries(@Arg('input', () => SetTargetSeriesInput, { description: 'The series.' }) input: SetTargetSeriesInput, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => setTargetSeries(m, input));
  }

  @Mutation(() => Measurement, { description: 'Record a reported value as a draft; the value is computed from numerator and denominator where given. With an externalKey, recording again updates the same draft.' })
  recordMeasurement(@Arg('input', () => CreateMeasurementInput, { description: 'The value and its evidence.' }) input: CreateMeasurementInput, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => recordMeasurement(m, input));
  }
}
