import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { provenanceResolver } from './common/relations';
import { validateArgument } from './common/validation';
import { AuthChecker } from './common/auth/rules';
import { AuditResolver } from './modules/audit/audit.resolver';
import { MyAssignmentsResolver } from './modules/assignment/my-assignments';
import { ReportingPeriodResolver, ReportingResolver, TaskReportsResolver } from './modules/reporting/reporting.resolver';
import { UserResolver } from './modules/user/user.resolver';
import { crudResolvers, DomainMutationResolver } from './mutations';
import { AgencyResolver } from './modules/agency/agency.resolver';
import { Agency } from './modules/agency/agency.entity';
import { AssignmentResolver } from './modules/assignment/assignment.resolver';
import { Assignment } from './modules/assignment/assignment.entity';
import { IndicatorGroupMemberResolver, IndicatorGroupResolver, IndicatorResolver } from './modules/indicator/indicator.resolver';
import { Indicator } from './modules/indicator/indicator.entity';
import { IndicatorGroup } from './modules/indicator/indicator-group.entity';
import { InstrumentLinkResolver, InstrumentResolver } from './modules/instrument/instrument.resolver';
import { Instrument } from './modules/instrument/instrument.entity';
import { InstrumentLink } from './modules/instrument/instrument-link.entity';
import { MeasurementResolver } from './modules/measurement/measurement.resolver';
import { Measurement } from './modules/measurement/measurement.entity';
import { IndicatorGroupQualityResolver, IndicatorProgressResolver, MeasurementQualityResolver, TargetProgressResolver } from './modules/progress/progress.resolver';
import { AgencyRollupResolver, DashboardResolver, IndicatorAggregateResolver, PillarRollupResolver, PlanRollupResolver } from './modules/progress/rollup.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { PillarResolver } from './modules/pillar/pillar.resolver';
import { PlanResolver } from './modules/plan/plan.resolver';
import { Plan } from './modules/plan/plan.entity';
import { SourceDocumentResolver } from './modules/source/source-document.resolver';
import { TargetResolver } from './modules/target/target.resolver';
import { Target } from './modules/target/target.entity';
import { TaskResolver } from './modules/task/task.resolver';
import { Task } from './modules/task/task.entity';

const provenance = [Agency, Instrument, InstrumentLink, Plan, IndicatorGroup, Indicator, Target, Measurement, Task, Assignment].map((t) =>
  provenanceResolver(t as never),
);

export const resolvers = [
  SourceDocumentResolver,
  AgencyResolver,
  InstrumentResolver,
  InstrumentLinkResolver,
  PlanResolver,
  PillarResolver,
  IndicatorResolver,
  IndicatorGroupResolver,
  IndicatorGroupMemberResolver,
  TargetResolver,
  MeasurementResolver,
  TaskResolver,
  AssignmentResolver,
  ...provenance,
  IndicatorProgressResolver,
  TargetProgressResolver,
  MeasurementQualityResolver,
  IndicatorGroupQualityResolver,
  ...crudResolvers,
  DomainMutationResolver,
  UserResolver,
  ReportingResolver,
  TaskReportsResolver,
  ReportingPeriodResolver,
  AuditResolver,
  MyAssignmentsResolver,
  DashboardResolver,
  PlanRollupResolver,
  PillarRollupResolver,
  AgencyRollupResolver,
  IndicatorAggregateResolver,
  ImportResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The one schema of the API (built once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    validateFn: validateArgument,
    authChecker: AuthChecker,
    authMode: 'error',
    emitSchemaFile: false,
  }).then((schema) => {
    // type-graphql names the root types but cannot describe them.
    schema.getQueryType()!.description = 'Read the programme: plans, instruments, agencies, indicators, targets, measurements, tasks and assignments.';
    schema.getMutationType()!.description = 'Change the programme. Every mutation runs in one transaction; updates carry the version they read.';
    return schema;
  });
  return built;
}

/** The committed contract: sorted SDL. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
