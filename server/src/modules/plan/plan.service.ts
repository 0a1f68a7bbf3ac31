import type { EntityManager } from 'typeorm';
import { SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId } from '../../common/pagination/list-query';
import { inAgencySubtree } from '../../common/sql';
import { Plan } from './plan.entity';
import { PLAN_ORDER, type PlanListArgs } from './plan.inputs';
import type { CrudHooks } from '../../common/crud/crud.service';
import { BadInputError } from '../../common/errors';
import { assertNoCycle } from '../../common/tree';
import { Assignment } from '../assignment/assignment.entity';
import { IndicatorGroup } from '../indicator/indicator-group.entity';

export function listPlans(manager: EntityManager, args: PlanListArgs) {
  const qb = manager.createQueryBuilder(Plan, 'plan');
  const f = args.filter;
  if (f?.kinds?.length) qb.andWhere('plan.kind IN (:...kinds)', { kinds: f.kinds });
  if (f?.statuses?.length) qb.andWhere('plan.status IN (:...statuses)', { statuses: f.statuses });
  if (f?.parentId != null) qb.andWhere('plan.parentId = :parentId', { parentId: parseId(f.parentId, ['filter', 'parentId']) });
  if (f?.ownerAgencyId != null) qb.andWhere(inAgencySubtree(manager, 'plan.ownerAgencyId', 'owner'), { owner: parseId(f.ownerAgencyId, ['filter', 'ownerAgencyId']) });
  if (f?.instrumentId != null) {
    qb.andWhere('(plan.issuedByInstrumentId = :instrument OR plan.id IN (SELECT pi.plan_id FROM plan_instrument pi WHERE pi.instrument_id = :instrument))', {
      instrument: parseId(f.instrumentId, ['filter', 'instrumentId']),
    });
  }
  if (f?.year != null) qb.andWhere('plan.startYear <= :year AND plan.endYear >= :year', { year: f.year });
  return listConnection(qb, args, PLAN_ORDER, {
    searchable: true,
    defaultOrder: [{ field: 'START_YEAR', direction: SortDirection.ASC }, { field: 'CODE', direction: SortDirection.ASC }],
  });
}

export const planHooks: CrudHooks<Plan> = {
  async prepare(manager, next, current) {
    if (next.endYear < next.startYear) {
      throw new BadInputError('A plan cannot end before it starts.', [{ path: [current ? 'patch' : 'input', 'endYear'], message: 'endYear must be ≥ startYear.', reason: 'RANGE' }]);
    }
    if (next.parentId != null && next.parentId !== current?.parentId) await assertNoCycle(manager, Plan, current?.id, next.parentId, [current ? 'patch' : 'input', 'parentId']);
  },
  owned: [
    { entity: Assignment, property: 'planId' },
    { entity: IndicatorGroup, property: 'planId' },
  ],
};
