import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { createRecord, inTransaction, parseIdFields, updateRecord, type CrudHooks } from '../../common/crud/crud.service';
import { assumedReferences, readReferences, type References } from '../../common/crud/references';
import { setNewest } from '../../common/bounded';
import { translateDbError } from '../../common/db-errors';
import { AppError } from '../../common/errors';
import { SqlExpression, type ColumnChecks } from '../../common/loaders/rows';
import { holdsStatements } from '../../database/batching-query-runner';
import type { CrudGuards } from '../../common/crud/crud.resolver';
import { SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId } from '../../common/pagination/list-query';
import { actorOf, type Context } from '../../context';
import { Indicator, IndicatorMeasure } from '../indicator/indicator.entity';
import { assertPeriodOpen } from '../reporting/reporting-period.service';
import { applyPeriodFilter } from '../target/target.service';
import { Measurement, ReportStatus } from './measurement.entity';
import { MEASUREMENT_ORDER, type CreateMeasurementInput, type MeasurementListArgs } from './measurement.inputs';
import { computeValue, decimalsOf } from './measurement.math';

export async function listMeasurements(ctx: Context, args: MeasurementListArgs) {
  const manager = ctx.manager;
  const qb = manager.createQueryBuilder(Measurement, 'measurement');
  const f = args.filter;
  applyPeriodFilter(manager, qb, f);
  const visible = await ctx.policy.visibleSql('measurement');
  if (visible) qb.andWhere(visible.sql, visible.params);
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

/**
 * Recompute the stored values of an indicator's measurements (its measure changed: a
 * percentage is 100 × n ÷ d, anything else n ÷ d), as computeValue does for one row.
 */
export async function recomputeValues(manager: EntityManager, indicatorId: number, measure: IndicatorMeasure): Promise<void> {
  const ratio = measure === IndicatorMeasure.PERCENTAGE ? '100 * numerator / denominator' : 'numerator / (1e0 * denominator)';
  await manager.update(
    Measurement,
    { indicatorId },
    { value: () => `CASE WHEN numerator IS NOT NULL AND denominator IS NOT NULL AND denominator <> 0 THEN ${ratio} ELSE reported_value END`, updatedAt: new Date() },
  );
}

/** The stored value follows its parts; the quoted figure's precision follows its text; new reports start as drafts. */
export const measurementHooks: CrudHooks<Measurement> = {
  reads: { indicatorId: ['measure'] },
  prepare(_manager, next, current, references) {
    const indicator = references.of('indicatorId') as Pick<Indicator, 'measure'> | undefined;
    if (indicator) next.value = computeValue(indicator.measure, next.numerator, next.denominator, next.reportedValue);
    if (!current || next.reportedText !== current.reportedText) next.reportedDecimals = decimalsOf(next.reportedText);
    if (!current) next.status = ReportStatus.DRAFT;
  },
};

const idOrNull = (v: unknown, path: string[]) => (v == null ? null : parseId(v as string, path));

/** Row rules of reports: who may record, change and delete which measurement (see Policy). */
export const measurementGuards: CrudGuards<Measurement> = {
  async create(ctx, input) {
    const indicatorId = parseId(input.indicatorId as string, ['input', 'indicatorId']);
    await ctx.policy.assertCanReportMeasurement(indicatorId, idOrNull(input.agencyId, ['input', 'agencyId']));
    await assertPeriodOpen(ctx.manager, ctx, indicatorId, input.periodYear as number);
  },
  async update(ctx, current, patch) {
    await ctx.policy.assertCanEditReport(current);
    const indicatorId = patch.indicatorId != null ? parseId(patch.indicatorId as string, ['patch', 'indicatorId']) : current.indicatorId;
    const agencyId = patch.agencyId !== undefined ? idOrNull(patch.agencyId, ['patch', 'agencyId']) : current.agencyId;
    if (indicatorId !== current.indicatorId || agencyId !== current.agencyId) await ctx.policy.assertCanReportMeasurement(indicatorId, agencyId);
    await assertPeriodOpen(ctx.manager, ctx, indicatorId, (patch.periodYear as number | undefined) ?? current.periodYear);
  },
  async delete(ctx, rows) {
    for (const row of rows) await ctx.policy.assertCanEditReport(row);
  },
};

/**
 * Per database: each indicator's measure as a write last read it. A measurement recorded alone
 * on MySQL/MariaDB assumes it, and its INSERT checks it (recordMeasurementAlone). Bounded: the
 * oldest go first.
 */
const knownMeasures = new WeakMap<DataSource, Map<number, IndicatorMeasure>>();
const KNOWN_MEASURES_MAX = 10_000;

function rememberMeasure(dataSource: DataSource, indicatorId: number, measure: IndicatorMeasure): void {
  let known = knownMeasures.get(dataSource);
  if (!known) knownMeasures.set(dataSource, (known = new Map()));
  setNewest(known, indicatorId, measure, KNOWN_MEASURES_MAX);
}

/**
 * Record a measurement as a draft. With an `externalKey` it is idempotent: the same key updates
 * the report it made before instead of adding a second one (approved values stay locked).
 * `alone`: the transaction records this one measurement and nothing else (the mutation; an
 * import's rows share one, and each row's errors must be its own). `measure`, alone on
 * MySQL/MariaDB: the indicator's measure as remembered, to insert without reading first
 * (recordMeasurementAlone, which handles a failed assumption).
 */
export async function recordMeasurement(
  manager: EntityManager,
  ctx: Context,
  input: CreateMeasurementInput,
  options: { alone?: boolean; measure?: IndicatorMeasure } = {},
): Promise<Measurement> {
  const txCtx = { ...ctx, manager };
  const values = parseIdFields({ ...input }, 'input');
  const indicatorId = Number(values.indicatorId);
  let references: References | undefined;
  let assumed: { references: References; checks: ColumnChecks } | undefined;
  if (options.measure !== undefined) {
    const indicators = manager.connection.getMetadata(Indicator);
    const q = (name: string) => manager.connection.driver.escape(name);
    assumed = {
      references: assumedReferences(manager, Measurement, { indicatorId: { id: indicatorId, row: { measure: options.measure } } }),
      checks: { indicatorId: new SqlExpression(`(SELECT id FROM ${q(indicators.tableName)} WHERE id = ? AND ${q('measure')} = ?)`, [indicatorId, options.measure]) },
    };
  } else {
    // One read: the report this key made before (if any), the indicator's measure, the references.
    const before = await readReferences(manager, Measurement, values, measurementHooks.reads, input.externalKey ? { property: 'externalKey', value: input.externalKey } : undefined);
    const indicator = before.of('indicatorId') as Pick<Indicator, 'measure'> | undefined;
    if (indicator && holdsStatements(manager)) rememberMeasure(manager.connection, indicatorId, indicator.measure);
    if (before.existing) {
      return updateRecord(manager, actorOf(ctx), Measurement, before.existing.id, before.existing.version, { ...input }, measurementHooks, 'input', {
        guard: (current) => measurementGuards.update!(txCtx, current, { ...input }),
      });
    }
    references = before;
  }
  await measurementGuards.create!(txCtx, { ...input });
  // Alone in its transaction, nothing reads the new report after it: it can travel with the COMMIT.
  return createRecord(manager, actorOf(ctx), Measurement, { ...input }, measurementHooks, 'input', undefined, { references, assumed, idAfterCommit: options.alone });
}

/** Errors of a report written on assumptions that mean only that one did not hold; the careful way answers. */
const ASSUMPTION_FAILED = new Set(['ER_BAD_NULL_ERROR', 'ER_DUP_ENTRY', 'ER_NO_REFERENCED_ROW_2', 'ER_NO_REFERENCED_ROW']);

/**
 * The recordMeasurement mutation: one measurement in its own transaction.
 *
 * On MySQL/MariaDB, once this server has read the indicator's measure (the stored value is
 * computed from it), a new report is one round trip — START, its INSERT, its audit event and
 * COMMIT in one text — with no read before it. What that read checked, the write checks itself:
 * the indicator and its measure in the INSERT (its indicator_id is `(SELECT id FROM indicator
 * WHERE id = ? AND measure = ?)`: NULL, and an error, once the indicator is gone or its measure
 * has changed), the other references by their foreign keys, and an earlier report with the same
 * externalKey by its unique key. If one of them fails, nothing was written, and the report is
 * recorded the careful way (read; then insert, or update the earlier report), which answers as
 * it always did; so is a report with a key that a rule for new reports refused (updating an
 * earlier one has rules of its own). Anything else fails as it would have.
 *
 * Why: the read was a round trip of its own and a fifth of MariaDB's work for a report
 * (measured in the benchmark's open-loop write rounds: the server's CPU per report from a median
 * 0.61 ms to 0.49, MariaDB's from 0.50 ms to 0.38; bench/FINDINGS.md, "Ninth sitting").
 */
export async function recordMeasurementAlone(ctx: Context, input: CreateMeasurementInput): Promise<Measurement> {
  const careful = () => inTransaction(ctx.dataSource, (m) => recordMeasurement(m, ctx, input, { alone: true }));
  const indicatorId = parseId(input.indicatorId, ['input', 'indicatorId']);
  const measure = knownMeasures.get(ctx.dataSource)?.get(indicatorId);
  if (measure === undefined) return careful();
  try {
    return await ctx.dataSource.transaction((manager) => recordMeasurement(manager, ctx, input, { alone: true, measure }));
  } catch (err) {
    // A report with the key may exist, and changing it has rules of its own (its agency may edit
    // its draft where it may no longer report anew): the careful way decides.
    if (err instanceof AppError && input.externalKey) return careful();
    const code = (err as { driverError?: { code?: string } }).driverError?.code;
    if (!(err instanceof QueryFailedError) || !ASSUMPTION_FAILED.has(String(code))) throw translateDbError(err, ctx.dataSource);
    if (code === 'ER_BAD_NULL_ERROR') knownMeasures.get(ctx.dataSource)?.delete(indicatorId);
    return careful();
  }
}
