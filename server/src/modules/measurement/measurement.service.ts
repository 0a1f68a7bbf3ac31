import type { EntityManager, EntityManager as Manager } from 'typeorm';
import { SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId } from '../../common/pagination/list-query';
import { applyPeriodFilter } from '../target/target.service';
import { Measurement, ReportStatus } from './measurement.entity';
import { type CreateMeasurementInput, MEASUREMENT_ORDER, type MeasurementListArgs } from './measurement.inputs';
import { createRecord, type CrudHooks, updateRecord } from '../../common/crud/crud.service';
import { Indicator } from '../indicator/indicator.entity';
import { computeValue, decimalsOf } from './measurement.math';

export function listMeasurements(manager: EntityManager, args: MeasurementListArgs) {
  const qb = manager.createQueryBuilder(Measurement, 'measurement');
  const f = args.filter;
  applyPeriodFilter(manager, qb, f);
  if (f?.statuses?.length) qb.andWhere('measurement.status IN (:...statuses)', { statuses: f.statuses });
  if (f?.sourceAgencyId != null) qb.andWhere('measurement.sourceAgencyId = :src', { src: parseId(f.sourceAgencyId, ['filter', 'sourceAgencyId']) });
  if (f?.isEstimate != null) qb.andWhere('measurement.isEstimate = :est', { est: f.isEstimate });
  if (f?.planId != null) {
    qb.andWhere(
      `(measurement.indicatorId IN (SELECT m.indicator_id FROM indicator_group_member m INNER JOIN indicator_group g ON g.id = m.group_id WHERE g.plan_id = :plan)
        OR measurement.indicatorId IN (SELECT t.indicator_id FROM target t WHERE t.plan_id = :plan))`,
      { plan: parseId(f.planId, ['filter', 'planId']) },
    );
  }
  return listConnection(qb, args, MEASUREMENT_ORDER, { defaultOrder: [{ field: 'PERIOD_YEAR', direction: SortDirection.ASC }] });
}

/** The stored value follows its parts; the quoted figure's precision follows its text. */
export const measurementHooks: CrudHooks<Measurement> = {
  async prepare(manager, next, current) {
    const indicator = await manager.findOne(Indicator, { where: { id: next.indicatorId }, select: { id: true, measure: true } });
    if (indicator) next.value = computeValue(indicator.measure, next.numerator, next.denominator, next.reportedValue);
    if (!current || next.reportedText !== current.reportedText) next.reportedDecimals = decimalsOf(next.reportedText);
    if (!current) next.status = ReportStatus.DRAFT;
  },
};

/**
 * Record a measurement as a draft. With an `externalKey` it is idempotent: the same key updates
 * the draft it made before instead of adding a second one (approved values stay locked).
 */
export async function recordMeasurement(manager: Manager, input: CreateMeasurementInput): Promise<Measurement> {
  if (input.externalKey) {
    const existing = await manager.findOne(Measurement, { where: { externalKey: input.externalKey } });
    if (existing) return updateRecord(manager, Measurement, existing.id, existing.version, { ...input }, measurementHooks, 'input');
  }
  return createRecord(manager, Measurement, { ...input }, measurementHooks, 'input');
}
