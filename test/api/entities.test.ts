import type { DataSource, EntityManager } from 'typeorm';
import { Agency, AgencyKind } from '../../server/src/modules/agency/agency.entity';
import { Assignment, AssignmentRole, AssignmentSubjectType, leadKeyOf, subjectKeyOf } from '../../server/src/modules/assignment/assignment.entity';
import { Indicator, IndicatorAggregation, IndicatorDirection, IndicatorMeasure, ProgressMethod } from '../../server/src/modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../../server/src/modules/indicator/indicator-group.entity';
import { Instrument, InstrumentKind, InstrumentStatus } from '../../server/src/modules/instrument/instrument.entity';
import { InstrumentLink, InstrumentLinkKind } from '../../server/src/modules/instrument/instrument-link.entity';
import { Measurement, ReportStatus } from '../../server/src/modules/measurement/measurement.entity';
import { Pillar, PillarKind } from '../../server/src/modules/pillar/pillar.entity';
import { Plan, PlanKind, PlanStatus } from '../../server/src/modules/plan/plan.entity';
import { PlanInstrument } from '../../server/src/modules/plan/plan-instrument.entity';
import { SourceDocument } from '../../server/src/modules/source/source-document.entity';
import { AgencyLevel, Comparator, Target } from '../../server/src/modules/target/target.entity';
import { Task, TaskIndicator, TaskStatus } from '../../server/src/modules/task/task.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** Every table's row count: "nothing was written" means these are unchanged. */
async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const meta of ds.entityMetadatas) out[meta.tableName] = await ds.manager.count(meta.target as never);
  return out;
}

