/**
 * The seed loads the real programme the five source documents describe (server/src/database/
 * seed). The tables below list, by their source wording, every plan, instrument, indicator and
 * reported figure, a representative set of targets, the indicator groups, the key tasks and
 * directive 17-CT/TU's assignments, and check them against the database after a real seed run
 * (SQLite by default; MariaDB with DATABASE_URL=mysql://…).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { nfc } from '../../server/src/common/text';
import { SEEDED_ENTITIES, seedProgramme, type SeedSummary } from '../../server/src/database/seed';
import { Agency } from '../../server/src/modules/agency/agency.entity';
import { Assignment } from '../../server/src/modules/assignment/assignment.entity';
import { Indicator } from '../../server/src/modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../../server/src/modules/indicator/indicator-group.entity';
import { Instrument } from '../../server/src/modules/instrument/instrument.entity';
import { InstrumentLink } from '../../server/src/modules/instrument/instrument-link.entity';
import { Measurement } from '../../server/src/modules/measurement/measurement.entity';
import { quotedAgrees } from '../../server/src/modules/measurement/measurement.math';
import { Pillar } from '../../server/src/modules/pillar/pillar.entity';
import { Plan } from '../../server/src/modules/plan/plan.entity';
import { PlanInstrument } from '../../server/src/modules/plan/plan-instrument.entity';
import { SourceDocument } from '../../server/src/modules/source/source-document.entity';
import { Target } from '../../server/src/modules/target/target.entity';
import { Task, TaskIndicator } from '../../server/src/modules/task/task.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';

const ENTITY: Record<(typeof SEEDED_ENTITIES)[number], EntityTarget<ObjectLiteral>> = {
  SourceDocument,
  Agency,
  Pillar,
  Instrument,
  InstrumentLink,
  Plan,
  PlanInstrument,
  Indicator,
  IndicatorGroup,
  IndicatorGroupMember,
  Target,
  Measurement,
  Task,
  TaskIndicator,
  Assignment,
};

/** What one run on an empty database inserts. */
const EXPECTED_INSERTED = {
  SourceDocument: 5,
  Agency: 25,
  Pillar: 12,
  Instrument: 21,
  InstrumentLink: 20,
  Plan: 6,
  PlanInstrument: 9,
  Indicator: 38,
  IndicatorGroup: 6,
  IndicatorGroupMember: 31,
  Target: 45,
  Measurement: 18,
  Task: 81,
  TaskIndicator: 32,
  Assignment: 22,
};

const DOCUMENTS_DIR = path.join(__dirname, '../../server/src/database/seed/documents');

let db: TestDatabase;
let ds: DataSource;
let first: SeedSummary;

// Lookups filled once after the seed run.
let sources: SourceDocument[];
let agencies: Agency[];
let pillars: Pillar[];
let instruments: Instrument[];
let plans: Plan[];
let indicators: Indicator[];
let groups: IndicatorGroup[];
let members: IndicatorGroupMember[];
let targets: Target[];
let measurements: Measurement[];
let tasks: Task[];
let assignments: Assignment[];

const byId = <T extends { id: number }>(rows: T[], id: number | null | undefined): T | undefined => rows.find((r) => r.id === id);
const sourceCode = (id: number | null | undefined) => byId(sources, id)?.code ?? null;
const agencyCode = (id: number | null | undefined) => byId(agencies, id)?.code ?? null;
const pillarCode = (id: number | null | undefined) => byId(pillars, id)?.code ?? null;
const planCode = (id: number | null | undefined) => byId(plans, id)?.code ?? null;
const indicatorCode = (id: number | null | undefined) => byId(indicators, id)?.code ?? null;
const taskCode = (id: number | null | undefined) => byId(tasks, id)?.code ?? null;
/** An instrument by number, or by title where it has none. */
const instrumentName = (id: number | null | undefined) => {
  const i = byId(instruments, id);
  return i ? (i.number ?? i.title) : null;
};
const instrumentBy = (name: string) => instruments.find((i) => (i.number ?? i.title) === nfc(name));
const agencyBy = (code: string) => agencies.find((a) => a.code === code)!;
const planBy = (code: string) => plans.find((p) => p.code === code)!;
const taskBy = (code: string) => tasks.find((t) => t.code === code)!;
const indicatorBy = (code: string) => indicators.find((i) => i.code === code)!;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.dataSource;
  first = await seedProgramme(ds);
  const m = ds.manager;
  [sources, agencies, pillars, instruments, plans, indicators, groups, members, targets, measurements, tasks, assignments] = await Promise.all([
    m.find(SourceDocument),
    m.find(Agency),
    m.find(Pillar),
    m.find(Instrument),
    m.find(Plan),
    m.find(Indicator),
    m.find(IndicatorGroup),
    m.find(IndicatorGroupMember),
    m.find(Target),
    m.find(Measurement),
    m.find(Task),
    m.find(Assignment),
  ]);
});

afterAll(async () => {
  await db?.drop();
});

describe('a first run on an empty database', () => {
  it('inserts every row of the programme and skips none', () => {
    expect(first.inserted).toEqual(EXPECTED_INSERTED);
    expect(Object.values(first.skipped).every((n) => n === 0)).toBe(true);
  });

  it.each(SEEDED_ENTITIES.map((name) => [name]))('%s: the table holds exactly the inserted rows', async (name) => {
    expect(await ds.manager.count(ENTITY[name])).toBe(EXPECTED_INSERTED[name]);
  });
});

describe('source documents', () => {
  it.each([
    ['SRC-000-BC2025', '000_18780a95d834898d.txt', 'Nền tảng để Tp.HCM tăng trưởng kinh tế số năm 2025', null],
    ['SRC-001-CT17', '001_3d1cae87460a8363.txt', 'Chuyển đổi số, tạo động lực tăng trưởng kinh tế', null],
    ['SRC-002-MT2030', '002_8c5909811f5e0729.txt', 'Đến năm 2030, kinh tế số chiếm 40% GRDP của TPHCM', null],
    ['SRC-003-KH2024', '003_694360b385fed79b.txt', 'UBND TP.HCM đã ban hành Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024.', null],
    ['SRC-004-KH2649', '004_b4dec434eb829c01.txt', 'Mục tiêu phát triển kinh tế số đến năm 2025 của TPHCM', 'LawNet (Công ty THƯ VIỆN PHÁP LUẬT)'],
  ])('%s is %s, titled by its first line', (code, fileName, title, publisher) => {
    const s = sources.find((x) => x.code === code)!;
    expect(s).toMatchObject({ fileName, title: nfc(title), publisher });
    const firstLine = fs.readFileSync(path.join(DOCUMENTS_DIR, fileName), 'utf8').split('\n')[0].replace(/^- /, '');
    expect(nfc(firstLine.trim())).toBe(s.title);
  });
});

