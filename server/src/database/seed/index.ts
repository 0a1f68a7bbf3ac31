/**
 * Loads the real programme described by the five source documents (./data) into the database.
 *
 * - One transaction: all or nothing.
 * - Idempotent and non-destructive: every row is looked up by its natural key (codes, the
 *   instrument number — or title where there is none —, external keys for targets and
 *   measurements, the pair or triple of ids for link tables). A row that exists is left exactly
 *   as it is, even where the seed data differs: the office may have edited it. A second run
 *   inserts nothing and updates nothing.
 * - Cheap when there is nothing to do: one SELECT of the keys per table, no per-row queries.
 * - Parents before children (sources → agencies → pillars → instruments → links → plans →
 *   plan instruments → indicators → groups → members → targets → measurements → tasks →
 *   task indicators → assignments); agency paths (/1/5/12/) are set right after insert, when
 *   the id is known.
 *
 * Conventions the data files rely on (see the comments there for each document's calls):
 * - Instruments are referred to by `ref`: the number where there is one, a short code otherwise.
 * - A task's `instrument` is the instrument whose content it carries out (17-CT/TU for the
 *   directive's demands, 328/QĐ-UBND for the 2649 plan's data task, …); plan tasks without a
 *   more specific instrument point at the document that issued their plan.
 * - Measurements: value = computeValue(measure, numerator, denominator, reportedValue), the
 *   quoted figure kept as is (reportedValue/reportedText/reportedDecimals), status APPROVED
 *   (published figures).
 */
import type { DataSource, DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { nfc } from '../../common/text';
import { Agency } from '../../modules/agency/agency.entity';
import { Assignment, AssignmentSubjectType, leadKeyOf, subjectKeyOf } from '../../modules/assignment/assignment.entity';
import { Indicator, type IndicatorMeasure } from '../../modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../../modules/indicator/indicator-group.entity';
import { Instrument } from '../../modules/instrument/instrument.entity';
import { InstrumentLink } from '../../modules/instrument/instrument-link.entity';
import { Measurement, ReportStatus } from '../../modules/measurement/measurement.entity';
import { computeValue, decimalsOf } from '../../modules/measurement/measurement.math';
import { Pillar } from '../../modules/pillar/pillar.entity';
import { Plan } from '../../modules/plan/plan.entity';
import { PlanInstrument } from '../../modules/plan/plan-instrument.entity';
import { SourceDocument } from '../../modules/source/source-document.entity';
import { Target } from '../../modules/target/target.entity';
import { Task, TaskIndicator, TaskStatus } from '../../modules/task/task.entity';
import { agencies, documents, pillars, sources } from './data';
import type { AssignmentSeed, DocumentContribution, InstrumentSeed, SourceCode } from './data/types';

export interface SeedSummary {
  /** Rows inserted, per entity name. */
  inserted: Record<string, number>;
  /** Rows already present (by natural key) and left untouched, per entity name. */
  skipped: Record<string, number>;
}

/** Entity names in load order (the keys of a SeedSummary). */
export const SEEDED_ENTITIES = [
  'SourceDocument',
  'Agency',
  'Pillar',
  'Instrument',
  'InstrumentLink',
  'Plan',
  'PlanInstrument',
  'Indicator',
  'IndicatorGroup',
  'IndicatorGroupMember',
  'Target',
  'Measurement',
  'Task',
  'TaskIndicator',
  'Assignment',
] as const;
export type SeededEntity = (typeof SEEDED_ENTITIES)[number];

export async function seedProgramme(dataSource: DataSource): Promise<SeedSummary> {
  validateSeedData();
  return dataSource.transaction((manager) => new Seeder(manager).run());
}

// ── Helpers ─────────────────────────────────────────────────────────────────────────────

/** NFC every string of a row (Vietnamese text compares equal whatever produced it). */
function nfcRow<T extends object>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' ? nfc(v) : v;
  return out as T;
}

/** Natural key of an instrument: its number, or its title where it has none. */
function instrumentKey(number: string | null | undefined, title: string): string {
  return number ? `number:${nfc(number)}` : `title:${nfc(title)}`;
}

function must<V>(map: Map<string, V>, key: string, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`seed: unknown ${what} "${key}"`);
  return v;
}

interface Row<E> {
  key: string;
  values: DeepPartial<E>;
}

