import { Agency } from '../modules/agency/agency.entity';
import { Assignment } from '../modules/assignment/assignment.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../modules/indicator/indicator-group.entity';
import { Instrument } from '../modules/instrument/instrument.entity';
import { InstrumentLink } from '../modules/instrument/instrument-link.entity';
import { Measurement } from '../modules/measurement/measurement.entity';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Plan } from '../modules/plan/plan.entity';
import { PlanInstrument } from '../modules/plan/plan-instrument.entity';
import { SourceDocument } from '../modules/source/source-document.entity';
import { Target } from '../modules/target/target.entity';
import { Task, TaskIndicator } from '../modules/task/task.entity';
import { TaskUpdate } from '../modules/task/task-update.entity';
import { ApiToken } from '../modules/user/api-token.entity';
import { User } from '../modules/user/user.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ReportingPeriod } from '../modules/reporting/reporting-period.entity';

/** Every entity, listed explicitly (no globs: the same list works under tsc output and ts-jest). */
export const entities = [
  SourceDocument,
  Agency,
  Instrument,
  InstrumentLink,
  Plan,
  PlanInstrument,
  Pillar,
  IndicatorGroup,
  IndicatorGroupMember,
  Indicator,
  Target,
  Measurement,
  Task,
  TaskIndicator,
  Assignment,
  User,
  ApiToken,
  AuditEvent,
  ReportingPeriod,
  TaskUpdate,
];
