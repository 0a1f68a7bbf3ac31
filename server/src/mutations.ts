import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ADMIN, Allow, OFFICE, REPORTERS } from './common/auth/rules';
import { crudResolver } from './common/crud/crud.resolver';
import { inTransaction, type CrudHooks } from './common/crud/crud.service';
import { BadInputError } from './common/errors';
import { actorOf, type Context } from './context';
import { Agency } from './modules/agency/agency.entity';
import { AgencyPatch, CreateAgencyInput } from './modules/agency/agency.inputs';
import { agencyHooks } from './modules/agency/agency.service';
import { Assignment } from './modules/assignment/assignment.entity';
import { AccountabilityInput, AssignmentPatch, CreateAssignmentInput } from './modules/assignment/assignment.inputs';
import { assignmentHooks, setAccountability } from './modules/assignment/assignment.service';
import { Indicator } from './modules/indicator/indicator.entity';
import { indicatorHooks } from './modules/indicator/indicator.service';
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
import { measurementGuards, measurementHooks, recordMeasurementAlone } from './modules/measurement/measurement.service';
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
import { CreateTaskIndicatorInput, CreateTaskInput, CreateTaskUpdateInput, TaskIndicatorPatch, TaskPatch, TaskUpdatePatch } from './modules/task/task.inputs';
import { TaskUpdate } from './modules/task/task-update.entity';
import { taskUpdateGuards, taskUpdateHooks } from './modules/task/task-update.service';
import { taskHooks } from './modules/task/task.service';

const instrumentLinkHooks: CrudHooks<InstrumentLink> = {
  prepare(_m, next, current) {
    if (next.fromInstrumentId === next.toInstrumentId) {
      throw new BadInputError('An instrument cannot link to itself.', [{ path: [current ? 'patch' : 'input', 'toInstrumentId'], message: 'Choose another instrument.', reason: 'SELF_LINK' }]);
    }
  },
};

/** createX / updateX / deleteX for every entity. */
export const crudResolvers = [
  crudResolver({ entity: SourceDocument, name: 'SourceDocument', createInput: CreateSourceDocumentInput, patchInput: SourceDocumentPatch , roles: ADMIN }),
  crudResolver({ entity: Agency, name: 'Agency', createInput: CreateAgencyInput, patchInput: AgencyPatch, hooks: agencyHooks , roles: ADMIN }),
  crudResolver({ entity: Instrument, name: 'Instrument', createInput: CreateInstrumentInput, patchInput: InstrumentPatch , roles: OFFICE }),
  crudResolver({ entity: InstrumentLink, name: 'InstrumentLink', createInput: CreateInstrumentLinkInput, patchInput: InstrumentLinkPatch, hooks: instrumentLinkHooks , roles: OFFICE }),
  crudResolver({ entity: Plan, name: 'Plan', createInput: CreatePlanInput, patchInput: PlanPatch, hooks: planHooks , roles: OFFICE }),
  crudResolver({ entity: PlanInstrument, name: 'PlanInstrument', createInput: CreatePlanInstrumentInput, patchInput: PlanInstrumentPatch , roles: OFFICE }),
  crudResolver({ entity: Pillar, name: 'Pillar', createInput: CreatePillarInput, patchInput: PillarPatch , roles: ADMIN }),
  crudResolver({ entity: IndicatorGroup, name: 'IndicatorGroup', createInput: CreateIndicatorGroupInput, patchInput: IndicatorGroupPatch , roles: OFFICE }),
  crudResolver({ entity: IndicatorGroupMember, name: 'IndicatorGroupMember', createInput: CreateIndicatorGroupMemberInput, patchInput: IndicatorGroupMemberPatch , roles: OFFICE }),
  crudResolver({ entity: Indicator, name: 'Indicator', createInput: CreateIndicatorInput, patchInput: IndicatorPatch, hooks: indicatorHooks , roles: OFFICE }),
  crudResolver({ entity: Target, name: 'Target', createInput: CreateTargetInput, patchInput: TargetPatch, hooks: targetHooks , roles: OFFICE }),
  crudResolver({ entity: Measurement, name: 'Measurement', createInput: CreateMeasurementInput, patchInput: MeasurementPatch, hooks: measurementHooks , roles: REPORTERS, guards: measurementGuards }),
  crudResolver({ entity: Task, name: 'Task', createInput: CreateTaskInput, patchInput: TaskPatch, hooks: taskHooks , roles: OFFICE }),
  crudResolver({ entity: TaskIndicator, name: 'TaskIndicator', createInput: CreateTaskIndicatorInput, patchInput: TaskIndicatorPatch , roles: OFFICE }),
  crudResolver({ entity: Assignment, name: 'Assignment', createInput: CreateAssignmentInput, patchInput: AssignmentPatch, hooks: assignmentHooks , roles: OFFICE }),
  crudResolver({ entity: TaskUpdate, name: 'TaskUpdate', createInput: CreateTaskUpdateInput, patchInput: TaskUpdatePatch, roles: REPORTERS, hooks: taskUpdateHooks, guards: taskUpdateGuards }),
];

/** The mutations the office uses every day. */
@Resolver()
export class DomainMutationResolver {
  @Allow(OFFICE)
  @Mutation(() => [Assignment], { description: 'Set who answers for a plan, task, indicator or target: exactly one lead, and cooperating, supervising and informed agencies. Replaces the previous set in one transaction.' })
  assignAccountability(@Arg('input', () => AccountabilityInput, { description: 'The subject and its agencies.' }) input: AccountabilityInput, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => setAccountability(m, actorOf(ctx), input));
  }

  @Allow(OFFICE)
  @Mutation(() => [Target], { description: 'Set an indicator\'s targets for several years at once (one plan, one scope); all or nothing.' })
  setTargetSeries(@Arg('input', () => SetTargetSeriesInput, { description: 'The series.' }) input: SetTargetSeriesInput, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => setTargetSeries(m, actorOf(ctx), input));
  }

  @Allow(REPORTERS)
  @Mutation(() => Measurement, { description: 'Record a reported value as a draft; the value is computed from numerator and denominator where given. With an externalKey, recording again updates the same draft.' })
  recordMeasurement(@Arg('input', () => CreateMeasurementInput, { description: 'The value and its evidence.' }) input: CreateMeasurementInput, @Ctx() ctx: Context) {
    return recordMeasurementAlone(ctx, input);
  }
}