/** Every document's rows of one kind, each with the document it came from. */
function fromDocuments<K extends keyof DocumentContribution>(
  kind: K,
): Array<{ source: SourceCode; row: NonNullable<DocumentContribution[K]> extends Array<infer R> ? R : never }> {
  const out: Array<{ source: SourceCode; row: never }> = [];
  for (const doc of documents) {
    const rows = (doc[kind] ?? []) as unknown as never[];
    for (const row of rows) out.push({ source: doc.source, row });
  }
  return out as never;
}

/**
 * Check the seed data before touching the database: unique natural keys and references that
 * resolve (within the seed data). A typo fails loudly here rather than half-way through.
 */
export function validateSeedData(): void {
  const problems: string[] = [];
  const unique = (what: string, keys: string[]): Set<string> => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) problems.push(`duplicate ${what} "${k}"`);
      seen.add(k);
    }
    return seen;
  };
  const sourceCodes = unique('source', sources.map((s) => s.code));
  const agencyCodes = unique('agency', agencies.map((a) => a.code));
  const pillarCodes = unique('pillar', pillars.map((p) => p.code));
  const instruments = fromDocuments('instruments').map((x) => x.row);
  const instrumentRefs = unique('instrument ref', instruments.map((i) => i.ref));
  unique('instrument natural key', instruments.map((i) => instrumentKey(i.number, i.title)));
  const planCodes = unique('plan', fromDocuments('plans').map((x) => x.row.code));
  const indicatorCodes = unique('indicator', fromDocuments('indicators').map((x) => x.row.code));
  const targetKeys = unique('target key', fromDocuments('targets').map((x) => x.row.key));
  unique('measurement key', fromDocuments('measurements').map((x) => x.row.key));
  const taskCodes = unique('task', fromDocuments('tasks').map((x) => x.row.code));
  unique('group', fromDocuments('indicatorGroups').map((x) => `${x.row.plan}/${x.row.code}`));
  unique('instrument link', fromDocuments('instrumentLinks').map((x) => `${x.row.from}>${x.row.to}:${x.row.kind}`));
  unique('plan instrument', fromDocuments('planInstruments').map((x) => `${x.row.plan}>${x.row.instrument}`));
  unique('task indicator', fromDocuments('taskIndicators').map((x) => `${x.row.task}>${x.row.indicator}`));
  unique('assignment', fromDocuments('assignments').map((x) => `${subjectRef(x.row)}|${x.row.agency}|${x.row.role}`));
  unique('lead', fromDocuments('assignments').filter((x) => x.row.role === 'LEAD').map((x) => subjectRef(x.row)));

  const ref = (what: string, set: Set<string>, key: string | null | undefined) => {
    if (key != null && !set.has(key)) problems.push(`unknown ${what} "${key}"`);
  };
  for (const d of documents) ref('source', sourceCodes, d.source);
  for (const a of agencies) {
    ref('source', sourceCodes, a.source);
    ref('agency', agencyCodes, a.parent);
    if (a.parent && agencies.findIndex((p) => p.code === a.parent) > agencies.indexOf(a)) problems.push(`agency ${a.code} listed before its parent`);
  }
  for (const i of instruments) ref('agency', agencyCodes, i.issuer);
  for (const { row } of fromDocuments('instrumentLinks')) (ref('instrument', instrumentRefs, row.from), ref('instrument', instrumentRefs, row.to));
  for (const { row } of fromDocuments('plans')) {
    ref('plan', planCodes, row.parent);
    ref('agency', agencyCodes, row.owner);
    ref('instrument', instrumentRefs, row.issuedBy);
  }
  for (const { row } of fromDocuments('planInstruments')) (ref('plan', planCodes, row.plan), ref('instrument', instrumentRefs, row.instrument));
  for (const { row } of fromDocuments('indicators')) ref('pillar', pillarCodes, row.pillar);
  for (const { row } of fromDocuments('indicatorGroups')) {
    ref('plan', planCodes, row.plan);
    ref('pillar', pillarCodes, row.pillar);
    for (const m of row.members) ref('indicator', indicatorCodes, m.indicator);
    unique(`member of ${row.plan}/${row.code}`, row.members.map((m) => m.indicator));
  }
  for (const { row } of fromDocuments('targets')) {
    ref('indicator', indicatorCodes, row.indicator);
    ref('plan', planCodes, row.plan);
    ref('agency', agencyCodes, row.agency);
    if (!row.key.startsWith('seed:target:')) problems.push(`target key "${row.key}" must start with seed:target:`);
  }
  for (const { row } of fromDocuments('measurements')) {
    ref('indicator', indicatorCodes, row.indicator);
    ref('agency', agencyCodes, row.agency);
    ref('agency', agencyCodes, row.sourceAgency);
    ref('instrument', instrumentRefs, row.sourceInstrument);
    if (!row.key.startsWith('seed:measurement:')) problems.push(`measurement key "${row.key}" must start with seed:measurement:`);
  }
  const tasks = fromDocuments('tasks').map((x) => x.row);
  for (const t of tasks) {
    ref('plan', planCodes, t.plan);
    ref('instrument', instrumentRefs, t.instrument);
    ref('task', taskCodes, t.parent);
    ref('pillar', pillarCodes, t.pillar);
    if (!t.plan && !t.instrument) problems.push(`task ${t.code} has neither plan nor instrument`);
    if (t.parent && tasks.find((p) => p.code === t.parent)?.parent) problems.push(`task ${t.code}: only two levels are loaded`);
  }
  for (const { row } of fromDocuments('taskIndicators')) (ref('task', taskCodes, row.task), ref('indicator', indicatorCodes, row.indicator));
  for (const { row } of fromDocuments('assignments')) {
    ref('agency', agencyCodes, row.agency);
    const s = row.subject;
    if ('plan' in s) ref('plan', planCodes, s.plan);
    if ('task' in s) ref('task', taskCodes, s.task);
    if ('indicator' in s) ref('indicator', indicatorCodes, s.indicator);
    if ('target' in s) ref('target', targetKeys, s.target);
  }
  if (problems.length) throw new Error(`seed data is inconsistent:\n  ${problems.join('\n  ')}`);
}

