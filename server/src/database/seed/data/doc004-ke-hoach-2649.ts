/**
 * Document 004 — "Mục tiêu phát triển kinh tế số đến năm 2025 của TPHCM"
 * (004_b4dec434eb829c01.txt, LawNet): plan 2649/KH-UBND (2023) of UBND TP implementing the
 * national strategy on the digital economy and digital society to 2025, orientation 2030.
 *
 * Contributes: the plan document 2649/KH-UBND and the plan KH-2649-2023 implementing the
 * national strategy (named without a number); decisions 328/QĐ-UBND (06/02/2023), 1185/QĐ-UBND
 * (2021), 313/QĐ-UBND (2022), 672/QĐ-UBND (2021) and the documents they approve; the Ministry
 * of Information and Communications' SME digital-transformation programme and enterprise DX
 * index set; the 5 digital-economy and 7 digital-society targets for 2025 (two indicator
 * groups); the 8 foundation tasks with their sub-tasks (parentId) quoting the clause verbatim.
 *
 * Judgement calls:
 * - The plan is a multi-year implementation plan (2023–2025, orientation 2030): kind PROGRAMME.
 *   The text does not tie it to the city's DX programme, so it has no parent plan. Its tasks
 *   have no due date (the plan is not annual).
 * - The two target lists carry no declared count ("Mục tiêu cơ bản đến năm 2025"), so their
 *   groups have declaredCount null.
 * - "đạt x%" → AT_LEAST; "đạt trên x%" → MORE_THAN.
 * - Decisions that approve or issue another document ("về phê duyệt Chương trình …", "theo
 *   Quyết định 313 …") are seeded with the approved document as its own instrument (number
 *   null) linked by CITES (there is no "approves" link kind). The plan IMPLEMENTS the decisions
 *   it says it carries out ("Triển khai Quyết định 1185…", "thực hiện theo Quyết định 328…").
 * - A task's instrument is the instrument whose content it carries out: the data task and its
 *   sub-tasks → 328/QĐ-UBND; the sub-tasks naming 1185, 313, 672 and the Ministry's programme
 *   and index set → those; every other task → 2649/KH-UBND.
 * - The 4 bullets under "Về phát triển dữ liệu số" are the goals the data task must meet
 *   ("đảm bảo đáp ứng mục tiêu:"); they are seeded as its sub-tasks, as listed.
 * - No agency is assigned: the summary names no lead or cooperating agency for any task
 *   (Bộ TT&TT only as author of the programme and index set). UBND TP issued the plan.
 */
import { AssignmentRole } from '../../../modules/assignment/assignment.entity';
import {
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorMeasure,
  ProgressMethod,
  ReportingFrequency,
} from '../../../modules/indicator/indicator.entity';
import { InstrumentKind, InstrumentStatus } from '../../../modules/instrument/instrument.entity';
import { InstrumentLinkKind } from '../../../modules/instrument/instrument-link.entity';
import { PlanKind, PlanStatus } from '../../../modules/plan/plan.entity';
import { Comparator } from '../../../modules/target/target.entity';
import type { DocumentContribution, IndicatorSeed, TaskSeed } from './types';

const KH = '2649/KH-UBND';
const PLAN = 'KH-2649-2023';
const Y = 2025;

/** A share reported as a single figure, judged linearly, reported yearly. */
function share(code: string, name: string, nameEn: string, pillar: string): IndicatorSeed {
  return {
    code,
    name,
    nameEn,
    definition: null,
    measure: IndicatorMeasure.SHARE,
    unit: '%',
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    aggregation: IndicatorAggregation.LATEST,
    progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
    frequency: ReportingFrequency.ANNUAL,
    dataSource: null,
    pillar,
  };
}

/** A task of the 2649 plan (no due date: the plan is multi-year). */
function task(code: string, title: string, pillar: string, sortOrder: number, sourceClause: string, extra: Partial<TaskSeed> = {}): TaskSeed {
  return { code, title, plan: PLAN, instrument: KH, pillar, sortOrder, sourceClause, ...extra };
}

// The plan's lines, verbatim.
const L = {
  kts25: '- Tỷ trọng kinh tế số đạt 25% GRDP;',
  ecom: '- Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%;',
  eContract: '- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%;',
  smePlatform: '- Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%;',
  workforce: '- Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.',
  smartphone: '- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%;',
  account: '- Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác đạt 80%;',
  skills: '- Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt trên 70%;',
  fibre: '- Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 90%;',
  telehealth: '- Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa đạt trên 30%;',
  healthRecord: '- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%;',
  campus:
    '- Tỷ lệ các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở đạt 80%.',
};
const ISSUED = 'UBND TPHCM ban hành kế hoạch thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030.';
const DATA_CLAUSE =
  'Tổ chức triển khai hiệu quả các nội dung nhiệm vụ thực hiện theo Quyết định 328/QĐ-UBND ngày 06/02/2023 của Ủy ban nhân dân Thành phố về phê duyệt Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030 đảm bảo đáp ứng mục tiêu:';

