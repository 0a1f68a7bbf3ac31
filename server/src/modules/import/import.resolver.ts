import { validate } from 'class-validator';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver, type ClassType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Allow, OFFICE, REPORTERS } from '../../common/auth/rules';
import { createRecord, inTransaction, updateRecord } from '../../common/crud/crud.service';
import { translateDbError } from '../../common/db-errors';
import { AppError } from '../../common/errors';
import { actorOf, type Context } from '../../context';
import { Indicator } from '../indicator/indicator.entity';
import { CreateIndicatorInput } from '../indicator/indicator.inputs';
import { Measurement } from '../measurement/measurement.entity';
import { CreateMeasurementInput } from '../measurement/measurement.inputs';
import { recordMeasurement } from '../measurement/measurement.service';
import { Target } from '../target/target.entity';
import { CreateTargetInput } from '../target/target.inputs';
import { targetHooks } from '../target/target.service';

@ObjectType({ simpleResolvers: true, description: 'A problem with one row of an import.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row index (0-based, in the order sent).' })
  row: number;

  @Field(() => [String], { description: 'Field path within the row (empty for the row as a whole).' })
  path: string[];

  @Field(() => String, { description: 'Error code (BAD_USER_INPUT, FORBIDDEN, CONFLICT, …) or the broken rule.' })
  code: string;

  @Field(() => String, { description: 'What is wrong.' })
  message: string;
}

@ObjectType({ simpleResolvers: true, description: 'What an import did, or would do.' })
export class ImportResult {
  @Field(() => Boolean, { description: 'Whether this was a dry run (nothing written).' })
  dryRun: boolean;

  @Field(() => Boolean, { description: 'Whether the rows were written (all of them; never some).' })
  applied: boolean;

  @Field(() => Int, { description: 'Rows sent.' })
  total: number;

  @Field(() => Int, { description: 'Rows that create a record.' })
  created: number;

  @Field(() => Int, { description: 'Rows that update an existing record (same code or external key).' })
  updated: number;

  @Field(() => [ImportRowError], { description: 'Every problem found, row by row.' })
  errors: ImportRowError[];
}

class Rollback extends Error {}

/**
 * Check and apply every row inside one transaction; collect each row's problems; roll back for a
 * dry run or when any row failed, so an import is applied whole or not at all.
 */
async function importRows<T extends object>(
  ctx: Context,
  type: ClassType<T>,
  rows: T[],
  dryRun: boolean,
  apply: (m: EntityManager, row: T) => Promise<'created' | 'updated'>,
): Promise<ImportResult> {
  const result: ImportResult = { dryRun, applied: false, total: rows.length, created: 0, updated: 0, errors: [] };
  if (rows.length > 5000) {
    result.errors.push({ row: 0, path: [], code: 'BAD_USER_INPUT', message: 'At most 5000 rows per import.' });
    return result;
  }
  try {
    await inTransaction(ctx.dataSource, async (m) => {
      for (const [i, raw] of rows.entries()) {
        const row = Object.assign(new type(), raw);
        const problems = await validate(row, { forbidUnknownValues: false, validationError: { target: false, value: false } });
        if (problems.length) {
          for (const p of problems) result.errors.push({ row: i, path: [p.property], code: 'BAD_USER_INPUT', message: Object.values(p.constraints ?? {}).join('; ') });
          continue;
        }
        try {
          result[await apply(m, row)]++;
        } catch (err) {
          const e = translateDbError(err, ctx.dataSource, 'input');
          if (!(e instanceof AppError)) throw e;
          const fields = (e.extensions.fields as Array<{ path: Array<string | number>; message: string }> | undefined) ?? [];
          if (fields.length) for (const f of fields) result.errors.push({ row: i, path: f.path.slice(1).map(String), code: String(e.extensions.code), message: `${e.message} ${f.message}`.trim() });
          else result.errors.push({ row: i, path: [], code: String(e.extensions.code), message: e.message });
        }
      }
      if (dryRun || result.errors.length) throw new Rollback();
    });
    result.applied = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return result;
}

@Resolver()
export class ImportResolver {
  @Allow(OFFICE)
  @Mutation(() => ImportResult, { description: 'Import indicators (CSV rows): a row with an existing code updates it. dryRun (default) checks every row and writes nothing.' })
  importIndicators(
    @Arg('rows', () => [CreateIndicatorInput], { description: 'The rows.' }) rows: CreateIndicatorInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'Check only.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return importRows(ctx, CreateIndicatorInput, rows, dryRun, async (m, row) => {
      const existing = await m.findOne(Indicator, { where: { code: row.code } });
      if (existing) {
        await updateRecord(m, actorOf(ctx), Indicator, existing.id, existing.version, { ...row }, {}, 'input');
        return 'updated';
      }
      await createRecord(m, actorOf(ctx), Indicator, { ...row });
      return 'created';
    });
  }

  @Allow(OFFICE)
  @Mutation(() => ImportResult, { description: 'Import targets (CSV rows): a row with an existing externalKey updates it. dryRun (default) checks every row and writes nothing.' })
  importTargets(
    @Arg('rows', () => [CreateTargetInput], { description: 'The rows.' }) rows: CreateTargetInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'Check only.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return importRows(ctx, CreateTargetInput, rows, dryRun, async (m, row) => {
      const existing = row.externalKey ? await m.findOne(Target, { where: { externalKey: row.externalKey } }) : null;
      if (existing) {
        await updateRecord(m, actorOf(ctx), Target, existing.id, existing.version, { ...row }, targetHooks, 'input');
        return 'updated';
      }
      await createRecord(m, actorOf(ctx), Target, { ...row }, targetHooks);
      return 'created';
    });
  }

  @Allow(REPORTERS)
  @Mutation(() => ImportResult, { description: 'Import measurements as drafts (CSV rows), under the same row rules as recordMeasurement; a row with an existing externalKey updates it. dryRun (default) writes nothing.' })
  importMeasurements(
    @Arg('rows', () => [CreateMeasurementInput], { description: 'The rows.' }) rows: CreateMeasurementInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'Check only.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return importRows(ctx, CreateMeasurementInput, rows, dryRun, async (m, row) => {
      const before = row.externalKey ? await m.count(Measurement, { where: { externalKey: row.externalKey } }) : 0;
      await recordMeasurement(m, ctx, row);
      return before ? 'updated' : 'created';
    });
  }
}