function subjectRef(a: AssignmentSeed): string {
  const s = a.subject;
  if ('plan' in s) return `PLAN:${s.plan}`;
  if ('task' in s) return `TASK:${s.task}`;
  if ('indicator' in s) return `INDICATOR:${s.indicator}`;
  return `TARGET:${s.target}`;
}

// ── The loader ──────────────────────────────────────────────────────────────────────────

class Seeder {
  private readonly summary: SeedSummary = { inserted: {}, skipped: {} };
  private readonly sourceIds = new Map<string, number>();
  private readonly agencyIds = new Map<string, number>();
  private readonly pillarIds = new Map<string, number>();
  /** Instrument ref (as used in the data files) → id. */
  private readonly instrumentIds = new Map<string, number>();
  private readonly planIds = new Map<string, number>();
  private readonly indicatorIds = new Map<string, number>();
  private readonly indicatorMeasures = new Map<string, IndicatorMeasure>();
  private readonly targetIds = new Map<string, number>();
  private readonly taskIds = new Map<string, number>();

  constructor(private readonly manager: EntityManager) {
    for (const name of SEEDED_ENTITIES) {
      this.summary.inserted[name] = 0;
      this.summary.skipped[name] = 0;
    }
  }

  async run(): Promise<SeedSummary> {
    await this.sources();
    await this.agencies();
    await this.pillars();
    await this.instruments();
    await this.instrumentLinks();
    await this.plans();
    await this.planInstruments();
    await this.indicators();
    await this.indicatorGroups();
    await this.targets();
    await this.measurements();
    await this.tasks();
    await this.taskIndicators();
    await this.assignments();
    return this.summary;
  }

  /**
   * Insert the rows whose key is not in `existing` (one save for the batch), count the rest
   * as skipped, and return key → id for every row (existing or new).
   */
  private async insertMissing<E extends ObjectLiteral & { id: number }>(
    name: SeededEntity,
    entity: EntityTarget<E>,
    rows: Array<Row<E>>,
    existing: Map<string, number>,
  ): Promise<Map<string, number>> {
    const ids = new Map(existing);
    const fresh: Array<{ key: string; entity: E }> = [];
    for (const row of rows) {
      if (ids.has(row.key)) {
        this.summary.skipped[name] += 1;
        continue;
      }
      ids.set(row.key, -1); // claimed: a key listed twice is inserted once
      fresh.push({ key: row.key, entity: this.manager.create(entity, nfcRow(row.values) as DeepPartial<E>) });
    }
    if (fresh.length) {
      await this.manager.save(entity, fresh.map((f) => f.entity));
      for (const f of fresh) ids.set(f.key, f.entity.id);
      this.summary.inserted[name] += fresh.length;
    }
    return ids;
  }

