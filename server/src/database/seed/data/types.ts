/**
 * Shapes of the seed data. Rows refer to each other by natural key (codes, instrument refs),
 * never by numeric id; the loader (../index.ts) resolves the keys inside one transaction.
 *
 * Every row in a document file (doc000-….ts … doc004-….ts) is recorded with that document as
 * its `sourceDocumentId`; agencies name their document row by row.
 */
import type { AgencyKind } from '../../../modules/agency/agency.entity';
import type { AssignmentRole } from '../../../modules/assignment/assignment.entity';
import type {
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorMeasure,
  ProgressMethod,
  ReportingFrequency,
} from '../../../modules/indicator/indicator.entity';
import type { InstrumentKind, InstrumentStatus } from '../../../modules/instrument/instrument.entity';
import type { InstrumentLinkKind } from '../../../modules/instrument/instrument-link.entity';
import type { PillarKind } from '../../../modules/pillar/pillar.entity';
import type { PlanKind, PlanStatus } from '../../../modules/plan/plan.entity';
import type { AgencyLevel, Comparator } from '../../../modules/target/target.entity';
import type { TaskStatus } from '../../../modules/task/task.entity';

/** Codes of the five source documents (see sources.ts). */
export type SourceCode = 'SRC-000-BC2025' | 'SRC-001-CT17' | 'SRC-002-MT2030' | 'SRC-003-KH2024' | 'SRC-004-KH2649';

export interface SourceSeed {
  code: SourceCode;
  /** First line of the document. */
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  /** The seed file's name (a copy is kept in ../documents/). */
  fileName: string;
  url: string | null;
  summary: string | null;
}

export interface AgencySeed {
  code: string;
  nameVi: string;
  nameEn: string;
  shortName?: string;
  kind: AgencyKind;
  /** Parent agency code (null at a root). */
  parent: string | null;
  /** Document that names the agency (the first one that does). */
  source: SourceCode;
}

export interface PillarSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: PillarKind;
  sortOrder: number;
  description: string;
}

/**
 * An instrument. `ref` is how the seed data refers to it: the number itself where there is one
 * ("17-CT/TU"), otherwise a short readable code ("BC-2025"). In the database the natural key is
 * the number, or the title where the number is null.
 */
export interface InstrumentSeed {
  ref: string;
  number: string | null;
  kind: InstrumentKind;
  title: string;
  issuer: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  status: InstrumentStatus;
  summary: string | null;
  /** How the source document quotes the instrument, verbatim. */
  quotedReference: string | null;
  url?: string | null;
}

export interface InstrumentLinkSeed {
  from: string;
  to: string;
  kind: InstrumentLinkKind;
  note: string;
}

export interface PlanSeed {
  code: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  visionYear: number | null;
  parent: string | null;
  owner: string | null;
  /** Instrument ref of the document that issued the plan. */
  issuedBy: string | null;
  status: PlanStatus;
  summary: string | null;
}

export interface PlanInstrumentSeed {
  plan: string;
  instrument: string;
  note: string;
}

export interface IndicatorSeed {
  code: string;
  name: string;
  nameEn: string;
  definition: string | null;
  measure: IndicatorMeasure;
  unit: string;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  progressMethod: ProgressMethod;
  baselineValue?: number | null;
  baselineYear?: number | null;
  frequency: ReportingFrequency;
  dataSource: string | null;
  pillar: string | null;
}

export interface IndicatorGroupSeed {
  plan: string;
  code: string;
  name: string;
  declaredCount: number | null;
  pillar: string | null;
  sortOrder: number;
  /** Indicators listed in the group, in the plan's order, each with the plan's line verbatim. */
  members: Array<{ indicator: string; quotedText: string }>;
}

export interface TargetSeed {
  /** Stable external key: seed:target:<indicator>:<plan>:<year>[:<qualifier>]. */
  key: string;
  indicator: string;
  plan: string;
  periodYear: number;
  periodDate?: string | null;
  agency?: string | null;
  agencyLevel?: AgencyLevel | null;
  value: number;
  comparator: Comparator;
  quotedText: string;
  note?: string | null;
}

export interface MeasurementSeed {
  /** Stable external key: seed:measurement:<indicator>:<year>:<source>. */
  key: string;
  indicator: string;
  periodYear: number;
  periodDate?: string | null;
  agency?: string | null;
  numerator?: number | null;
  denominator?: number | null;
  /** The figure as quoted (80.4 for "80,4%"). */
  reportedValue: number;
  /** The figure as written ("80,4%", "gần 1.300"). */
  reportedText: string;
  qualifier: Comparator;
  isEstimate: boolean;
  sourceInstrument?: string | null;
  sourceAgency?: string | null;
  quotedText: string;
  comment?: string | null;
}

export interface TaskSeed {
  code: string;
  title: string;
  description?: string | null;
  plan: string | null;
  /** Instrument ref whose content the task carries out (see the note in index.ts). */
  instrument: string | null;
  parent?: string | null;
  pillar: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  status?: TaskStatus;
  progress?: number;
  sortOrder: number;
  /** The clause of the plan or instrument, verbatim. */
  sourceClause: string;
}

export interface TaskIndicatorSeed {
  task: string;
  indicator: string;
}

export type AssignmentSubject = { plan: string } | { task: string } | { indicator: string } | { target: string };

export interface AssignmentSeed {
  subject: AssignmentSubject;
  agency: string;
  role: AssignmentRole;
  responsiblePerson?: string | null;
  dueDate?: string | null;
  note?: string | null;
  quotedText: string;
}

/** Everything one source document contributes. */
export interface DocumentContribution {
  source: SourceCode;
  instruments?: InstrumentSeed[];
  instrumentLinks?: InstrumentLinkSeed[];
  plans?: PlanSeed[];
  planInstruments?: PlanInstrumentSeed[];
  indicators?: IndicatorSeed[];
  indicatorGroups?: IndicatorGroupSeed[];
  targets?: TargetSeed[];
  measurements?: MeasurementSeed[];
  tasks?: TaskSeed[];
  taskIndicators?: TaskIndicatorSeed[];
  assignments?: AssignmentSeed[];
}
