import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId, parseIds } from '../../common/pagination/list-query';
import { inAgencySubtree } from '../../common/sql';
import { Target } from './target.entity';
import { type PeriodFilter, type SetTargetSeriesInput, TARGET_ORDER, type TargetListArgs } from './target.inputs';
import { createRecord, type CrudHooks, updateRecord } from '../../common/crud/crud.service';
import { BadInputError } from '../../common/errors';
import { Assignment } from '../assignment/assignment.entity';
import type { Actor } from '../../context';

/** Indicator, period, agency and pillar conditions shared by targets and measurements. */
export function applyPeriodFilter<E extends { indicatorId: number }>(manager: EntityManager, qb: SelectQueryBuilder<E>, f: PeriodFilter | null | undefined) {
  const a = qb.alias;
  if (!f) return;
  if (f.indicatorIds?.length) qb.andWhere(`${a}.indicatorId IN (:...indicatorIds)`, { indicatorIds: parseIds(f.indicatorIds, ['filter', 'indicatorIds']) });
  if (f.periodYear != null) qb.andWhere(`${a}.periodYear = :periodYear`, { periodYear: f.periodYear });
  if (f.periodFrom != null) qb.andWhere(`${a}.periodYear >= :periodFrom`, { periodFrom: f.periodFrom });
  if (f.periodTo != null) qb.andWhere(`${a}.periodYear <= :periodTo`, { periodTo: f.periodTo });
  if (f.agencyId != null) qb.andWhere(inAgencySubtree(manager, `${a}.agencyId`, 'agency'), { agency: parseId(f.agencyId, ['filter', 'agencyId']) });
  if (f.pillarId != null) {
    qb.andWhere(`${a}.indicatorId IN (SELECT pi.id FROM indicator pi WHERE pi.pillar_id = :pillar)`, { pillar: parseId(f.pillarId, ['filter', 'pillarId']) });
  }
}

export function listTargets(manager: EntityManager, args: TargetListArgs) {
  const qb = manager.createQueryBuilder(Target, 'target');
  applyPeriodFilter(manager, qb, args.filter);
  if (args.filter?.planId != null) qb.andWhere('target.planId = :plan', { plan: parseId(args.filter.planId, ['filter', 'planId']) });
  return listConnection(qb, args, TARGET_ORDER, { defaultOrder: [{ field: 'PERIOD_YEAR', direction: SortDirection.ASC }] });
}

export const targetHooks: CrudHooks<Target> = {
  owned: [{ entity: Assignment, property: 'targetId' }],
};

/**
 * Set several years of one indicator's targets for one plan and scope at once: a year that
 * exists is updated (version bumped), a new year is added; all or nothing.
 */
export async function setTargetSeries(manager: EntityManager, actor: Actor, input: SetTargetSeriesInput): Promise<Target[]> {
  const years = input.points.map((p) => p.periodYear);
  const dup = years.findIndex((y, i) => years.indexOf(y) !== i);
  if (dup >= 0) throw new BadInputError(`Year ${years[dup]} is listed twice.`, [{ path: ['input', 'points', dup, 'periodYear'], message: 'Each year once.', reason: 'DUPLICATE' }]);
  if (input.points.length === 0) throw new BadInputError('Give at least one year.', [{ path: ['input', 'points'], message: 'Empty series.', reason: 'REQUIRED' }]);
  const indicatorId = parseId(input.indicatorId, ['input', 'indicatorId']);
  const planId = parseId(input.planId, ['input', 'planId']);
  const agencyId = input.agencyId != null ? parseId(input.agencyId, ['input', 'agencyId']) : null;
  const existing = await manager.find(Target, { where: { indicatorId, planId } });
  const inScope = existing.filter((t) => (t.agencyId ?? null) === agencyId && (t.agencyLevel ?? null) === (input.agencyLevel ?? null));
  const out: Target[] = [];
  for (const p of input.points) {
    const values = { value: p.value, comparator: p.comparator ?? input.comparator, ...(p.quotedText !== undefined ? { quotedText: p.quotedText } : {}) };
    const same = inScope.filter((t) => t.periodYear === p.periodYear);
    if (same.length > 1) {
      throw new BadInputError(`Year ${p.periodYear} already has ${same.length} targets from this plan (kept as conflicting sources); edit them one by one.`, [
        { path: ['input', 'points', input.points.indexOf(p)], message: 'Ambiguous year.', reason: 'AMBIGUOUS' },
      ]);
    }
    out.push(
      same.length === 1
        ? await updateRecord(manager, actor, Target, same[0].id, same[0].version, values, targetHooks, 'input')
        : await createRecord(manager, actor, Target, { indicatorId: input.indicatorId, planId: input.planId, agencyId: input.agencyId ?? null, agencyLevel: input.agencyLevel ?? null, periodYear: p.periodYear, ...values }, targetHooks, 'input'),
    );
  }
  return out;
}