  private src(code: SourceCode): number {
    return must(this.sourceIds, code, 'source document');
  }
  private agency(code: string | null | undefined): number | null {
    return code == null ? null : must(this.agencyIds, code, 'agency');
  }
  private pillar(code: string | null | undefined): number | null {
    return code == null ? null : must(this.pillarIds, code, 'pillar');
  }
  private instrument(ref: string | null | undefined): number | null {
    return ref == null ? null : must(this.instrumentIds, ref, 'instrument');
  }
  private plan(code: string | null | undefined): number | null {
    return code == null ? null : must(this.planIds, code, 'plan');
  }
  private indicator(code: string): number {
    return must(this.indicatorIds, code, 'indicator');
  }
  private task(code: string | null | undefined): number | null {
    return code == null ? null : must(this.taskIds, code, 'task');
  }

  // ── Reference data ──

  private async sources(): Promise<void> {
    const existing = await this.manager.find(SourceDocument, { select: { id: true, code: true } });
    const ids = await this.insertMissing(
      'SourceDocument',
      SourceDocument,
      sources.map((s) => ({
        key: nfc(s.code),
        values: { code: s.code, title: s.title, publisher: s.publisher, publishedOn: s.publishedOn, fileName: s.fileName, url: s.url, summary: s.summary },
      })),
      new Map(existing.map((r) => [r.code, r.id])),
    );
    for (const [k, v] of ids) this.sourceIds.set(k, v);
  }

  /** Agencies level by level (parents first); each new agency's path is set once its id is known. */
  private async agencies(): Promise<void> {
    const existing = await this.manager.find(Agency, { select: { id: true, code: true, path: true } });
    for (const a of existing) this.agencyIds.set(a.code, a.id);
    const paths = new Map(existing.map((a) => [a.code, a.path]));
    let pending = agencies.slice();
    while (pending.length) {
      const ready = pending.filter((a) => a.parent === null || this.agencyIds.has(a.parent));
      if (!ready.length) throw new Error(`seed: agencies without a loadable parent: ${pending.map((a) => a.code).join(', ')}`);
      pending = pending.filter((a) => !ready.includes(a));
      const before = new Set(this.agencyIds.keys());
      const ids = await this.insertMissing(
        'Agency',
        Agency,
        ready.map((a) => ({
          key: a.code,
          values: {
            code: a.code,
            nameVi: a.nameVi,
            nameEn: a.nameEn,
            shortName: a.shortName ?? null,
            kind: a.kind,
            parentId: this.agency(a.parent),
            active: true,
            sourceDocumentId: this.src(a.source),
          },
        })),
        this.agencyIds,
      );
      for (const a of ready) {
        const id = must(ids, a.code, 'agency');
        this.agencyIds.set(a.code, id);
        if (before.has(a.code)) continue;
        const path = `${a.parent ? must(paths, a.parent, 'agency path') : '/'}${id}/`;
        paths.set(a.code, path);
        await this.manager.createQueryBuilder().update(Agency).set({ path }).where('id = :id', { id }).callListeners(false).execute();
      }
    }
  }

  private async pillars(): Promise<void> {
    const existing = await this.manager.find(Pillar, { select: { id: true, code: true } });
    const ids = await this.insertMissing(
      'Pillar',
      Pillar,
      pillars.map((p) => ({ key: p.code, values: { code: p.code, nameVi: p.nameVi, nameEn: p.nameEn, kind: p.kind, sortOrder: p.sortOrder, description: p.description } })),
      new Map(existing.map((r) => [r.code, r.id])),
    );
    for (const [k, v] of ids) this.pillarIds.set(k, v);
  }

  // ── Instruments and plans ──

  private async instruments(): Promise<void> {
    const existing = await this.manager.find(Instrument, { select: { id: true, number: true, title: true } });
    const rows = fromDocuments('instruments');
    const ids = await this.insertMissing(
      'Instrument',
      Instrument,
      rows.map(({ source, row }) => ({ key: instrumentKey(row.number, row.title), values: this.instrumentValues(row, source) })),
      new Map(existing.map((r) => [instrumentKey(r.number, r.title), r.id])),
    );
    for (const { row } of rows) this.instrumentIds.set(row.ref, must(ids, instrumentKey(row.number, row.title), 'instrument'));
  }