describe('plans', () => {
  // code, title (start), kind, start, end, vision, parent, issued by, implements, document
  it.each([
    ['CT-CDS', 'Chương trình “Chuyển đổi số của TP.HCM”', 'PROGRAMME', 2020, 2030, null, null, 'Chương trình “Chuyển đổi số của TP.HCM”', [], 'SRC-003-KH2024'],
    ['DA-DTTM', 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”', 'PROJECT', 2017, 2025, null, null, 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”', [], 'SRC-003-KH2024'],
    ['KH-2649-2023', 'Kế hoạch thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030', 'PROGRAMME', 2023, 2025, 2030, null, '2649/KH-UBND',
      ['Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030', '328/QĐ-UBND', '1185/QĐ-UBND', '313/QĐ-UBND', '672/QĐ-UBND'], 'SRC-004-KH2649'],
    ['KH-2024', 'Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024', 'ANNUAL_PLAN', 2024, 2024, null, 'CT-CDS',
      'Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024',
      ['Chương trình “Chuyển đổi số của TP.HCM”', 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”', '98/2023/QH15'], 'SRC-003-KH2024'],
    ['PH-2025', 'Phương hướng, nhiệm vụ chuyển đổi số và đô thị thông minh năm 2025', 'ANNUAL_PLAN', 2025, 2025, null, 'CT-CDS',
      'Báo cáo về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025 của Tp.HCM',
      ['Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030'], 'SRC-000-BC2025'],
    ['MT-2030', 'Mục tiêu chuyển đổi số của TP.HCM đến năm 2030', 'STRATEGY', 2021, 2030, null, 'CT-CDS', null, [], 'SRC-002-MT2030'],
  ] as const)('%s: %s', async (code, title, kind, startYear, endYear, visionYear, parent, issuedBy, implementsList, source) => {
    const p = planBy(code);
    expect(p.title.startsWith(nfc(title))).toBe(true);
    expect(p).toMatchObject({ kind, startYear, endYear, visionYear, status: 'ACTIVE' });
    expect(planCode(p.parentId)).toBe(parent);
    expect(agencyCode(p.ownerAgencyId)).toBe('UBND-TP');
    expect(instrumentName(p.issuedByInstrumentId)).toBe(issuedBy === null ? null : nfc(issuedBy));
    expect(sourceCode(p.sourceDocumentId)).toBe(source);
    const links = await ds.manager.find(PlanInstrument, { where: { planId: p.id } });
    expect(links.map((l) => instrumentName(l.instrumentId)).sort()).toEqual(implementsList.map((x) => nfc(x)).sort());
  });
});

describe('instruments', () => {
  // number or title, kind, issuer, issued on, issued year, document
  it.each([
    ['17-CT/TU', 'DIRECTIVE', 'BTV-THANH-UY', null, 2022, 'SRC-001-CT17'],
    ['06/QĐ-TTg', 'DECISION', 'THU-TUONG', '2022-01-06', 2022, 'SRC-001-CT17'],
    ['Đề án “Phát triển ứng dụng, dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”', 'PROJECT', 'THU-TUONG', '2022-01-06', 2022, 'SRC-001-CT17'],
    ['98/2023/QH15', 'RESOLUTION', 'QUOC-HOI', null, 2023, 'SRC-003-KH2024'],
    ['328/QĐ-UBND', 'DECISION', 'UBND-TP', '2023-02-06', 2023, 'SRC-004-KH2649'],
    ['Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030', 'STRATEGY', 'UBND-TP', '2023-02-06', 2023, 'SRC-004-KH2649'],
    ['1185/QĐ-UBND', 'DECISION', 'UBND-TP', null, 2021, 'SRC-004-KH2649'],
    ['Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm Công nghệ thông tin - Truyền thông giai đoạn 2020-2030', 'PROGRAMME', 'UBND-TP', null, 2021, 'SRC-004-KH2649'],
    ['313/QĐ-UBND', 'DECISION', 'UBND-TP', null, 2022, 'SRC-004-KH2649'],
    ['Kế hoạch Tổng thể Phát triển thương mại điện tử trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2021-2025', 'PLAN', 'UBND-TP', null, 2022, 'SRC-004-KH2649'],
    ['672/QĐ-UBND', 'DECISION', 'UBND-TP', null, 2021, 'SRC-004-KH2649'],
    ['Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hồ Chí Minh giai đoạn 2021-2025', 'PROJECT', 'UBND-TP', null, 2021, 'SRC-004-KH2649'],
    ['41/2011/QĐ-UBND', 'DECISION', 'UBND-TP', '2021-06-17', 2021, 'SRC-003-KH2024'],
    ['2649/KH-UBND', 'PLAN', 'UBND-TP', null, 2023, 'SRC-004-KH2649'],
    ['Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030', 'STRATEGY', null, null, null, 'SRC-004-KH2649'],
    ['Báo cáo về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025 của Tp.HCM', 'REPORT', 'UBND-TP', '2025-02-18', 2025, 'SRC-000-BC2025'],
    ['Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024', 'PLAN', 'UBND-TP', null, null, 'SRC-003-KH2024'],
    ['Chương trình “Chuyển đổi số của TP.HCM”', 'PROGRAMME', null, null, null, 'SRC-003-KH2024'],
    ['Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”', 'PROJECT', null, null, null, 'SRC-003-KH2024'],
    ['Chương trình hỗ trợ doanh nghiệp vừa và nhỏ (DNVVN) chuyển đổi số', 'PROGRAMME', 'BO-TTTT', null, null, 'SRC-004-KH2649'],
    ['Bộ Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp', 'OTHER', 'BO-TTTT', null, null, 'SRC-004-KH2649'],
  ])('%s', (name, kind, issuer, issuedOn, issuedYear, source) => {
    const i = instrumentBy(name);
    expect(i).toBeDefined();
    expect(i).toMatchObject({ kind, issuedOn, issuedYear });
    expect(agencyCode(i!.issuerId)).toBe(issuer);
    expect(sourceCode(i!.sourceDocumentId)).toBe(source);
    expect(i!.quotedReference).toBeTruthy();
  });

  it('lists no other instrument', () => {
    expect(instruments).toHaveLength(21);
  });

  it('keeps 41/2011/QĐ-UBND with the date the 2024 plan gives it (17/6/2021), not "corrected"', () => {
    const q = instrumentBy('41/2011/QĐ-UBND')!;
    expect(q.number).toBe('41/2011/QĐ-UBND');
    expect(q.issuedOn).toBe('2021-06-17');
    expect(q.quotedReference).toBe(nfc('Quyết định số 41/2011/QĐ-UBND ngày 17/6/2021'));
  });

  // from, kind, to
  it.each([
    ['2649/KH-UBND', 'IMPLEMENTS', 'Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030'],
    ['2649/KH-UBND', 'IMPLEMENTS', '328/QĐ-UBND'],
    ['2649/KH-UBND', 'IMPLEMENTS', '1185/QĐ-UBND'],
    ['2649/KH-UBND', 'IMPLEMENTS', '313/QĐ-UBND'],
    ['2649/KH-UBND', 'IMPLEMENTS', '672/QĐ-UBND'],
    ['2649/KH-UBND', 'CITES', 'Chương trình hỗ trợ doanh nghiệp vừa và nhỏ (DNVVN) chuyển đổi số'],
    ['2649/KH-UBND', 'CITES', 'Bộ Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp'],
    ['328/QĐ-UBND', 'CITES', 'Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030'],
    ['1185/QĐ-UBND', 'CITES', 'Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm Công nghệ thông tin - Truyền thông giai đoạn 2020-2030'],
    ['313/QĐ-UBND', 'CITES', 'Kế hoạch Tổng thể Phát triển thương mại điện tử trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2021-2025'],
    ['672/QĐ-UBND', 'CITES', 'Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hồ Chí Minh giai đoạn 2021-2025'],
    ['17-CT/TU', 'CITES', '06/QĐ-TTg'],
    ['17-CT/TU', 'CITES', 'Chương trình “Chuyển đổi số của TP.HCM”'],
    ['17-CT/TU', 'CITES', 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”'],
    ['06/QĐ-TTg', 'CITES', 'Đề án “Phát triển ứng dụng, dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”'],
    ['Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024', 'IMPLEMENTS', 'Chương trình “Chuyển đổi số của TP.HCM”'],
    ['Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024', 'IMPLEMENTS', 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”'],
    ['Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024', 'CITES', '98/2023/QH15'],
    ['Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024', 'CITES', '41/2011/QĐ-UBND'],
    ['Báo cáo về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025 của Tp.HCM', 'CITES', 'Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030'],
  ])('%s %s %s', async (from, kind, to) => {
    const link = await ds.manager.findOneBy(InstrumentLink, { fromInstrumentId: instrumentBy(from)!.id, toInstrumentId: instrumentBy(to)!.id, kind: kind as never });
    expect(link).not.toBeNull();
  });
});

describe('agencies', () => {
  // code, kind, parent, English name (start)
  it.each([
    ['THU-TUONG', 'CENTRAL_BODY', 'CHINH-PHU', 'Prime Minister'],
    ['BO-TTTT', 'CENTRAL_BODY', 'CHINH-PHU', 'Ministry of Information and Communications'],
    ['QUOC-HOI', 'CENTRAL_BODY', null, 'National Assembly'],
    ['BTV-THANH-UY', 'PARTY_BODY', 'THANH-UY', 'Standing Board'],
    ['BCSD-UBND', 'PARTY_BODY', 'THANH-UY', 'Party Affairs Committee'],
    ['DU-CONG-AN-TP', 'PARTY_BODY', 'THANH-UY', 'Party Committee of the City Police'],
    ['HDND-TP', 'PEOPLES_COUNCIL', null, "Ho Chi Minh City People's Council"],
    ['UBND-TP', 'PEOPLES_COMMITTEE', null, "Ho Chi Minh City People's Committee"],
    ['SO-TTTT', 'DEPARTMENT', 'UBND-TP', 'Department of Information and Communications'],
    ['SO-GTVT', 'DEPARTMENT', 'UBND-TP', 'Department of Transport'],
    ['TP-THU-DUC', 'DISTRICT_LEVEL', 'UBND-TP', "People's Committee of Thu Duc City"],
    ['QUAN-HUYEN', 'GROUP', 'UBND-TP', "People's Committees of the urban and rural districts"],
    ['PHUONG-XA', 'GROUP', 'UBND-TP', "People's Committees of wards"],
    ['HIDS', 'RESEARCH_INSTITUTE', 'UBND-TP', 'Ho Chi Minh City Institute for Development Studies'],
    ['THOAT-NUOC-DO-THI', 'ENTERPRISE', 'UBND-TP', 'Ho Chi Minh City Urban Drainage'],
    ['CONG-AN-TP', 'POLICE', null, 'Ho Chi Minh City Police'],
    ['MTTQ-TP', 'MASS_ORGANISATION', null, 'Ho Chi Minh City Vietnam Fatherland Front'],
    ['TO-CHUC-CT-XH-TP', 'GROUP', 'MTTQ-TP', 'City socio-political organisations'],
  ])('%s is a %s under %s', (code, kind, parent, nameEn) => {
    const a = agencyBy(code);
    expect(a.kind).toBe(kind);
    expect(agencyCode(a.parentId)).toBe(parent);
    expect(a.nameEn?.startsWith(nameEn)).toBe(true);
    expect(a.nameVi).toBeTruthy();
  });

  it('keeps every materialized path equal to parent path + id', () => {
    for (const a of agencies) {
      const parent = byId(agencies, a.parentId);
      expect(a.path).toBe(`${parent ? parent.path : '/'}${a.id}/`);
    }
  });
});

describe('indicators', () => {
  // code, measure, unit, direction, aggregation, pillar, document
  it.each([
    ['HT-CNTT-LIEN-THONG', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'INFRASTRUCTURE', 'SRC-000-BC2025'],
    ['DVCTT-TOAN-TRINH-TTHC', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-000-BC2025'],
    ['VAN-BAN-DIEN-TU', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-000-BC2025'],
    ['DVCTT-TOAN-TRINH-HOSO', 'PERCENTAGE', '%', 'HIGHER_IS_BETTER', 'RATIO_OF_SUMS', 'DIGITAL_GOVERNMENT', 'SRC-000-BC2025'],
    ['DVCTT-MOT-PHAN-HOSO', 'PERCENTAGE', '%', 'HIGHER_IS_BETTER', 'RATIO_OF_SUMS', 'DIGITAL_GOVERNMENT', 'SRC-000-BC2025'],
    ['TTHC-THANH-TOAN-TRUC-TUYEN', 'PERCENTAGE', '%', 'HIGHER_IS_BETTER', 'RATIO_OF_SUMS', 'DIGITAL_GOVERNMENT', 'SRC-000-BC2025'],
    ['KTS-GRDP-SHARE', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_ECONOMY', 'SRC-000-BC2025'],
    ['NEN-TANG-SO-HANH-CHINH', 'MILESTONE', 'mốc', 'HIGHER_IS_BETTER', 'LATEST', 'PLATFORMS', 'SRC-000-BC2025'],
    ['KTS-GRDP-VND', 'MONEY', 'tỷ đồng', 'HIGHER_IS_BETTER', 'SUM', 'DIGITAL_ECONOMY', 'SRC-001-CT17'],
    ['KTS-GRDP-USD', 'MONEY', 'tỷ USD', 'HIGHER_IS_BETTER', 'SUM', 'DIGITAL_ECONOMY', 'SRC-001-CT17'],
    ['HT-BANG-RONG-PHUONG-XA', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'INFRASTRUCTURE', 'SRC-001-CT17'],
    ['CQS-XEP-HANG', 'RANK', 'hạng', 'LOWER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-002-MT2030'],
    ['NSLD-TANG-TRUONG', 'SHARE', '%/năm', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_ECONOMY', 'SRC-002-MT2030'],
    ['DVCTT-MUC-3-4-SO-LUONG', 'COUNT', 'dịch vụ', 'HIGHER_IS_BETTER', 'SUM', 'DIGITAL_GOVERNMENT', 'SRC-002-MT2030'],
    ['DVCTT-MUC-3-4-TY-LE', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-002-MT2030'],
    ['HOSO-DUNG-HAN', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-002-MT2030'],
    ['DVCTT-MUC-4-DA-PHUONG-TIEN', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-002-MT2030'],
    ['HSCV-XU-LY-TREN-MANG', 'PERCENTAGE', '%', 'HIGHER_IS_BETTER', 'RATIO_OF_SUMS', 'DIGITAL_GOVERNMENT', 'SRC-002-MT2030'],
    ['CDS-DTI-XEP-HANG', 'RANK', 'hạng', 'LOWER_IS_BETTER', 'LATEST', null, 'SRC-003-KH2024'],
    ['THANH-TOAN-DT-DON-VI', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-003-KH2024'],
    ['CHU-KY-SO', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-003-KH2024'],
    ['BAO-CAO-LIEN-THONG', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-003-KH2024'],
    ['THU-DIEN-TU-CONG-VU', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_GOVERNMENT', 'SRC-003-KH2024'],
    ['SO-HOA-HO-SO-TTHC', 'PERCENTAGE', '%', 'HIGHER_IS_BETTER', 'RATIO_OF_SUMS', 'DIGITAL_GOVERNMENT', 'SRC-003-KH2024'],
    ['HOSO-TTHC-TRUC-TUYEN', 'PERCENTAGE', '%', 'HIGHER_IS_BETTER', 'RATIO_OF_SUMS', 'DIGITAL_GOVERNMENT', 'SRC-003-KH2024'],
    ['KTS-TMDT-BAN-LE', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_ECONOMY', 'SRC-003-KH2024'],
    ['KTS-DN-HOP-DONG-DT', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_ECONOMY', 'SRC-003-KH2024'],
    ['KTS-DNNVV-NEN-TANG-SO', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_ECONOMY', 'SRC-003-KH2024'],
    ['KTS-NHAN-LUC', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_ECONOMY', 'SRC-003-KH2024'],
    ['XHS-SMARTPHONE', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_SOCIETY', 'SRC-003-KH2024'],
    ['ATTT-PHAN-LOAI-CAP-DO', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'INFORMATION_SECURITY', 'SRC-003-KH2024'],
    ['ATTT-PHUONG-AN-BAO-VE', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'INFORMATION_SECURITY', 'SRC-003-KH2024'],
    ['XHS-TAI-KHOAN-THANH-TOAN', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_SOCIETY', 'SRC-004-KH2649'],
    ['XHS-KY-NANG-SO-CO-BAN', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_SOCIETY', 'SRC-004-KH2649'],
    ['XHS-CAP-QUANG-HO-GIA-DINH', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_SOCIETY', 'SRC-004-KH2649'],
    ['XHS-Y-TE-TU-XA', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_SOCIETY', 'SRC-004-KH2649'],
    ['XHS-HO-SO-SUC-KHOE-DT', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_SOCIETY', 'SRC-004-KH2649'],
    ['XHS-CSDT-QUAN-TRI-SO', 'SHARE', '%', 'HIGHER_IS_BETTER', 'LATEST', 'DIGITAL_SOCIETY', 'SRC-004-KH2649'],
  ])('%s: %s in %s, %s, %s', (code, measure, unit, direction, aggregation, pillar, source) => {
    const i = indicatorBy(code);
    expect(i).toMatchObject({ measure, unit: nfc(unit), direction, aggregation });
    expect(pillarCode(i.pillarId)).toBe(pillar);
    expect(sourceCode(i.sourceDocumentId)).toBe(source);
  });

  it('judges the digital-economy share linearly from its 2021 baseline (Bộ TT&TT, 15,38%)', () => {
    expect(indicatorBy('KTS-GRDP-SHARE')).toMatchObject({ progressMethod: 'LINEAR_FROM_BASELINE', baselineValue: 15.38, baselineYear: 2021 });
  });
});

describe('reported figures (measurements)', () => {
  // indicator, year, source agency, source instrument, reported text, reported value, numerator, denominator, estimate, qualifier, document
  it.each([
    ['HT-CNTT-LIEN-THONG', 2024, 'UBND-TP', 'BC-2025', '100%', 100, null, null, false, 'EXACTLY', 'SRC-000-BC2025'],
    ['DVCTT-TOAN-TRINH-TTHC', 2024, 'UBND-TP', 'BC-2025', '100%', 100, null, null, false, 'EXACTLY', 'SRC-000-BC2025'],
    ['VAN-BAN-DIEN-TU', 2024, 'UBND-TP', 'BC-2025', '100%', 100, null, null, false, 'EXACTLY', 'SRC-000-BC2025'],
    ['DVCTT-TOAN-TRINH-HOSO', 2024, 'UBND-TP', 'BC-2025', '80,4%', 80.4, 954824, 1211908, false, 'EXACTLY', 'SRC-000-BC2025'],
    ['DVCTT-MOT-PHAN-HOSO', 2024, 'UBND-TP', 'BC-2025', '78,91%', 78.91, 325878, 412928, false, 'EXACTLY', 'SRC-000-BC2025'],
    ['TTHC-THANH-TOAN-TRUC-TUYEN', 2024, 'UBND-TP', 'BC-2025', '88,4%', 88.4, 878, 1011, false, 'EXACTLY', 'SRC-000-BC2025'],
    ['KTS-GRDP-SHARE', 2021, 'BO-TTTT', 'BC-2025', '15,38%', 15.38, null, null, true, 'EXACTLY', 'SRC-000-BC2025'],
    ['KTS-GRDP-SHARE', 2022, 'BO-TTTT', 'BC-2025', '18,66%', 18.66, null, null, true, 'EXACTLY', 'SRC-000-BC2025'],
    ['KTS-GRDP-SHARE', 2023, 'BO-TTTT', 'BC-2025', '21,5%', 21.5, null, null, true, 'EXACTLY', 'SRC-000-BC2025'],
    ['KTS-GRDP-SHARE', 2024, 'BO-TTTT', 'BC-2025', '22%', 22, null, null, true, 'EXACTLY', 'SRC-000-BC2025'],
    ['KTS-GRDP-SHARE', 2021, 'HIDS', null, '14,41%', 14.41, null, null, true, 'EXACTLY', 'SRC-001-CT17'],
    ['KTS-GRDP-SHARE', 2022, 'HIDS', null, '15%', 15, null, null, true, 'EXACTLY', 'SRC-001-CT17'],
    ['KTS-GRDP-VND', 2021, 'HIDS', null, '191.768 tỷ đồng', 191768, null, null, true, 'EXACTLY', 'SRC-001-CT17'],
    ['KTS-GRDP-USD', 2021, 'HIDS', null, 'khoảng 8,27 tỷ USD', 8.27, null, null, true, 'ABOUT', 'SRC-001-CT17'],
    ['HT-BANG-RONG-PHUONG-XA', 2022, 'SO-TTTT', null, '100%', 100, null, null, false, 'EXACTLY', 'SRC-001-CT17'],
    ['DVCTT-MUC-3-4-SO-LUONG', 2020, null, null, 'gần 1.300', 1300, null, null, false, 'ABOUT', 'SRC-002-MT2030'],
    ['DVCTT-MUC-3-4-TY-LE', 2020, null, null, 'hơn 40%', 40, null, null, false, 'MORE_THAN', 'SRC-002-MT2030'],
    ['HOSO-DUNG-HAN', 2020, null, null, 'hơn 99%', 99, null, null, false, 'MORE_THAN', 'SRC-002-MT2030'],
  ])('%s %i by %s in %s: "%s"', (indicator, year, agency, report, reportedText, reportedValue, numerator, denominator, isEstimate, qualifier, source) => {
    const found = measurements.filter(
      (m) => indicatorCode(m.indicatorId) === indicator && m.periodYear === year && agencyCode(m.sourceAgencyId) === agency && m.reportedText === nfc(reportedText),
    );
    expect(found).toHaveLength(1);
    const m = found[0];
    expect(m).toMatchObject({ reportedValue, numerator, denominator, isEstimate, qualifier, status: 'APPROVED' });
    expect(instrumentName(m.sourceInstrumentId)).toBe(
      report === 'BC-2025' ? nfc('Báo cáo về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025 của Tp.HCM') : null,
    );
    expect(sourceCode(m.sourceDocumentId)).toBe(source);
    expect(m.externalKey).toMatch(new RegExp(`^seed:measurement:${indicator}:${year}:`));
    expect(m.quotedText).toBeTruthy();
    // value = 100 × numerator ÷ denominator where the parts are given, else the quoted figure
    if (numerator != null && denominator != null) expect(m.value).toBeCloseTo((100 * numerator) / denominator, 9);
    else expect(m.value).toBe(reportedValue);
  });

  it('lists no other figure', () => {
    expect(measurements).toHaveLength(18);
  });

  it.each([
    ['DVCTT-TOAN-TRINH-HOSO', 1, false], // 954.824/1.211.908 = 78,79% — quoted 80,4%
    ['DVCTT-MOT-PHAN-HOSO', 2, true], // 325.878/412.928 = 78,918…% — quoted 78,91% (truncated)
    ['TTHC-THANH-TOAN-TRUC-TUYEN', 1, false], // 878/1.011 = 86,84% — quoted 88,4%
  ])('%s keeps the quoted figure with %i decimal(s) as written (agrees with its parts: %s)', (indicator, decimals, agrees) => {
    const m = measurements.find((x) => indicatorCode(x.indicatorId) === indicator)!;
    expect(m.reportedDecimals).toBe(decimals);
    expect(quotedAgrees(m.value!, m.reportedValue!, m.reportedDecimals!)).toBe(agrees);
  });

  it('keeps both sources for the same year (Bộ TT&TT and HIDS) without overwriting', () => {
    const y2021 = measurements.filter((m) => indicatorCode(m.indicatorId) === 'KTS-GRDP-SHARE' && m.periodYear === 2021);
    expect(y2021.map((m) => [agencyCode(m.sourceAgencyId), m.value]).sort()).toEqual([
      ['BO-TTTT', 15.38],
      ['HIDS', 14.41],
    ]);
  });
});

describe('targets', () => {
  const find = (indicator: string, plan: string, year: number, extra: Partial<Target> = {}) =>
    targets.filter(
      (t) =>
        indicatorCode(t.indicatorId) === indicator &&
        planCode(t.planId) === plan &&
        t.periodYear === year &&
        Object.entries(extra).every(([k, v]) => (t as unknown as Record<string, unknown>)[k] === v),
    );

  // indicator, plan, year, level, agency, value, comparator, document, quoted (start)
  it.each([
    ['KTS-GRDP-SHARE', 'PH-2025', 2025, null, null, 25, 'AT_LEAST', 'SRC-000-BC2025', 'Năm 2025, Tp.HCM phấn đấu tỉ trọng'],
    ['KTS-GRDP-SHARE', 'CT-CDS', 2025, null, null, 25, 'ABOUT', 'SRC-001-CT17', 'Trong đó, nhiệm vụ trọng tâm là thúc đẩy phát triển kinh tế số'],
    ['KTS-GRDP-SHARE', 'KH-2649-2023', 2025, null, null, 25, 'AT_LEAST', 'SRC-004-KH2649', '- Tỷ trọng kinh tế số đạt 25% GRDP;'],
    ['KTS-GRDP-SHARE', 'MT-2030', 2030, null, null, 40, 'AT_LEAST', 'SRC-002-MT2030', 'Dự kiến, đến năm 2030'],
    ['CQS-XEP-HANG', 'MT-2030', 2030, null, null, 2, 'AT_MOST', 'SRC-002-MT2030', 'Dự kiến, đến năm 2030, TP.HCM sẽ thuộc nhóm 2 địa phương'],
    ['NSLD-TANG-TRUONG', 'MT-2030', 2030, null, null, 9, 'AT_LEAST', 'SRC-002-MT2030', 'Dự kiến, đến năm 2030'],
    ['DVCTT-MUC-4-DA-PHUONG-TIEN', 'MT-2030', 2030, null, null, 100, 'AT_LEAST', 'SRC-002-MT2030', 'Đến năm 2030, TPHCM đặt mục tiêu 100% dịch vụ công trực tuyến mức độ 4'],
    ['HSCV-XU-LY-TREN-MANG', 'MT-2030', 2030, 'CITY', null, 100, 'AT_LEAST', 'SRC-002-MT2030', 'Ngoài ra, 100% hồ sơ công việc ở cấp thành phố'],
    ['HSCV-XU-LY-TREN-MANG', 'MT-2030', 2030, 'DISTRICT', null, 100, 'AT_LEAST', 'SRC-002-MT2030', 'Ngoài ra, 100% hồ sơ công việc ở cấp thành phố'],
    ['HSCV-XU-LY-TREN-MANG', 'MT-2030', 2030, 'COMMUNE', null, 95, 'AT_LEAST', 'SRC-002-MT2030', 'Ngoài ra, 100% hồ sơ công việc ở cấp thành phố'],
    ['CDS-DTI-XEP-HANG', 'KH-2024', 2024, null, null, 5, 'AT_MOST', 'SRC-003-KH2024', 'TP.HCM thuộc nhóm 5 địa phương dẫn đầu'],
    ['HT-CNTT-LIEN-THONG', 'KH-2024', 2024, null, null, 100, 'AT_LEAST', 'SRC-003-KH2024', '100% hạ tầng CNTT'],
    ['SO-HOA-HO-SO-TTHC', 'KH-2024', 2024, 'DEPARTMENT', null, 70, 'AT_LEAST', 'SRC-003-KH2024', 'Tỷ lệ số họa kết quả'],
    ['SO-HOA-HO-SO-TTHC', 'KH-2024', 2024, 'DISTRICT', null, 60, 'AT_LEAST', 'SRC-003-KH2024', 'Tỷ lệ số họa kết quả'],
    ['SO-HOA-HO-SO-TTHC', 'KH-2024', 2024, 'COMMUNE', null, 55, 'AT_LEAST', 'SRC-003-KH2024', 'Tỷ lệ số họa kết quả'],
    ['HOSO-TTHC-TRUC-TUYEN', 'KH-2024', 2024, null, null, 60, 'AT_LEAST', 'SRC-003-KH2024', 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt từ 60% trở lên.'],
    ['THANH-TOAN-DT-DON-VI', 'KH-2024', 2024, null, null, 100, 'AT_LEAST', 'SRC-003-KH2024', '100% sở, ban - ngành'],
    ['THANH-TOAN-DT-DON-VI', 'KH-2024', 2024, null, 'DVSN-GD-YT', 100, 'AT_LEAST', 'SRC-003-KH2024', '100% sở, ban - ngành'],
    ['KTS-TMDT-BAN-LE', 'KH-2024', 2024, null, null, 10, 'MORE_THAN', 'SRC-003-KH2024', 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%.'],
    ['ATTT-PHUONG-AN-BAO-VE', 'KH-2024', 2024, null, null, 90, 'AT_LEAST', 'SRC-003-KH2024', 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án'],
    ['KTS-TMDT-BAN-LE', 'KH-2649-2023', 2025, null, null, 10, 'MORE_THAN', 'SRC-004-KH2649', '- Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%;'],
    ['KTS-DN-HOP-DONG-DT', 'KH-2649-2023', 2025, null, null, 80, 'MORE_THAN', 'SRC-004-KH2649', '- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%;'],
    ['KTS-DNNVV-NEN-TANG-SO', 'KH-2649-2023', 2025, null, null, 50, 'MORE_THAN', 'SRC-004-KH2649', '- Tỷ lệ doanh nghiệp nhỏ và vừa'],
    ['KTS-NHAN-LUC', 'KH-2649-2023', 2025, null, null, 2, 'MORE_THAN', 'SRC-004-KH2649', '- Tỷ lệ nhân lực lao động kinh tế số'],
    ['XHS-SMARTPHONE', 'KH-2649-2023', 2025, null, null, 85, 'AT_LEAST', 'SRC-004-KH2649', '- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%;'],
    ['XHS-TAI-KHOAN-THANH-TOAN', 'KH-2649-2023', 2025, null, null, 80, 'AT_LEAST', 'SRC-004-KH2649', '- Tỷ lệ dân số từ 15 tuổi trở lên'],
    ['XHS-KY-NANG-SO-CO-BAN', 'KH-2649-2023', 2025, null, null, 70, 'MORE_THAN', 'SRC-004-KH2649', '- Tỷ lệ người dân trong độ tuổi lao động'],
    ['XHS-CAP-QUANG-HO-GIA-DINH', 'KH-2649-2023', 2025, null, null, 90, 'AT_LEAST', 'SRC-004-KH2649', '- Tỷ lệ hộ gia đình có Internet cáp quang'],
    ['XHS-Y-TE-TU-XA', 'KH-2649-2023', 2025, null, null, 30, 'MORE_THAN', 'SRC-004-KH2649', '- Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe'],
    ['XHS-HO-SO-SUC-KHOE-DT', 'KH-2649-2023', 2025, null, null, 90, 'AT_LEAST', 'SRC-004-KH2649', '- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%;'],
    ['XHS-CSDT-QUAN-TRI-SO', 'KH-2649-2023', 2025, null, null, 80, 'AT_LEAST', 'SRC-004-KH2649', '- Tỷ lệ các cơ sở đào tạo đại học'],
    ['NEN-TANG-SO-HANH-CHINH', 'PH-2025', 2025, null, null, 1, 'EXACTLY', 'SRC-000-BC2025', 'Tp.HCM kiên trì xây dựng dữ liệu số'],
    ['NEN-TANG-SO-HANH-CHINH', 'CT-CDS', 2025, null, null, 1, 'EXACTLY', 'SRC-001-CT17', 'Thành phố đặt mục tiêu hướng đến quản lý trên nền tảng số vào năm 2025.'],
  ])('%s / %s / %i / level %s / agency %s: %d %s', (indicator, plan, year, level, agency, value, comparator, source, quoted) => {
    const found = find(indicator, plan, year, { agencyLevel: level as never }).filter((t) => agencyCode(t.agencyId) === agency);
    expect(found).toHaveLength(1);
    const t = found[0];
    expect(t).toMatchObject({ value, comparator });
    expect(sourceCode(t.sourceDocumentId)).toBe(source);
    expect(t.quotedText!.startsWith(nfc(quoted))).toBe(true);
    expect(t.externalKey).toMatch(new RegExp(`^seed:target:${indicator}:${plan}:${year}`));
  });

  it('keeps both digital-economy targets the 2024 plan gives for 2024 (22% in group 1, 25% in group 3)', () => {
    const both = find('KTS-GRDP-SHARE', 'KH-2024', 2024);
    expect(both.map((t) => [t.value, t.quotedText]).sort()).toEqual([
      [22, nfc('Đóng góp của kinh tế số trong GRDP TP đạt 22%);')],
      [25, nfc('Tỷ trọng kinh tế số đạt 25% GRDP.')],
    ]);
  });

  it('gives every target a unique, readable external key', () => {
    const keys = targets.map((t) => t.externalKey);
    expect(new Set(keys).size).toBe(targets.length);
    for (const k of keys) expect(k).toMatch(/^seed:target:[A-Z0-9-]+:[A-Z0-9-]+:\d{4}(:[A-Z0-9-]+)?$/);
  });
});

describe("indicator groups of the plans", () => {
  // plan, code, name, declared count, indicators listed (in order)
  it.each([
    ['KH-2024', 'G1', 'Chỉ tiêu theo Chủ đề công tác năm 2024 của TP', 3, ['CDS-DTI-XEP-HANG', 'HT-CNTT-LIEN-THONG', 'KTS-GRDP-SHARE']],
    ['KH-2024', 'G2', 'Chỉ tiêu về Chính quyền số', 8,
      ['DVCTT-TOAN-TRINH-TTHC', 'THANH-TOAN-DT-DON-VI', 'VAN-BAN-DIEN-TU', 'CHU-KY-SO', 'BAO-CAO-LIEN-THONG', 'THU-DIEN-TU-CONG-VU', 'SO-HOA-HO-SO-TTHC', 'HOSO-TTHC-TRUC-TUYEN']],
    ['KH-2024', 'G3', 'Chỉ tiêu về Kinh tế số và xã hội số', 13, ['KTS-GRDP-SHARE', 'KTS-TMDT-BAN-LE', 'KTS-DN-HOP-DONG-DT', 'KTS-DNNVV-NEN-TANG-SO', 'KTS-NHAN-LUC', 'XHS-SMARTPHONE']],
    ['KH-2024', 'G4', 'Chỉ tiêu về An toàn anh ninh thông tin', 7, ['ATTT-PHAN-LOAI-CAP-DO', 'ATTT-PHUONG-AN-BAO-VE']],
    ['KH-2649-2023', 'KTS', 'Phát triển kinh tế số — Mục tiêu cơ bản đến năm 2025', null, ['KTS-GRDP-SHARE', 'KTS-TMDT-BAN-LE', 'KTS-DN-HOP-DONG-DT', 'KTS-DNNVV-NEN-TANG-SO', 'KTS-NHAN-LUC']],
    ['KH-2649-2023', 'XHS', 'Phát triển xã hội số — Mục tiêu cơ bản đến năm 2025', null,
      ['XHS-SMARTPHONE', 'XHS-TAI-KHOAN-THANH-TOAN', 'XHS-KY-NANG-SO-CO-BAN', 'XHS-CAP-QUANG-HO-GIA-DINH', 'XHS-Y-TE-TU-XA', 'XHS-HO-SO-SUC-KHOE-DT', 'XHS-CSDT-QUAN-TRI-SO']],
  ] as const)('%s %s "%s": declares %s, lists its indicators in order', (plan, code, name, declaredCount, listed) => {
    const g = groups.find((x) => planCode(x.planId) === plan && x.code === code)!;
    expect(g).toMatchObject({ name: nfc(name), declaredCount });
    const inGroup = members.filter((m) => m.groupId === g.id).sort((a, b) => a.sortOrder - b.sortOrder);
    expect(inGroup.map((m) => indicatorCode(m.indicatorId))).toEqual(listed);
    for (const m of inGroup) expect(m.quotedText).toBeTruthy();
  });
});

describe('tasks', () => {
  // code, title, pillar
  it.each([
    ['KH2024-NV01', 'Nhận thức số', 'AWARENESS'],
    ['KH2024-NV02', 'Thể chế số', 'INSTITUTIONS'],
    ['KH2024-NV03', 'Hạ tầng số', 'INFRASTRUCTURE'],
    ['KH2024-NV04', 'Dữ liệu số', 'DATA'],
    ['KH2024-NV05', 'Nền tảng số', 'PLATFORMS'],
    ['KH2024-NV06', 'Nhân lực số', 'HUMAN_RESOURCES'],
    ['KH2024-NV07', 'An toàn thông tin mạng', 'INFORMATION_SECURITY'],
    ['KH2024-NV08', 'Chính quyền số', 'DIGITAL_GOVERNMENT'],
    ['KH2024-NV09', 'Kinh tế số', 'DIGITAL_ECONOMY'],
    ['KH2024-NV10', 'Xã hội số', 'DIGITAL_SOCIETY'],
    ['KH2024-NV11', 'Các trụ cột của Đề án Đô thị thông minh', 'SMART_CITY'],
  ])('2024 key task %s "%s" (%s), due 2024-12-31', (code, title, pillar) => {
    const t = taskBy(code);
    expect(t).toMatchObject({ title: nfc(title), dueDate: '2024-12-31', status: 'NOT_STARTED', progress: 0 });
    expect(planCode(t.planId)).toBe('KH-2024');
    expect(pillarCode(t.pillarId)).toBe(pillar);
    expect(t.sourceClause).toContain(nfc(title));
  });

  it('the 2024 plan has exactly its 11 key tasks', () => {
    expect(tasks.filter((t) => planCode(t.planId) === 'KH-2024')).toHaveLength(11);
  });

  // parent, children, instrument of the parent
  it.each([
    ['KH2649-NV01', 2, '2649/KH-UBND'],
    ['KH2649-NV02', 3, '2649/KH-UBND'],
    ['KH2649-NV03', 4, '328/QĐ-UBND'],
    ['KH2649-NV04', 0, '2649/KH-UBND'],
    ['KH2649-NV05', 3, '2649/KH-UBND'],
    ['KH2649-NV06', 3, '2649/KH-UBND'],
    ['KH2649-NV07', 6, '2649/KH-UBND'],
    ['KH2649-NV08', 3, '2649/KH-UBND'],
  ])('2649 foundation task %s has %i sub-tasks and carries out %s', (code, children, instrument) => {
    const t = taskBy(code);
    expect(planCode(t.planId)).toBe('KH-2649-2023');
    expect(instrumentName(t.instrumentId)).toBe(nfc(instrument));
    expect(t.dueDate).toBeNull();
    expect(tasks.filter((c) => c.parentId === t.id)).toHaveLength(children);
  });

  it.each([
    ['KH2649-NV07-03', '1185/QĐ-UBND'],
    ['KH2649-NV07-04', '313/QĐ-UBND'],
    ['KH2649-NV07-06', '672/QĐ-UBND'],
    ['KH2649-NV03-01', '328/QĐ-UBND'],
  ])('2649 sub-task %s carries out %s', (code, instrument) => {
    expect(instrumentName(taskBy(code).instrumentId)).toBe(nfc(instrument));
  });

  it('the 2025 direction has 16 tasks due 2025-12-31, among them the 8 remaining platforms and the IT-park project', () => {
    const y2025 = tasks.filter((t) => planCode(t.planId) === 'PH-2025');
    expect(y2025).toHaveLength(16);
    for (const t of y2025) expect(t.dueDate).toBe('2025-12-31');
    expect(taskBy('PH2025-NV03').sourceClause).toContain('8 nền tảng số chuyên ngành còn lại');
    expect(taskBy('PH2025-NV16').title).toContain('Khu công nghệ thông tin tập trung');
    expect(instrumentName(taskBy('PH2025-NV08').instrumentId)).toBe(nfc('Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030'));
  });

  it("directive 17-CT/TU's 15 demands are tasks of the directive, with no plan and no dates", () => {
    const ct17 = tasks.filter((t) => instrumentName(t.instrumentId) === '17-CT/TU');
    expect(ct17).toHaveLength(15);
    for (const t of ct17) expect(t).toMatchObject({ planId: null, dueDate: null, startDate: null, status: 'NOT_STARTED' });
  });

  it('only tasks whose result or progress the text states are not NOT_STARTED', () => {
    const moved = tasks.filter((t) => t.status !== 'NOT_STARTED').map((t) => [t.code, t.status, t.progress]);
    expect(moved.sort()).toEqual([
      ['CTCDS-NV01', 'IN_PROGRESS', 0],
      ['CTCDS-NV02', 'IN_PROGRESS', 0],
      ['CTCDS-NV03', 'IN_PROGRESS', 0],
      ['DTTM-NV01', 'DONE', 100],
      ['DTTM-NV02', 'DONE', 100],
      ['DTTM-NV03', 'IN_PROGRESS', 0],
      ['DTTM-NV04', 'IN_PROGRESS', 0],
    ]);
  });
});

describe('assignments', () => {
  const roleOf = (subject: string, agency: string) =>
    assignments
      .filter((a) => (a.taskId ? taskCode(a.taskId) : planCode(a.planId)) === subject && agencyCode(a.agencyId) === agency)
      .map((a) => a.role);

  // task, agency, role, responsible person
  it.each([
    ['CT17-NV02', 'HDND-TP', 'LEAD', null],
    ['CT17-NV03', 'HDND-TP', 'LEAD', null],
    ['CT17-NV04', 'HDND-TP', 'LEAD', null],
    ['CT17-NV04', 'MTTQ-TP', 'COOPERATING', null],
    ['CT17-NV04', 'TO-CHUC-CT-XH-TP', 'COOPERATING', null],
    ['CT17-NV05', 'HDND-TP', 'LEAD', null],
    ['CT17-NV06', 'BCSD-UBND', 'LEAD', null],
    ['CT17-NV07', 'BCSD-UBND', 'LEAD', null],
    ['CT17-NV08', 'BCSD-UBND', 'LEAD', null],
    ['CT17-NV13', 'UBND-TP', 'LEAD', 'Phan Văn Mãi (Chủ tịch UBND thành phố)'],
    ['CT17-NV13', 'TP-THU-DUC', 'COOPERATING', null],
    ['CT17-NV13', 'QUAN-HUYEN', 'COOPERATING', null],
    ['CT17-NV13', 'MTTQ-CT-XH-DIA-BAN', 'COOPERATING', null],
    ['CT17-NV14', 'UBND-TP', 'LEAD', 'Phan Văn Mãi (Chủ tịch UBND thành phố)'],
    ['CT17-NV15', 'CONG-AN-TP', 'LEAD', null],
    ['CT17-NV15', 'DU-CONG-AN-TP', 'SUPERVISING', null],
    ['CT17-NV15', 'SO-TTTT', 'COOPERATING', 'Lâm Đình Thắng (Giám đốc Sở Thông tin và Truyền thông)'],
  ])('17-CT/TU: %s — %s is %s', (task, agency, role, person) => {
    const found = assignments.filter((a) => taskCode(a.taskId) === task && agencyCode(a.agencyId) === agency);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subjectType: 'TASK', role, responsiblePerson: person === null ? null : nfc(person) });
    expect(found[0].subjectKey).toBe(`TASK:${taskBy(task).id}`);
    expect(found[0].leadKey).toBe(role === 'LEAD' ? `TASK:${taskBy(task).id}` : null);
    expect(sourceCode(found[0].sourceDocumentId)).toBe('SRC-001-CT17');
  });

  it.each([
    ['DTTM-NV01', 'SO-GTVT', 'LEAD'],
    ['DTTM-NV02', 'THOAT-NUOC-DO-THI', 'LEAD'],
    ['KH-2024', 'UBND-TP', 'LEAD'],
    ['KH-2649-2023', 'UBND-TP', 'LEAD'],
    ['PH-2025', 'UBND-TP', 'LEAD'],
  ])('%s — %s is %s', (subject, agency, role) => {
    expect(roleOf(subject, agency)).toEqual([role]);
  });

  it('makes no assignment the documents do not state (the directive: 17; apps: 2; plans issued by UBND TP: 3)', () => {
    expect(assignments).toHaveLength(22);
    expect(assignments.filter((a) => a.taskId && instrumentName(byId(tasks, a.taskId)!.instrumentId) === '17-CT/TU')).toHaveLength(17);
    // The opening demand and the unattributed paragraph name no lead.
    for (const code of ['CT17-NV01', 'CT17-NV09', 'CT17-NV10', 'CT17-NV11', 'CT17-NV12']) expect(assignments.filter((a) => a.taskId === taskBy(code).id)).toEqual([]);
  });
});

describe('provenance', () => {
  it('every table with a source_document_id column is checked (all but pillars and the two link tables)', () => {
    const withSource = SEEDED_ENTITIES.filter((name) => ds.getMetadata(ENTITY[name]).findColumnWithDatabaseName('source_document_id'));
    expect(withSource.slice().sort()).toEqual(
      SEEDED_ENTITIES.filter((n) => !['Pillar', 'IndicatorGroupMember', 'TaskIndicator', 'SourceDocument'].includes(n)).sort(),
    );
  });

  it.each(
    SEEDED_ENTITIES.filter((n) => !['Pillar', 'IndicatorGroupMember', 'TaskIndicator', 'SourceDocument'].includes(n)).map((n) => [n]),
  )('every %s row names the document it came from', async (name) => {
    const table = ds.getMetadata(ENTITY[name]).tableName;
    const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${table} WHERE source_document_id IS NULL`);
    expect(Number(n)).toBe(0);
    const [{ total }] = await ds.query(`SELECT COUNT(*) AS total FROM ${table}`);
    expect(Number(total)).toBeGreaterThan(0);
  });

  /** Whitespace-normalised NFC text of each source document, by code. */
  const documentText = () =>
    new Map(sources.map((s) => [s.id, nfc(fs.readFileSync(path.join(DOCUMENTS_DIR, s.fileName!), 'utf8')).replace(/\s+/g, ' ')]));
  const norm = (t: string) => nfc(t).replace(/\s+/g, ' ');

  it('every quoted text, source clause and quoted reference appears verbatim in its source document', () => {
    const text = documentText();
    const quotes: Array<[string, number | null, string | null]> = [
      ...instruments.map((i) => [`instrument ${i.number ?? i.title}`, i.sourceDocumentId, i.quotedReference] as [string, number | null, string | null]),
      ...targets.map((t) => [`target ${t.externalKey}`, t.sourceDocumentId, t.quotedText] as [string, number | null, string | null]),
      ...measurements.map((m) => [`measurement ${m.externalKey}`, m.sourceDocumentId, m.quotedText] as [string, number | null, string | null]),
      ...tasks.map((t) => [`task ${t.code}`, t.sourceDocumentId, t.sourceClause] as [string, number | null, string | null]),
      ...assignments.map((a) => [`assignment ${a.subjectKey}/${agencyCode(a.agencyId)}`, a.sourceDocumentId, a.quotedText] as [string, number | null, string | null]),
      ...members.map((m) => [`member ${m.groupId}/${indicatorCode(m.indicatorId)}`, byId(groups, m.groupId)!.sourceDocumentId, m.quotedText] as [string, number | null, string | null]),
    ];
    const missing = quotes.filter(([, doc, quote]) => !quote || !text.get(doc!)!.includes(norm(quote))).map(([what]) => what);
    expect(missing).toEqual([]);
    expect(quotes.length).toBeGreaterThan(200);
  });

  it('every reported figure is written in its quoted sentence', () => {
    for (const m of measurements) {
      const figure = m.reportedText!.replace(/^(gần|hơn|khoảng) /, '');
      expect(m.quotedText).toContain(figure);
    }
  });

  it('stores Vietnamese text in NFC', () => {
    for (const row of [...agencies, ...instruments, ...plans, ...indicators, ...tasks] as unknown as Array<Record<string, unknown>>) {
      for (const v of Object.values(row)) if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
    }
  });
});

describe('a second run', () => {
  const snapshot = async () => {
    const out: Record<string, { count: number; updated: string; version: number }> = {};
    for (const name of SEEDED_ENTITIES) {
      const table = ds.getMetadata(ENTITY[name]).tableName;
      const [row] = await ds.query(`SELECT COUNT(*) AS c, MAX(updated_at) AS u, MAX(version) AS v FROM ${table}`);
      out[name] = { count: Number(row.c), updated: String(row.u instanceof Date ? row.u.toISOString() : row.u), version: Number(row.v) };
    }
    return out;
  };

  it('inserts nothing, updates nothing and skips every row of the first run', async () => {
    const before = await snapshot();
    const second = await seedProgramme(ds);
    expect(Object.values(second.inserted).every((n) => n === 0)).toBe(true);
    expect(second.skipped).toEqual(EXPECTED_INSERTED);
    expect(await snapshot()).toEqual(before);
  });

  it("leaves the office's edits alone and puts back only what was deleted", async () => {
    const target = targets.find((t) => t.externalKey === 'seed:target:KTS-GRDP-SHARE:KH-2649-2023:2025')!;
    await ds.manager.update(Target, target.id, { value: 26, note: 'edited by the office' });
    const link = await ds.manager.findOneByOrFail(TaskIndicator, { taskId: taskBy('KH2024-NV03').id });
    await ds.manager.delete(TaskIndicator, link.id);

    const third = await seedProgramme(ds);
    expect(third.inserted).toEqual({ ...Object.fromEntries(SEEDED_ENTITIES.map((n) => [n, 0])), TaskIndicator: 1 });
    expect(await ds.manager.findOneByOrFail(Target, { id: target.id })).toMatchObject({ value: 26, note: 'edited by the office' });
    expect(await ds.manager.countBy(TaskIndicator, { taskId: taskBy('KH2024-NV03').id })).toBe(1);
  });
});
