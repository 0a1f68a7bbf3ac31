/**
 * How each react-admin resource maps onto the public API. Everything else (list, single and
 * mutation names, filter, order, create and patch input types) is read from the committed SDL.
 */
export interface ResourceDef {
  /** GraphQL object type of a record. */
  type: string;
  /** Extra selection (relations) for lists and single records. */
  select?: string;
  /** More selection for a single record (show/edit pages). */
  detail?: string;
}

export const RESOURCES: Record<string, ResourceDef> = {
  agencies: { type: 'Agency', select: 'parent { id code nameVi shortName }' },
  instruments: {
    type: 'Instrument',
    select: 'issuer { id nameVi shortName }',
    detail: `links { id kind note to { id number title } }
      linkedFrom { id kind note from { id number title } }
      implementingPlans { id code title } issuedPlans { id code title }
      tasks { id code title status overdue }`,
  },
  plans: {
    type: 'Plan',
    select: 'ownerAgency { id nameVi shortName } issuedBy { id number title }',
    detail: `implements { id number title kind }
      indicatorGroups { id code name declaredCount listedCount flags pillar { id nameVi } indicators { id code name unit } }
      tasks { id code title status dueDate progress overdue parentId assignments { id role agency { id nameVi shortName } } }
      children { id code title }`,
  },
  indicators: {
    type: 'Indicator',
    select: 'pillar { id code nameVi nameEn }',
    detail: `series { year value }
      targets { id periodYear periodDate value comparator agencyId agencyLevel flags quotedText version plan { id code title } agency { id nameVi } }
      measurements { id periodYear value reportedText reportedValue numerator denominator isEstimate status flags evidenceUrl comment returnReason version agency { id nameVi shortName } sourceAgency { id nameVi shortName } }
      progress { status projectedYear latestValue latestYear expectedValue progressRatio target { id periodYear value comparator plan { id code } agencyLevel agency { id nameVi } } }
      assignments { id role dueDate agency { id nameVi shortName } }`,
  },
  targets: {
    type: 'Target',
    select: 'indicator { id code name unit } plan { id code title } agency { id nameVi } progress { status projectedYear latestValue }',
  },
  measurements: {
    type: 'Measurement',
    select: 'indicator { id code name unit } agency { id nameVi shortName } sourceAgency { id nameVi shortName } submittedBy { id name email } reviewedBy { id name email }',
  },
  tasks: {
    type: 'Task',
    select: 'plan { id code title } pillar { id nameVi } instrument { id number }',
    detail: `assignments { id role dueDate agency { id nameVi shortName } }
      indicators { id code name }
      updates { id status progress taskStatus comment evidenceUrl returnReason submittedAt version agencyId }
      subtasks { id code title status }`,
  },
  assignments: {
    type: 'Assignment',
    select: `agency { id code nameVi shortName }
      subject { __typename ... on Task { id code title } ... on Indicator { id code name } ... on Plan { id code title } ... on Target { id periodYear value indicator { id code name } } }`,
  },
  taskUpdates: { type: 'TaskUpdate' },
  reportingPeriods: { type: 'ReportingPeriod' },
  users: { type: 'User', select: 'agency { id nameVi shortName }' },
  apiTokens: { type: 'ApiToken' },
  auditEvents: { type: 'AuditEvent' },
  pillars: { type: 'Pillar' },
  sourceDocuments: { type: 'SourceDocument' },
};