  private instrumentValues(i: InstrumentSeed, source: SourceCode): DeepPartial<Instrument> {
    return {
      number: i.number,
      kind: i.kind,
      title: i.title,
      issuerId: this.agency(i.issuer),
      issuedOn: i.issuedOn,
      issuedYear: i.issuedYear,
      status: i.status,
      summary: i.summary,
      quotedReference: i.quotedReference,
      url: i.url ?? null,
      sourceDocumentId: this.src(source),
    };
  }

  private async instrumentLinks(): Promise<void> {
    const existing = await this.manager.find(InstrumentLink, { select: { id: true, fromInstrumentId: true, toInstrumentId: true, kind: true } });
    const key = (from: number, to: number, kind: string) => `${from}>${to}:${kind}`;
    await this.insertMissing(
      'InstrumentLink',
      InstrumentLink,
      fromDocuments('instrumentLinks').map(({ source, row }) => {
        const from = this.instrument(row.from)!;
        const to = this.instrument(row.to)!;
        return { key: key(from, to, row.kind), values: { fromInstrumentId: from, toInstrumentId: to, kind: row.kind, note: row.note, sourceDocumentId: this.src(source) } };
      }),
      new Map(existing.map((r) => [key(r.fromInstrumentId, r.toInstrumentId, r.kind), r.id])),
    );
  }

  private async plans(): Promise<void> {
    const existing = await this.manager.find(Plan, { select: { id: true, code: true } });
    for (const p of existing) this.planIds.set(p.code, p.id);
    let pending = fromDocuments('plans');
    while (pending.length) {
      const ready = pending.filter(({ row }) => row.parent === null || this.planIds.has(row.parent));
      if (!ready.length) throw new Error(`seed: plans without a loadable parent: ${pending.map((p) => p.row.code).join(', ')}`);
      pending = pending.filter((p) => !ready.includes(p));
      const ids = await this.insertMissing(
        'Plan',
        Plan,
        ready.map(({ source, row }) => ({
          key: row.code,
          values: {
            code: row.code,
            title: row.title,
            kind: row.kind,
            startYear: row.startYear,
            endYear: row.endYear,
            visionYear: row.visionYear,
            parentId: this.plan(row.parent),
            ownerAgencyId: this.agency(row.owner),
            issuedByInstrumentId: this.instrument(row.issuedBy),
            status: row.status,
            summary: row.summary,
            sourceDocumentId: this.src(source),
          },
        })),
        this.planIds,
      );
      for (const [k, v] of ids) this.planIds.set(k, v);
    }
  }

  private async planInstruments(): Promise<void> {
    const existing = await this.manager.find(PlanInstrument, { select: { id: true, planId: true, instrumentId: true } });
    const key = (plan: number, instrument: number) => `${plan}>${instrument}`;
    await this.insertMissing(
      'PlanInstrument',
      PlanInstrument,
      fromDocuments('planInstruments').map(({ source, row }) => {
        const planId = this.plan(row.plan)!;
        const instrumentId = this.instrument(row.instrument)!;
        return { key: key(planId, instrumentId), values: { planId, instrumentId, note: row.note, sourceDocumentId: this.src(source) } };
      }),
      new Map(existing.map((r) => [key(r.planId, r.instrumentId), r.id])),
    );
  }

  // ── Indicators, groups, targets, measurements ──

  private async indicators(): Promise<void> {
    const existing = await this.manager.find(Indicator, { select: { id: true, code: true, measure: true } });
    for (const i of existing) this.indicatorMeasures.set(i.code, i.measure);
    const rows = fromDocuments('indicators');
    const ids = await this.insertMissing(
      'Indicator',
      Indicator,
      rows.map(({ source, row }) => ({
        key: row.code,
        values: {
          code: row.code,
          name: row.name,
          nameEn: row.nameEn,
          definition: row.definition,
          measure: row.measure,
          unit: row.unit,
          direction: row.direction,
          aggregation: row.aggregation,
          progressMethod: row.progressMethod,
          baselineValue: row.baselineValue ?? null,
          baselineYear: row.baselineYear ?? null,
          frequency: row.frequency,
          dataSource: row.dataSource,
          pillarId: this.pillar(row.pillar),
          sourceDocumentId: this.src(source),
        },
      })),
      new Map(existing.map((r) => [r.code, r.id])),
    );
    for (const [k, v] of ids) this.indicatorIds.set(k, v);
    // The stored measure decides how a value is computed (an edited indicator wins).
    for (const { row } of rows) if (!this.indicatorMeasures.has(row.code)) this.indicatorMeasures.set(row.code, row.measure);
  }

