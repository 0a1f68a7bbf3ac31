import type { EntityManager } from 'typeorm';
import { SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId, parseIds } from '../../common/pagination/list-query';
import { inAgencySubtree } from '../../common/sql';
import type { CrudHooks } from '../../common/crud/crud.service';
import { Assignment } from '../assignment/assignment.entity';
import { recomputeValues } from '../measurement/measurement.service';
import { Indicator } from './indicator.entity';
import { INDICATOR_ORDER, type IndicatorListArgs } from './indicator.inputs';

export function listIndicators(manager: EntityManager, args: IndicatorListArgs) {
  const qb = manager.createQueryBuilder(Indicator, 'indicator');
  const f = args.filter;
  if (f?.pillarIds?.length) qb.andWhere('indicator.pillarId IN (:...pillarIds)', { pillarIds: parseIds(f.pillarIds, ['filter', 'pillarIds']) });
  if (f?.measures?.length) qb.andWhere('indicator.measure IN (:...measures)', { measures: f.measures });
  if (f?.planId != null) {
    qb.andWhere(
      `(indicator.id IN (SELECT m.indicator_id FROM indicator_group_member m INNER JOIN indicator_group g ON g.id = m.group_id WHERE g.plan_id = :plan)
        OR indicator.id IN (SELECT t.indicator_id FROM target t WHERE t.plan_id = :plan))`,
      { plan: parseId(f.planId, ['filter', 'planId']) },
    );
  }
  if (f?.agencyId != null) {
    qb.andWhere(
      `(indicator.id IN (SELECT a.indicator_id FROM assignment a WHERE ${inAgencySubtree(manager, 'a.agency_id', 'agency')})
        OR indicator.id IN (SELECT t.indicator_id FROM target t INNER JOIN assignment a ON a.target_id = t.id WHERE ${inAgencySubtree(manager, 'a.agency_id', 'agency')}))`,
      { agency: parseId(f.agencyId, ['filter', 'agencyId']) },
    );
  }
  return listConnection(qb, args, INDICATOR_ORDER, { searchable: true, defaultOrder: [{ field: 'CODE', direction: SortDirection.ASC }] });
}

/** An indicator owns its assignments; a change of measure recomputes its measurements' values. */
export const indicatorHooks: CrudHooks<Indicator> = {
  owned: [{ entity: Assignment, property: 'indicatorId' }],
  async afterWrite(manager, row, current) {
    if (current && current.measure !== row.measure) await recomputeValues(manager, row.id, row.measure);
  },
};