export const doc004: DocumentContribution = {
  source: 'SRC-004-KH2649',

  instruments: [
    {
      ref: KH,
      number: '2649/KH-UBND',
      kind: InstrumentKind.PLAN,
      title: 'Kế hoạch thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: 2023,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Mục tiêu kinh tế số, xã hội số đến năm 2025 của TP.HCM và 8 nhóm nhiệm vụ phát triển nền móng kinh tế số và xã hội số.',
      quotedReference:
        'Kế hoạch 2649/KH-UBND năm 2023 thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 do UBND TPHCM ban hành.',
    },
    {
      ref: 'CL-QG-KTS-XHS',
      number: null,
      kind: InstrumentKind.STRATEGY,
      title: 'Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
      issuer: null,
      issuedOn: null,
      issuedYear: null,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Chiến lược quốc gia; văn bản không nêu số hiệu, cơ quan và ngày ban hành.',
      quotedReference: 'Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
    },
    {
      ref: '328/QĐ-UBND',
      number: '328/QĐ-UBND',
      kind: InstrumentKind.DECISION,
      title: 'Quyết định về phê duyệt Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030',
      issuer: 'UBND-TP',
      issuedOn: '2023-02-06',
      issuedYear: 2023,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Phê duyệt Chiến lược quản trị dữ liệu của Thành phố.',
      quotedReference:
        'Quyết định 328/QĐ-UBND ngày 06/02/2023 của Ủy ban nhân dân Thành phố về phê duyệt Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030',
    },
    {
      ref: 'CL-QTDL',
      number: null,
      kind: InstrumentKind.STRATEGY,
      title: 'Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030',
      issuer: 'UBND-TP',
      issuedOn: '2023-02-06',
      issuedYear: 2023,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Được phê duyệt tại Quyết định 328/QĐ-UBND ngày 06/02/2023. Báo cáo năm 2025 gọi là "Chiến lược quản trị dữ liệu Thành phố".',
      quotedReference: 'Chiến lược quản trị dữ liệu của Thành phố Hồ Chí Minh đến năm 2025, định hướng đến năm 2030',
    },
    {
      ref: '1185/QĐ-UBND',
      number: '1185/QĐ-UBND',
      kind: InstrumentKind.DECISION,
      title: 'Quyết định về phê duyệt Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm Công nghệ thông tin - Truyền thông giai đoạn 2020-2030',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: 2021,
      status: InstrumentStatus.IN_FORCE,
      summary: null,
      quotedReference:
        'Quyết định 1185/QĐ-UBND năm 2021 của Ủy ban nhân dân Thành phố Hồ Chí Minh về phê duyệt Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm Công nghệ thông tin - Truyền thông giai đoạn 2020-2030',
    },
    {
      ref: 'CT-HTDN-CNTT',
      number: null,
      kind: InstrumentKind.PROGRAMME,
      title: 'Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm Công nghệ thông tin - Truyền thông giai đoạn 2020-2030',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: 2021,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Được phê duyệt tại Quyết định 1185/QĐ-UBND năm 2021.',
      quotedReference: 'Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm Công nghệ thông tin - Truyền thông giai đoạn 2020-2030',
    },
    {
      ref: '313/QĐ-UBND',
      number: '313/QĐ-UBND',
      kind: InstrumentKind.DECISION,
      title: 'Quyết định về Kế hoạch Tổng thể Phát triển thương mại điện tử trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2021-2025',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: 2022,
      status: InstrumentStatus.IN_FORCE,
      summary: null,
      quotedReference: 'Quyết định 313/QĐ-UBND năm 2022 của Ủy ban nhân dân Thành phố',
    },
    {
      ref: 'KH-TMDT-2021-2025',
      number: null,
      kind: InstrumentKind.PLAN,
      title: 'Kế hoạch Tổng thể Phát triển thương mại điện tử trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2021-2025',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: 2022,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Theo Quyết định 313/QĐ-UBND năm 2022.',
      quotedReference: 'Kế hoạch Tổng thể Phát triển thương mại điện tử trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2021-2025”',
    },
    {
      ref: '672/QĐ-UBND',
      number: '672/QĐ-UBND',
      kind: InstrumentKind.DECISION,
      title: 'Quyết định về việc phê duyệt Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hồ Chí Minh giai đoạn 2021-2025',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: 2021,
      status: InstrumentStatus.IN_FORCE,
      summary: null,
      quotedReference:
        'Quyết định 672/QĐ-UBND năm 2021 về việc phê duyệt Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hồ Chí Minh giai đoạn 2021-2025',
    },
    {
      ref: 'DA-KNDMST',
      number: null,
      kind: InstrumentKind.PROJECT,
      title: 'Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hồ Chí Minh giai đoạn 2021-2025',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: 2021,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Được phê duyệt tại Quyết định 672/QĐ-UBND năm 2021.',
      quotedReference: 'Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hồ Chí Minh giai đoạn 2021-2025',
    },
    {
      ref: 'CT-DNVVN-CDS',
      number: null,
      kind: InstrumentKind.PROGRAMME,
      title: 'Chương trình hỗ trợ doanh nghiệp vừa và nhỏ (DNVVN) chuyển đổi số',
      issuer: 'BO-TTTT',
      issuedOn: null,
      issuedYear: null,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Do Bộ Thông tin và Truyền thông xây dựng, công bố tại sme.mic.gov.vn và smedx.vn.',
      quotedReference:
        'Chương trình hỗ trợ doanh nghiệp vừa và nhỏ (DNVVN) chuyển đổi số do Bộ Thông tin và truyền thông xây dựng được công bố tại địa chỉ: sme.mic.gov.vn và smedx.vn',
    },
    {
      ref: 'BCS-CDS-DN',
      number: null,
      kind: InstrumentKind.OTHER,
      title: 'Bộ Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp',
      issuer: 'BO-TTTT',
      issuedOn: null,
      issuedYear: null,
      status: InstrumentStatus.IN_FORCE,
      summary:
        '03 chỉ số: (1) mức độ chuyển đổi số doanh nghiệp nhỏ và vừa; (2) doanh nghiệp lớn; (3) tập đoàn, tổng công ty. Đánh giá trên "Cổng Thông tin đánh giá mức độ chuyển đổi số doanh nghiệp" https://dbi.gov.vn/ do Bộ TT&TT xây dựng.',
      quotedReference: 'Bộ Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp bao gồm 03 Chỉ số',
      url: 'https://dbi.gov.vn/',
    },
  ],

  instrumentLinks: [
    { from: KH, to: 'CL-QG-KTS-XHS', kind: InstrumentLinkKind.IMPLEMENTS, note: 'Kế hoạch 2649/KH-UBND năm 2023 thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số' },
    { from: KH, to: '328/QĐ-UBND', kind: InstrumentLinkKind.IMPLEMENTS, note: 'Tổ chức triển khai hiệu quả các nội dung nhiệm vụ thực hiện theo Quyết định 328/QĐ-UBND' },
    { from: KH, to: '1185/QĐ-UBND', kind: InstrumentLinkKind.IMPLEMENTS, note: 'Triển khai Quyết định 1185/QĐ-UBND năm 2021' },
    { from: KH, to: '313/QĐ-UBND', kind: InstrumentLinkKind.IMPLEMENTS, note: 'Triển khai Kế hoạch Tổng thể Phát triển thương mại điện tử … (theo Quyết định 313/QĐ-UBND năm 2022)' },
    { from: KH, to: '672/QĐ-UBND', kind: InstrumentLinkKind.IMPLEMENTS, note: 'Triển khai các hoạt động thúc đẩy hệ sinh thái khởi nghiệp đổi mới sáng tạo theo Quyết định 672/QĐ-UBND năm 2021' },
    { from: KH, to: 'CT-DNVVN-CDS', kind: InstrumentLinkKind.CITES, note: 'Vận động các doanh nghiệp vừa và nhỏ … tham gia Chương trình hỗ trợ DNVVN chuyển đổi số do Bộ TT&TT xây dựng' },
    { from: KH, to: 'BCS-CDS-DN', kind: InstrumentLinkKind.CITES, note: 'Đẩy mạnh tuyên truyền … Bộ Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp' },
    { from: '328/QĐ-UBND', to: 'CL-QTDL', kind: InstrumentLinkKind.CITES, note: 'về phê duyệt Chiến lược quản trị dữ liệu (approves the strategy)' },
    { from: '1185/QĐ-UBND', to: 'CT-HTDN-CNTT', kind: InstrumentLinkKind.CITES, note: 'về phê duyệt Chương trình (approves the programme)' },
    { from: '313/QĐ-UBND', to: 'KH-TMDT-2021-2025', kind: InstrumentLinkKind.CITES, note: 'Kế hoạch Tổng thể … theo Quyết định 313/QĐ-UBND (the decision behind the plan)' },
    { from: '672/QĐ-UBND', to: 'DA-KNDMST', kind: InstrumentLinkKind.CITES, note: 'về việc phê duyệt Đề án (approves the project)' },
  ],

  plans: [
    {
      code: PLAN,
      title: 'Kế hoạch thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
      kind: PlanKind.PROGRAMME,
      startYear: 2023,
      endYear: 2025,
      visionYear: 2030,
      parent: null,
      owner: 'UBND-TP',
      issuedBy: KH,
      status: PlanStatus.ACTIVE,
      summary:
        'Mục tiêu cơ bản đến năm 2025: 5 chỉ tiêu kinh tế số (kinh tế số 25% GRDP, thương mại điện tử trên 10% bán lẻ, …) và 7 chỉ tiêu xã hội số; 8 nhóm nhiệm vụ phát triển nền móng: thể chế, hạ tầng và nền tảng số, dữ liệu số, an toàn thông tin, nhân lực số, kỹ năng số - công dân số - văn hóa số, doanh nghiệp số, thanh toán số.',
    },
  ],

  planInstruments: [
    { plan: PLAN, instrument: 'CL-QG-KTS-XHS', note: 'thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030' },
    { plan: PLAN, instrument: '328/QĐ-UBND', note: 'Tổ chức triển khai hiệu quả các nội dung nhiệm vụ thực hiện theo Quyết định 328/QĐ-UBND ngày 06/02/2023' },
    { plan: PLAN, instrument: '1185/QĐ-UBND', note: 'Triển khai Quyết định 1185/QĐ-UBND năm 2021' },
    { plan: PLAN, instrument: '313/QĐ-UBND', note: 'Triển khai Kế hoạch Tổng thể Phát triển thương mại điện tử … (theo Quyết định 313/QĐ-UBND năm 2022)' },
    { plan: PLAN, instrument: '672/QĐ-UBND', note: 'Triển khai các hoạt động … theo Quyết định 672/QĐ-UBND năm 2021' },
  ],

  indicators: [
    share('XHS-TAI-KHOAN-THANH-TOAN', 'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác', 'Population aged 15+ with a payment account at a bank or other licensed institution', 'DIGITAL_SOCIETY'),
    share('XHS-KY-NANG-SO-CO-BAN', 'Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản', 'Working-age people trained in basic digital skills', 'DIGITAL_SOCIETY'),
    share('XHS-CAP-QUANG-HO-GIA-DINH', 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng', 'Households with fibre broadband Internet', 'DIGITAL_SOCIETY'),
    share('XHS-Y-TE-TU-XA', 'Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa', 'Adults using online health consultation or telemedicine', 'DIGITAL_SOCIETY'),
    share('XHS-HO-SO-SUC-KHOE-DT', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', 'People with an electronic health record', 'DIGITAL_SOCIETY'),
    share('XHS-CSDT-QUAN-TRI-SO', 'Tỷ lệ các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở', 'Universities, colleges and vocational schools with digital governance, digital operations, standardised data and open learning repositories', 'DIGITAL_SOCIETY'),
  ],

  indicatorGroups: [
    {
      plan: PLAN,
      code: 'KTS',
      name: 'Phát triển kinh tế số — Mục tiêu cơ bản đến năm 2025',
      declaredCount: null,
      pillar: 'DIGITAL_ECONOMY',
      sortOrder: 1,
      members: [
        { indicator: 'KTS-GRDP-SHARE', quotedText: L.kts25 },
        { indicator: 'KTS-TMDT-BAN-LE', quotedText: L.ecom },
        { indicator: 'KTS-DN-HOP-DONG-DT', quotedText: L.eContract },
        { indicator: 'KTS-DNNVV-NEN-TANG-SO', quotedText: L.smePlatform },
        { indicator: 'KTS-NHAN-LUC', quotedText: L.workforce },
      ],
    },
    {
      plan: PLAN,
      code: 'XHS',
      name: 'Phát triển xã hội số — Mục tiêu cơ bản đến năm 2025',
      declaredCount: null,
      pillar: 'DIGITAL_SOCIETY',
      sortOrder: 2,
      members: [
        { indicator: 'XHS-SMARTPHONE', quotedText: L.smartphone },
        { indicator: 'XHS-TAI-KHOAN-THANH-TOAN', quotedText: L.account },
        { indicator: 'XHS-KY-NANG-SO-CO-BAN', quotedText: L.skills },
        { indicator: 'XHS-CAP-QUANG-HO-GIA-DINH', quotedText: L.fibre },
        { indicator: 'XHS-Y-TE-TU-XA', quotedText: L.telehealth },
        { indicator: 'XHS-HO-SO-SUC-KHOE-DT', quotedText: L.healthRecord },
        { indicator: 'XHS-CSDT-QUAN-TRI-SO', quotedText: L.campus },
      ],
    },
  ],

  targets: [
    // (1) Phát triển kinh tế số — mục tiêu cơ bản đến năm 2025
    { key: 'seed:target:KTS-GRDP-SHARE:KH-2649-2023:2025', indicator: 'KTS-GRDP-SHARE', plan: PLAN, periodYear: Y, value: 25, comparator: Comparator.AT_LEAST, quotedText: L.kts25 },
    { key: 'seed:target:KTS-TMDT-BAN-LE:KH-2649-2023:2025', indicator: 'KTS-TMDT-BAN-LE', plan: PLAN, periodYear: Y, value: 10, comparator: Comparator.MORE_THAN, quotedText: L.ecom },
    { key: 'seed:target:KTS-DN-HOP-DONG-DT:KH-2649-2023:2025', indicator: 'KTS-DN-HOP-DONG-DT', plan: PLAN, periodYear: Y, value: 80, comparator: Comparator.MORE_THAN, quotedText: L.eContract },
    { key: 'seed:target:KTS-DNNVV-NEN-TANG-SO:KH-2649-2023:2025', indicator: 'KTS-DNNVV-NEN-TANG-SO', plan: PLAN, periodYear: Y, value: 50, comparator: Comparator.MORE_THAN, quotedText: L.smePlatform },
    { key: 'seed:target:KTS-NHAN-LUC:KH-2649-2023:2025', indicator: 'KTS-NHAN-LUC', plan: PLAN, periodYear: Y, value: 2, comparator: Comparator.MORE_THAN, quotedText: L.workforce },
    // (2) Phát triển xã hội số — mục tiêu cơ bản đến năm 2025
    { key: 'seed:target:XHS-SMARTPHONE:KH-2649-2023:2025', indicator: 'XHS-SMARTPHONE', plan: PLAN, periodYear: Y, value: 85, comparator: Comparator.AT_LEAST, quotedText: L.smartphone },
    { key: 'seed:target:XHS-TAI-KHOAN-THANH-TOAN:KH-2649-2023:2025', indicator: 'XHS-TAI-KHOAN-THANH-TOAN', plan: PLAN, periodYear: Y, value: 80, comparator: Comparator.AT_LEAST, quotedText: L.account },
    { key: 'seed:target:XHS-KY-NANG-SO-CO-BAN:KH-2649-2023:2025', indicator: 'XHS-KY-NANG-SO-CO-BAN', plan: PLAN, periodYear: Y, value: 70, comparator: Comparator.MORE_THAN, quotedText: L.skills },
    { key: 'seed:target:XHS-CAP-QUANG-HO-GIA-DINH:KH-2649-2023:2025', indicator: 'XHS-CAP-QUANG-HO-GIA-DINH', plan: PLAN, periodYear: Y, value: 90, comparator: Comparator.AT_LEAST, quotedText: L.fibre },
    { key: 'seed:target:XHS-Y-TE-TU-XA:KH-2649-2023:2025', indicator: 'XHS-Y-TE-TU-XA', plan: PLAN, periodYear: Y, value: 30, comparator: Comparator.MORE_THAN, quotedText: L.telehealth },
    { key: 'seed:target:XHS-HO-SO-SUC-KHOE-DT:KH-2649-2023:2025', indicator: 'XHS-HO-SO-SUC-KHOE-DT', plan: PLAN, periodYear: Y, value: 90, comparator: Comparator.AT_LEAST, quotedText: L.healthRecord },
    { key: 'seed:target:XHS-CSDT-QUAN-TRI-SO:KH-2649-2023:2025', indicator: 'XHS-CSDT-QUAN-TRI-SO', plan: PLAN, periodYear: Y, value: 80, comparator: Comparator.AT_LEAST, quotedText: L.campus },
  ],

  tasks: [
    // 1. Về hoàn thiện thể chế
    task('KH2649-NV01', 'Về hoàn thiện thể chế', 'INSTITUTIONS', 1, '1. Về hoàn thiện thể chế'),
    task('KH2649-NV01-01', 'Chủ động đề xuất, góp ý, sửa đổi, bổ sung cơ chế, chính sách, pháp luật phù hợp với yêu cầu phát triển kinh tế số, xã hội số', 'INSTITUTIONS', 1,
      '- Chủ động đề xuất, góp ý, sửa đổi, bổ sung cơ chế, chính sách, pháp luật trong từng ngành, lĩnh vực phù hợp với yêu cầu của phát triển kinh tế số, xã hội số.', { parent: 'KH2649-NV01' }),
    task('KH2649-NV01-02', 'Xây dựng, hướng dẫn khung pháp lý thử nghiệm có kiểm soát (sand box) đối với dịch vụ số, mô hình kinh doanh kinh tế số mới', 'INSTITUTIONS', 2,
      '- Xây dựng, hướng dẫn khung pháp lý thử nghiệm có kiểm soát (sand box) đối với các dịch vụ số mới, mô hình kinh doanh kinh tế số mới chưa được pháp luật quy định rõ ràng.', { parent: 'KH2649-NV01' }),

    // 2. Về phát triển hạ tầng, nền tảng số
    task('KH2649-NV02', 'Về phát triển hạ tầng, nền tảng số', 'INFRASTRUCTURE', 2, '2. Về phát triển hạ tầng, nền tảng số'),
    task('KH2649-NV02-01', 'Mở rộng, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu của Thành phố (LGSP), kết nối liên thông với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP)', 'PLATFORMS', 1,
      '- Tiếp tục mở rộng, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu của Thành phố (LGSP) để chia sẻ dữ liệu giữa các hệ thống thông tin của các cơ quan tại Thành phố và kết nối liên thông thành công với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP).', { parent: 'KH2649-NV02' }),
    task('KH2649-NV02-02', 'Tăng cường vùng phủ sóng, chất lượng băng rộng di động (3G, 4G, hướng đến 5G) và băng rộng cố định (cáp quang) đến cấp xã, khu phố, ấp', 'INFRASTRUCTURE', 2,
      '- Tăng cường vùng phủ sóng và chất lượng dịch vụ viễn thông băng rộng di động (3G, 4G, hướng đến 5G) và mạng băng rộng cố định (cáp quang) đến cấp xã, khu phố, ấp để tạo điều kiện cho người dân được tiếp cận công nghệ.', { parent: 'KH2649-NV02' }),
    task('KH2649-NV02-03', 'Xây dựng kế hoạch và triển khai Chương trình hỗ trợ điện thoại thông minh (smartphone) có kết nối internet cho hộ nghèo, cận nghèo, thu nhập thấp, hoàn cảnh khó khăn', 'INFRASTRUCTURE', 3,
      '- Xây dựng kế hoạch và triển khai Chương trình hỗ trợ điện thoại thông minh (smartphone) có kết nối internet cho hộ nghèo, hộ cận nghèo và hộ có thu nhập thấp, hoàn cảnh khó khăn.', { parent: 'KH2649-NV02' }),

    // 3. Về phát triển dữ liệu số (carries out decision 328/QĐ-UBND)
    task('KH2649-NV03', 'Về phát triển dữ liệu số: triển khai hiệu quả nhiệm vụ theo Quyết định 328/QĐ-UBND (Chiến lược quản trị dữ liệu của Thành phố)', 'DATA', 3, DATA_CLAUSE, { instrument: '328/QĐ-UBND' }),
    task('KH2649-NV03-01', 'Tạo lập các cơ sở dữ liệu và hệ thống thông tin nền tảng phục vụ chuyển đổi số và xây dựng đô thị thông minh', 'DATA', 1,
      '- Tạo lập các cơ sở dữ liệu và hệ thống thông tin nền tảng phục vụ mục tiêu chuyển đổi số và xây dựng đô thị thông minh của Thành phố.', { parent: 'KH2649-NV03', instrument: '328/QĐ-UBND' }),
    task('KH2649-NV03-02', 'Thúc đẩy trao đổi, chia sẻ, sử dụng và tái sử dụng dữ liệu giữa các cơ quan nhà nước, hướng đến quản trị, điều hành, ra quyết định dựa trên dữ liệu', 'DATA', 2,
      '- Thúc đẩy trao đổi, chia sẻ, sử dụng và tái sử dụng dữ liệu giữa các cơ quan nhà nước của Thành phố, hướng đến quản trị và điều hành, ra quyết định dựa trên dữ liệu.', { parent: 'KH2649-NV03', instrument: '328/QĐ-UBND' }),
    task('KH2649-NV03-03', 'Cung cấp dữ liệu thống nhất, tin cậy, bảo mật và an toàn cho người dân, doanh nghiệp và các nhà nghiên cứu khai thác', 'DATA', 3,
      '- Cung cấp dữ liệu thống nhất, tin cậy, bảo mật và an toàn cho người dân, doanh nghiệp, và các nhà nghiên cứu để khai thác sử dụng nhằm tạo giá trị gia tăng, góp phần phát triển kinh tế, xã hội cho Thành phố.', { parent: 'KH2649-NV03', instrument: '328/QĐ-UBND' }),
    task('KH2649-NV03-04', 'Nâng cao năng lực và kỹ năng của đội ngũ cán bộ công chức Thành phố về quản trị dữ liệu', 'DATA', 4,
      '- Nâng cao năng lực và kỹ năng của đội ngũ cán bộ công chức Thành phố về quản trị dữ liệu.', { parent: 'KH2649-NV03', instrument: '328/QĐ-UBND' }),

    // 4. Đảm bảo an toàn thông tin và an ninh mạng
    task('KH2649-NV04', 'Đảm bảo an toàn thông tin và an ninh mạng khi phát triển các hạ tầng số, nền tảng số', 'INFORMATION_SECURITY', 4,
      'Đảm bảo yêu cầu an toàn thông tin mạng khi phát triển các hạ tầng số, nền tảng số.'),

    // 5. Về phát triển nhân lực số
    task('KH2649-NV05', 'Về phát triển nhân lực số', 'HUMAN_RESOURCES', 5, '5. Về phát triển nhân lực số'),
    task('KH2649-NV05-01', 'Xây dựng và triển khai Chương trình “Học từ làm việc thực tế” và nền tảng số kết nối cơ sở đào tạo với doanh nghiệp', 'HUMAN_RESOURCES', 1,
      '- Xây dựng và tổ chức triển khai Chương trình “Học từ làm việc thực tế”, trong đó cơ quan nhà nước là cầu nối giữa các trường đại học, cao đẳng, cơ sở đào tạo và doanh nghiệp để xây dựng chương trình đào tạo nguồn nhân lực theo yêu cầu thực tế và đặt hàng của doanh nghiệp; tổ chức các chương trình thực tập ngắn hạn, thường xuyên để tăng cơ hội tiếp xúc nghề nghiệp cho sinh viên từ đó định hướng tốt hơn cho công việc tương lai và bổ sung nguồn lực kỹ thuật cho các doanh nghiệp. Xây dựng và tổ chức triển khai nền tảng số kết nối các cơ sở đào tạo với các doanh nghiệp để thúc đẩy học từ làm việc thực tế, đào tạo và đào tạo lại kỹ năng số cho người lao động, kết nối cung cầu thị trường lao động.', { parent: 'KH2649-NV05' }),
    task('KH2649-NV05-02', 'Xây dựng và triển khai Chương trình dạy và học kỹ năng số và STEM/STEAM trong giáo dục tiểu học và phổ thông', 'HUMAN_RESOURCES', 2,
      '- Xây dựng và tổ chức triển khai Chương trình dạy và học về kỹ năng số và STEM/STEAM trong giáo dục tiểu học và phổ thông. Chú trọng tập huấn, đào tạo giáo viên và trang bị đủ thiết bị, robotics, phần mềm. Khuyến khích các cơ sở giáo dục phối hợp với các tổ chức, doanh nghiệp cung cấp dịch vụ đào tạo kỹ năng số, STEM/STEAM, robotic để triển khai.', { parent: 'KH2649-NV05' }),
    task('KH2649-NV05-03', 'Xây dựng và triển khai nền tảng quản lý nội dung học tập, nền tảng quản lý học tập dùng chung; chuẩn hóa học liệu số', 'HUMAN_RESOURCES', 3,
      '- Xây dựng và tổ chức triển khai nền tảng quản lý nội dung học tập, nền tảng quản lý học tập dùng chung cho các cơ sở đào tạo tại các cấp phổ thông; xây dựng và chuẩn hóa học liệu số, giúp giáo viên dành được nhiều thời gian tương tác với học sinh, cải thiện chất lượng tiết học.', { parent: 'KH2649-NV05' }),

    // 6. Về phát triển kỹ năng số, công dân số và văn hóa số
    task('KH2649-NV06', 'Về phát triển kỹ năng số, công dân số và văn hóa số', 'SKILLS', 6, '6. Về phát triển kỹ năng số, công dân số và văn hóa số'),
    task('KH2649-NV06-01', 'Tổ chức các chương trình đào tạo kỹ năng số cơ bản, nâng cao, kỹ năng kỹ thuật cho cán bộ, công chức, viên chức, người lao động; đào tạo đạt chuẩn kỹ năng số cho sinh viên, học sinh', 'SKILLS', 1,
      '- Tổ chức các chương trình đào tạo kỹ năng số cơ bản, kỹ năng số nâng cao, kỹ năng kỹ thuật cho các đối tượng là cán bộ lãnh đạo, cán bộ kỹ thuật, công nghệ thông tin và chuyên trách chuyển đổi số và công chức, viên chức, người lao động trong cơ quan nhà nước, trong các doanh nghiệp, hộ sản xuất kinh doanh. Đào tạo đạt chuẩn kỹ năng số cho sinh viên, học sinh trong các trường đại học, cao đẳng, cơ sở giáo dục nghề nghiệp, giáo dục phổ thông.', { parent: 'KH2649-NV06' }),
    task('KH2649-NV06-02', 'Triển khai các chương trình phát triển công dân số: danh tính số, tài khoản số, phương tiện số, kỹ năng số cho mỗi người dân tuổi thành niên; phổ cập kết nối số', 'SKILLS', 2,
      '- Triển khai các chương trình thúc đẩy phát triển công dân số rộng khắp, mỗi người dân tuổi thành niên đều có danh tính số, tài khoản số, phương tiện số, và được đào tạo, tập huấn về kỹ năng số. Đẩy mạnh triển khai các chương trình hỗ trợ, phổ cập kết nối số cho người dân. Khuyến khích người dân sử dụng các thiết bị IoT để quan trắc, giám sát phục vụ đời sống và hoạt động sản xuất, kinh doanh của mình.', { parent: 'KH2649-NV06' }),
    task('KH2649-NV06-03', 'Triển khai các chương trình phát triển văn hóa số; hướng dẫn người dân sử dụng dịch vụ số, an toàn thông tin cơ bản; phát triển nền tảng khảo sát, thu thập ý kiến người dân', 'SKILLS', 3,
      '- Tổ chức triển khai các chương trình phát triển văn hóa số sâu rộng trong các tầng lớp nhân dân. Tuyên truyền, hướng dẫn và khuyến khích người dân truy cập Internet, đăng ký tài khoản và sử dụng các dịch vụ số mà trọng tâm là dịch vụ công trực tuyến, dịch vụ y tế số, giáo dục số, sử dụng các mạng xã hội, mua bán trực tuyến, thanh toán điện tử và khai thác tiện ích, tài nguyên số trên Internet. Hướng dẫn người dân về các kỹ năng an toàn, bảo mật thông tin cơ bản để có thể tự bảo vệ tài khoản, dữ liệu của mình trên không gian số. Phát triển nền tảng khảo sát, thu thập ý kiến người dân, tạo kênh độc lập thu thập, tổng hợp ý kiến phản ánh, đánh giá của người dân liên quan đến mọi vấn đề đời sống kinh tế, xã hội.', { parent: 'KH2649-NV06' }),

    // 7. Về phát triển doanh nghiệp số
    task('KH2649-NV07', 'Về phát triển doanh nghiệp số', 'DIGITAL_ECONOMY', 7, '7. Về phát triển doanh nghiệp số'),
    task('KH2649-NV07-01', 'Vận động doanh nghiệp vừa và nhỏ tham gia Chương trình hỗ trợ DNVVN chuyển đổi số của Bộ Thông tin và Truyền thông', 'DIGITAL_ECONOMY', 1,
      '- Vận động các doanh nghiệp vừa và nhỏ trên địa bàn Thành phố tham gia Chương trình hỗ trợ doanh nghiệp vừa và nhỏ (DNVVN) chuyển đổi số do Bộ Thông tin và truyền thông xây dựng được công bố tại địa chỉ: sme.mic.gov.vn và smedx.vn.', { parent: 'KH2649-NV07', instrument: 'CT-DNVVN-CDS' }),
    task('KH2649-NV07-02', 'Tuyên truyền Bộ Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp và Cổng Thông tin đánh giá mức độ chuyển đổi số doanh nghiệp (dbi.gov.vn)', 'DIGITAL_ECONOMY', 2,
      '- Đẩy mạnh tuyên truyền cho các doanh nghiệp trên địa bàn Thành phố Bộ Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp bao gồm 03 Chỉ số: (1) Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp nhỏ và vừa; (2) Chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp lớn; (3) Chỉ số đánh giá mức độ chuyển đổi số tập đoàn, tổng công ty và tham gia “Cổng Thông tin đánh giá đánh giá mức độ chuyển đổi số doanh nghiệp” tại địa chỉ: https://dbi.gov.vn/ do Bộ Thông tin và truyền thông xây dựng.', { parent: 'KH2649-NV07', instrument: 'BCS-CDS-DN' }),
    task('KH2649-NV07-03', 'Triển khai Quyết định 1185/QĐ-UBND năm 2021 (Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm CNTT-TT giai đoạn 2020-2030)', 'DIGITAL_ECONOMY', 3,
      '- Triển khai Quyết định 1185/QĐ-UBND năm 2021 của Ủy ban nhân dân Thành phố Hồ Chí Minh về phê duyệt Chương trình hỗ trợ phát triển doanh nghiệp và sản phẩm Công nghệ thông tin - Truyền thông giai đoạn 2020-2030.', { parent: 'KH2649-NV07', instrument: '1185/QĐ-UBND' }),
    task('KH2649-NV07-04', 'Triển khai Kế hoạch Tổng thể Phát triển thương mại điện tử trên địa bàn Thành phố giai đoạn 2021-2025 (Quyết định 313/QĐ-UBND năm 2022)', 'DIGITAL_ECONOMY', 4,
      '- Triển khai Kế hoạch Tổng thể Phát triển thương mại điện tử trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2021-2025” (theo Quyết định 313/QĐ-UBND năm 2022 của Ủy ban nhân dân Thành phố).', { parent: 'KH2649-NV07', instrument: '313/QĐ-UBND' }),
    task('KH2649-NV07-05', 'Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số: đào tạo, truyền thông, kết nối nhà cung ứng dịch vụ chuyển đổi số với doanh nghiệp', 'DIGITAL_ECONOMY', 5,
      '- Triển khai các hoạt động hỗ trợ các doanh nghiệp nhỏ và vừa thực hiện chuyển đổi số. Phối hợp với các trường, viện, hiệp hội: tổ chức chương trình đào tạo, truyền thông phổ biến kiến thức, tuyên truyền phát triển chuyển đổi số trong cộng đồng doanh nghiệp; tổ chức kết nối các nhà cung ứng dịch vụ chuyển đổi số với các doanh nghiệp có nhu cầu.', { parent: 'KH2649-NV07' }),
    task('KH2649-NV07-06', 'Thúc đẩy hệ sinh thái khởi nghiệp đổi mới sáng tạo theo Quyết định 672/QĐ-UBND năm 2021', 'DIGITAL_ECONOMY', 6,
      '- Triển khai các hoạt động thúc đẩy hệ sinh thái khởi nghiệp đổi mới sáng tạo theo Quyết định 672/QĐ-UBND năm 2021 về việc phê duyệt Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo Thành phố Hồ Chí Minh giai đoạn 2021-2025.', { parent: 'KH2649-NV07', instrument: '672/QĐ-UBND' }),

    // 8. Phát triển thanh toán số
    task('KH2649-NV08', 'Phát triển thanh toán số', 'DIGITAL_ECONOMY', 8, '8. Phát triển thanh toán số'),
    task('KH2649-NV08-01', 'Hỗ trợ bệnh viện thực hiện thanh toán không dùng tiền mặt và chuyển đổi số quản trị hoạt động', 'DIGITAL_ECONOMY', 1,
      '- Triển khai chương trình hỗ trợ bệnh viện thực hiện thanh toán không dùng tiền mặt và chuyển đổi số quản trị hoạt động của đơn vị.', { parent: 'KH2649-NV08' }),
    task('KH2649-NV08-02', 'Hỗ trợ trường học thực hiện thanh toán không dùng tiền mặt và chuyển đổi số quản trị hoạt động', 'DIGITAL_ECONOMY', 2,
      '- Triển khai chương trình hỗ trợ trường học thực hiện thanh toán không dùng tiền mặt và chuyển đổi số quản trị hoạt động của đơn vị.', { parent: 'KH2649-NV08' }),
    task('KH2649-NV08-03', 'Hỗ trợ ngân hàng thương mại, công ty điện tử, viễn thông, tài chính nghiên cứu, triển khai phương thức thanh toán số, phát triển hệ thống thanh toán', 'DIGITAL_ECONOMY', 3,
      '- Hỗ trợ các ngân hàng thương mại, các công ty lĩnh vực điện tử, viễn thông, tài chính nghiên cứu triển khai các phương thức thanh toán số, phát triển thêm hệ thống thanh toán.', { parent: 'KH2649-NV08' }),
  ],

  taskIndicators: [
    // Where a sub-task names what an indicator of this plan measures.
    { task: 'KH2649-NV02-02', indicator: 'XHS-CAP-QUANG-HO-GIA-DINH' },
    { task: 'KH2649-NV02-03', indicator: 'XHS-SMARTPHONE' },
    { task: 'KH2649-NV06-01', indicator: 'XHS-KY-NANG-SO-CO-BAN' },
    { task: 'KH2649-NV07-01', indicator: 'KTS-DNNVV-NEN-TANG-SO' },
    { task: 'KH2649-NV07-04', indicator: 'KTS-TMDT-BAN-LE' },
    { task: 'KH2649-NV07-05', indicator: 'KTS-DNNVV-NEN-TANG-SO' },
    { task: 'KH2649-NV08-03', indicator: 'XHS-TAI-KHOAN-THANH-TOAN' },
  ],

  assignments: [
    { subject: { plan: PLAN }, agency: 'UBND-TP', role: AssignmentRole.LEAD, note: 'UBND TPHCM ban hành kế hoạch.', quotedText: ISSUED },
  ],
};