  private async indicatorGroups(): Promise<void> {
    const existing = await this.manager.find(IndicatorGroup, { select: { id: true, planId: true, code: true } });
    const groupKey = (planId: number, code: string) => `${planId}/${nfc(code)}`;
    const groups = fromDocuments('indicatorGroups');
    const groupIds = await this.insertMissing(
      'IndicatorGroup',
      IndicatorGroup,
      groups.map(({ source, row }) => {
        const planId = this.plan(row.plan)!;
        return {
          key: groupKey(planId, row.code),
          values: { planId, pillarId: this.pillar(row.pillar), code: row.code, name: row.name, declaredCount: row.declaredCount, sortOrder: row.sortOrder, sourceDocumentId: this.src(source) },
        };
      }),
      new Map(existing.map((r) => [groupKey(r.planId, r.code), r.id])),
    );

    const existingMembers = await this.manager.find(IndicatorGroupMember, { select: { id: true, groupId: true, indicatorId: true } });
    const memberKey = (groupId: number, indicatorId: number) => `${groupId}>${indicatorId}`;
    await this.insertMissing(
      'IndicatorGroupMember',
      IndicatorGroupMember,
      groups.flatMap(({ row }) => {
        const groupId = must(groupIds, groupKey(this.plan(row.plan)!, row.code), 'indicator group');
        return row.members.map((m, i) => {
          const indicatorId = this.indicator(m.indicator);
          return { key: memberKey(groupId, indicatorId), values: { groupId, indicatorId, sortOrder: i + 1, quotedText: m.quotedText } };
        });
      }),
      new Map(existingMembers.map((r) => [memberKey(r.groupId, r.indicatorId), r.id])),
    );
  }

  private async targets(): Promise<void> {
    const existing = await this.manager.find(Target, { select: { id: true, externalKey: true } });
    const ids = await this.insertMissing(
      'Target',
      Target,
      fromDocuments('targets').map(({ source, row }) => ({
        key: nfc(row.key),
        values: {
          indicatorId: this.indicator(row.indicator),
          planId: this.plan(row.plan)!,
          periodYear: row.periodYear,
          periodDate: row.periodDate ?? null,
          agencyId: this.agency(row.agency),
          agencyLevel: row.agencyLevel ?? null,
          value: row.value,
          comparator: row.comparator,
          quotedText: row.quotedText,
          note: row.note ?? null,
          externalKey: row.key,
          sourceDocumentId: this.src(source),
        },
      })),
      new Map(existing.filter((r) => r.externalKey).map((r) => [r.externalKey!, r.id])),
    );
    for (const [k, v] of ids) this.targetIds.set(k, v);
  }

  private async measurements(): Promise<void> {
    const existing = await this.manager.find(Measurement, { select: { id: true, externalKey: true } });
    await this.insertMissing(
      'Measurement',
      Measurement,
      fromDocuments('measurements').map(({ source, row }) => {
        const numerator = row.numerator ?? null;
        const denominator = row.denominator ?? null;
        const measure = must(this.indicatorMeasures, row.indicator, 'indicator measure');
        return {
          key: nfc(row.key),
          values: {
            indicatorId: this.indicator(row.indicator),
            periodYear: row.periodYear,
            periodDate: row.periodDate ?? null,
            agencyId: this.agency(row.agency),
            value: computeValue(measure, numerator, denominator, row.reportedValue),
            numerator,
            denominator,
            reportedValue: row.reportedValue,
            reportedText: row.reportedText,
            reportedDecimals: decimalsOf(row.reportedText),
            qualifier: row.qualifier,
            isEstimate: row.isEstimate,
            sourceInstrumentId: this.instrument(row.sourceInstrument),
            sourceAgencyId: this.agency(row.sourceAgency),
            comment: row.comment ?? null,
            quotedText: row.quotedText,
            status: ReportStatus.APPROVED,
            externalKey: row.key,
            sourceDocumentId: this.src(source),
          },
        };
      }),
      new Map(existing.filter((r) => r.externalKey).map((r) => [r.externalKey!, r.id])),
    );
  }