async function buildGraph(m: EntityManager) {
  const src = await m.save(m.create(SourceDocument, { code: 'SRC-T', title: 'Tài liệu thử', publishedOn: '2025-02-18', fileName: 'x.txt' }));
  const ubnd = await m.save(m.create(Agency, { code: 'T-UBND', nameVi: 'Ủy ban nhân dân Thành phố', nameEn: "City People's Committee", kind: AgencyKind.PEOPLES_COMMITTEE, sourceDocumentId: src.id }));
  const so = await m.save(m.create(Agency, { code: 'T-SO', nameVi: 'Sở Thông tin và Truyền thông', kind: AgencyKind.DEPARTMENT, parentId: ubnd.id, path: '/', sourceDocumentId: src.id }));
  const chiThi = await m.save(m.create(Instrument, { number: 'T-17-CT/TU', kind: InstrumentKind.DIRECTIVE, title: 'Chỉ thị thử', issuerId: ubnd.id, issuedOn: '2022-03-01', issuedYear: 2022, status: InstrumentStatus.IN_FORCE, sourceDocumentId: src.id }));
  const qd = await m.save(m.create(Instrument, { number: 'T-06/QĐ-TTg', kind: InstrumentKind.DECISION, title: 'Quyết định thử', status: InstrumentStatus.UNKNOWN }));
  const link = await m.save(m.create(InstrumentLink, { fromInstrumentId: chiThi.id, toInstrumentId: qd.id, kind: InstrumentLinkKind.IMPLEMENTS, note: 'triển khai' }));
  const parentPlan = await m.save(m.create(Plan, { code: 'T-PROG', title: 'Chương trình', kind: PlanKind.PROGRAMME, startYear: 2021, endYear: 2025, visionYear: 2030 }));
  const plan = await m.save(m.create(Plan, { code: 'T-2024', title: 'Kế hoạch năm 2024', kind: PlanKind.ANNUAL_PLAN, startYear: 2024, endYear: 2024, parentId: parentPlan.id, ownerAgencyId: ubnd.id, issuedByInstrumentId: chiThi.id, status: PlanStatus.ACTIVE, sourceDocumentId: src.id }));
  const pi = await m.save(m.create(PlanInstrument, { planId: plan.id, instrumentId: qd.id }));
  const pillar = await m.save(m.create(Pillar, { code: 'T-GOV', nameVi: 'Chính quyền số', kind: PillarKind.PILLAR, sortOrder: 1 }));
  const group = await m.save(m.create(IndicatorGroup, { planId: plan.id, pillarId: pillar.id, code: 'G2', name: 'Chỉ tiêu về Chính quyền số', declaredCount: 8, sortOrder: 2 }));
  const indicator = await m.save(m.create(Indicator, {
    code: 'T-DVCTT', name: 'Tỷ lệ hồ sơ xử lý trực tuyến', measure: IndicatorMeasure.PERCENTAGE, unit: '%', direction: IndicatorDirection.HIGHER_IS_BETTER,
    aggregation: IndicatorAggregation.RATIO_OF_SUMS, progressMethod: ProgressMethod.LINEAR_FROM_BASELINE, baselineValue: 40.5, baselineYear: 2020, pillarId: pillar.id,
  }));
  const member = await m.save(m.create(IndicatorGroupMember, { groupId: group.id, indicatorId: indicator.id, sortOrder: 1, quotedText: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt từ 60% trở lên.' }));
  const target = await m.save(m.create(Target, { indicatorId: indicator.id, planId: plan.id, periodYear: 2024, agencyLevel: AgencyLevel.DISTRICT, value: 60, comparator: Comparator.AT_LEAST, quotedText: 'đạt từ 60% trở lên', externalKey: 't:1' }));
  const measurement = await m.save(m.create(Measurement, {
    indicatorId: indicator.id, periodYear: 2024, agencyId: so.id, value: 78.78683, numerator: 954824, denominator: 1211908, reportedValue: 80.4, reportedText: '80,4%', reportedDecimals: 1,
    qualifier: Comparator.EXACTLY, isEstimate: false, sourceInstrumentId: chiThi.id, sourceAgencyId: ubnd.id, status: ReportStatus.APPROVED, approvedAt: new Date('2025-02-18T00:00:00Z'), externalKey: 'm:1',
  }));
  const task = await m.save(m.create(Task, { code: 'T-NV1', title: 'Chính quyền số', planId: plan.id, pillarId: pillar.id, dueDate: '2024-12-31', status: TaskStatus.IN_PROGRESS, progress: 40, sortOrder: 1 }));
  const sub = await m.save(m.create(Task, { code: 'T-NV1.1', title: 'Nhiệm vụ con', instrumentId: chiThi.id, parentId: task.id }));
  const ti = await m.save(m.create(TaskIndicator, { taskId: task.id, indicatorId: indicator.id }));
  const key = subjectKeyOf(AssignmentSubjectType.TASK, task.id);
  const lead = await m.save(m.create(Assignment, { subjectType: AssignmentSubjectType.TASK, taskId: task.id, subjectKey: key, leadKey: leadKeyOf(AssignmentRole.LEAD, key), agencyId: so.id, role: AssignmentRole.LEAD, responsiblePerson: 'Lâm Đình Thắng', dueDate: '2024-12-31' }));
  const coop = await m.save(m.create(Assignment, { subjectType: AssignmentSubjectType.TASK, taskId: task.id, subjectKey: key, leadKey: leadKeyOf(AssignmentRole.COOPERATING, key), agencyId: ubnd.id, role: AssignmentRole.COOPERATING }));
  return { src, ubnd, so, chiThi, qd, link, parentPlan, plan, pi, pillar, group, indicator, member, target, measurement, task, sub, ti, lead, coop };
}

describe('domain model', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it('round-trips every entity with its relationships', async () => {
    const g = await db.dataSource.transaction((m) => buildGraph(m));
    const m = db.dataSource.manager;

    const so = await m.findOneOrFail(Agency, { where: { id: g.so.id }, relations: { parent: true, sourceDocument: true } });
    expect(so).toMatchObject({ code: 'T-SO', nameVi: 'Sở Thông tin và Truyền thông', kind: 'DEPARTMENT', active: true, version: 1 });
    expect(so.parent?.code).toBe('T-UBND');
    expect(so.sourceDocument?.publishedOn).toBe('2025-02-18');
    expect(so.searchText).toBe('t-so | so thong tin va truyen thong');
    expect(so.createdAt).toBeInstanceOf(Date);
    expect(so.updatedAt).toBeInstanceOf(Date);

    const link = await m.findOneOrFail(InstrumentLink, { where: { id: g.link.id }, relations: { fromInstrument: { issuer: true }, toInstrument: true } });
    expect(link.fromInstrument?.number).toBe('T-17-CT/TU');
    expect(link.fromInstrument?.issuer?.code).toBe('T-UBND');
    expect(link.fromInstrument?.issuedOn).toBe('2022-03-01');
    expect(link.toInstrument?.number).toBe('T-06/QĐ-TTg');
    expect(link.kind).toBe('IMPLEMENTS');

    const plan = await m.findOneOrFail(Plan, { where: { id: g.plan.id }, relations: { parent: true, ownerAgency: true, issuedByInstrument: true } });
    expect(plan).toMatchObject({ code: 'T-2024', kind: 'ANNUAL_PLAN', startYear: 2024, endYear: 2024, status: 'ACTIVE' });
    expect(plan.parent?.visionYear).toBe(2030);
    expect(plan.ownerAgency?.code).toBe('T-UBND');
    expect(plan.issuedByInstrument?.number).toBe('T-17-CT/TU');
    expect((await m.findOneOrFail(PlanInstrument, { where: { id: g.pi.id }, relations: { instrument: true, plan: true } })).instrument?.number).toBe('T-06/QĐ-TTg');

    const member = await m.findOneOrFail(IndicatorGroupMember, { where: { id: g.member.id }, relations: { group: { plan: true, pillar: true }, indicator: { pillar: true } } });
    expect(member.group?.declaredCount).toBe(8);
    expect(member.group?.plan?.code).toBe('T-2024');
    expect(member.indicator).toMatchObject({ code: 'T-DVCTT', measure: 'PERCENTAGE', baselineValue: 40.5, baselineYear: 2020, aggregation: 'RATIO_OF_SUMS' });
    expect(member.indicator?.pillar?.code).toBe('T-GOV');

    const target = await m.findOneOrFail(Target, { where: { id: g.target.id }, relations: { indicator: true, plan: true } });
    expect(target).toMatchObject({ periodYear: 2024, value: 60, comparator: 'AT_LEAST', agencyLevel: 'DISTRICT', agencyId: null, externalKey: 't:1' });
    expect(target.plan?.code).toBe('T-2024');

    const meas = await m.findOneOrFail(Measurement, { where: { id: g.measurement.id }, relations: { indicator: true, agency: true, sourceInstrument: true, sourceAgency: true } });
    expect(meas).toMatchObject({ numerator: 954824, denominator: 1211908, reportedValue: 80.4, reportedText: '80,4%', reportedDecimals: 1, isEstimate: false, status: 'APPROVED', qualifier: 'EXACTLY' });
    expect(meas.value).toBeCloseTo(78.78683, 5);
    expect(meas.approvedAt?.toISOString()).toBe('2025-02-18T00:00:00.000Z');
    expect([meas.agency?.code, meas.sourceAgency?.code, meas.sourceInstrument?.number]).toEqual(['T-SO', 'T-UBND', 'T-17-CT/TU']);

    const sub = await m.findOneOrFail(Task, { where: { id: g.sub.id }, relations: { parent: { plan: true, pillar: true }, instrument: true } });
    expect(sub.parent).toMatchObject({ code: 'T-NV1', dueDate: '2024-12-31', status: 'IN_PROGRESS', progress: 40 });
    expect(sub.parent?.plan?.code).toBe('T-2024');
    expect(sub.instrument?.number).toBe('T-17-CT/TU');
    expect((await m.findOneOrFail(TaskIndicator, { where: { id: g.ti.id }, relations: { indicator: true } })).indicator?.code).toBe('T-DVCTT');

    const assignments = await m.find(Assignment, { where: { taskId: g.task.id }, relations: { agency: true, task: true }, order: { id: 'ASC' } });
    expect(assignments.map((a) => [a.role, a.agency?.code, a.task?.code, a.subjectKey, a.leadKey])).toEqual([
      ['LEAD', 'T-SO', 'T-NV1', `TASK:${g.task.id}`, `TASK:${g.task.id}`],
      ['COOPERATING', 'T-UBND', 'T-NV1', `TASK:${g.task.id}`, null],
    ]);
    expect(assignments[0].responsiblePerson).toBe('Lâm Đình Thắng');
  });

  describe('constraints refuse bad rows and write nothing', () => {
    const cases: Array<[string, (m: EntityManager) => Promise<unknown>]> = [
      ['an assignment to a missing agency', async (m) => {
        const task = await m.findOneByOrFail(Task, { code: 'T-NV1' });
        const key = subjectKeyOf(AssignmentSubjectType.TASK, task.id);
        await m.save(m.create(Assignment, { subjectType: AssignmentSubjectType.TASK, taskId: task.id, subjectKey: key, agencyId: 999999, role: AssignmentRole.INFORMED }));
      }],
      ['a duplicate instrument number', (m) => m.save(m.create(Instrument, { number: 'T-17-CT/TU', kind: InstrumentKind.DIRECTIVE, title: 'Trùng số' }))],
      ['a second lead on one task', async (m) => {
        const task = await m.findOneByOrFail(Task, { code: 'T-NV1' });
        const ubnd = await m.findOneByOrFail(Agency, { code: 'T-UBND' });
        const key = subjectKeyOf(AssignmentSubjectType.TASK, task.id);
        await m.save(m.create(Assignment, { subjectType: AssignmentSubjectType.TASK, taskId: task.id, subjectKey: key, leadKey: key, agencyId: ubnd.id, role: AssignmentRole.LEAD }));
      }],
      ['an assignment with two subjects', async (m) => {
        const task = await m.findOneByOrFail(Task, { code: 'T-NV1' });
        const plan = await m.findOneByOrFail(Plan, { code: 'T-2024' });
        const ubnd = await m.findOneByOrFail(Agency, { code: 'T-UBND' });
        await m.save(m.create(Assignment, { subjectType: AssignmentSubjectType.TASK, taskId: task.id, planId: plan.id, subjectKey: 'X:1', agencyId: ubnd.id, role: AssignmentRole.INFORMED }));
      }],
      ['a task with neither plan nor instrument', (m) => m.save(m.create(Task, { code: 'T-ORPHAN', title: 'Mồ côi' }))],
      ['a target for a missing indicator', async (m) => {
        const plan = await m.findOneByOrFail(Plan, { code: 'T-2024' });
        await m.save(m.create(Target, { indicatorId: 999999, planId: plan.id, periodYear: 2025, value: 1 }));
      }],
    ];

    it.each(cases)('%s', async (_name, write) => {
      const before = await rowCounts(db.dataSource);
      await expect(
        db.dataSource.transaction(async (m) => {
          await m.save(m.create(SourceDocument, { code: `SRC-${Math.random()}`, title: 'written first, must roll back' }));
          await write(m);
        }),
      ).rejects.toThrow(/constraint|foreign key|duplicate|unique|check/i);
      expect(await rowCounts(db.dataSource)).toEqual(before);
    });
  });
});