  // ── Tasks and accountability ──

  private async tasks(): Promise<void> {
    const existing = await this.manager.find(Task, { select: { id: true, code: true } });
    for (const t of existing) this.taskIds.set(t.code, t.id);
    let pending = fromDocuments('tasks');
    while (pending.length) {
      const ready = pending.filter(({ row }) => !row.parent || this.taskIds.has(row.parent));
      if (!ready.length) throw new Error(`seed: tasks without a loadable parent: ${pending.map((t) => t.row.code).join(', ')}`);
      pending = pending.filter((t) => !ready.includes(t));
      const ids = await this.insertMissing(
        'Task',
        Task,
        ready.map(({ source, row }) => ({
          key: row.code,
          values: {
            code: row.code,
            title: row.title,
            description: row.description ?? null,
            planId: this.plan(row.plan),
            instrumentId: this.instrument(row.instrument),
            sourceClause: row.sourceClause,
            parentId: this.task(row.parent),
            pillarId: this.pillar(row.pillar),
            startDate: row.startDate ?? null,
            dueDate: row.dueDate ?? null,
            status: row.status ?? TaskStatus.NOT_STARTED,
            progress: row.progress ?? 0,
            sortOrder: row.sortOrder,
            sourceDocumentId: this.src(source),
          },
        })),
        this.taskIds,
      );
      for (const [k, v] of ids) this.taskIds.set(k, v);
    }
  }

  private async taskIndicators(): Promise<void> {
    const existing = await this.manager.find(TaskIndicator, { select: { id: true, taskId: true, indicatorId: true } });
    const key = (taskId: number, indicatorId: number) => `${taskId}>${indicatorId}`;
    await this.insertMissing(
      'TaskIndicator',
      TaskIndicator,
      fromDocuments('taskIndicators').map(({ row }) => {
        const taskId = this.task(row.task)!;
        const indicatorId = this.indicator(row.indicator);
        return { key: key(taskId, indicatorId), values: { taskId, indicatorId } };
      }),
      new Map(existing.map((r) => [key(r.taskId, r.indicatorId), r.id])),
    );
  }

  private async assignments(): Promise<void> {
    const existing = await this.manager.find(Assignment, { select: { id: true, subjectKey: true, agencyId: true, role: true } });
    const key = (subjectKey: string, agencyId: number, role: string) => `${subjectKey}|${agencyId}|${role}`;
    await this.insertMissing(
      'Assignment',
      Assignment,
      fromDocuments('assignments').map(({ source, row }) => {
        const subject = this.subjectOf(row);
        const subjectKey = subjectKeyOf(subject.type, subject.id);
        const agencyId = this.agency(row.agency)!;
        return {
          key: key(subjectKey, agencyId, row.role),
          values: {
            subjectType: subject.type,
            planId: subject.type === AssignmentSubjectType.PLAN ? subject.id : null,
            taskId: subject.type === AssignmentSubjectType.TASK ? subject.id : null,
            indicatorId: subject.type === AssignmentSubjectType.INDICATOR ? subject.id : null,
            targetId: subject.type === AssignmentSubjectType.TARGET ? subject.id : null,
            subjectKey,
            leadKey: leadKeyOf(row.role, subjectKey),
            agencyId,
            role: row.role,
            responsiblePerson: row.responsiblePerson ?? null,
            dueDate: row.dueDate ?? null,
            note: row.note ?? null,
            quotedText: row.quotedText,
            sourceDocumentId: this.src(source),
          },
        };
      }),
      new Map(existing.map((r) => [key(r.subjectKey, r.agencyId, r.role), r.id])),
    );
  }

  private subjectOf(a: AssignmentSeed): { type: AssignmentSubjectType; id: number } {
    const s = a.subject;
    if ('plan' in s) return { type: AssignmentSubjectType.PLAN, id: this.plan(s.plan)! };
    if ('task' in s) return { type: AssignmentSubjectType.TASK, id: this.task(s.task)! };
    if ('indicator' in s) return { type: AssignmentSubjectType.INDICATOR, id: this.indicator(s.indicator) };
    return { type: AssignmentSubjectType.TARGET, id: must(this.targetIds, s.target, 'target') };
  }
}
