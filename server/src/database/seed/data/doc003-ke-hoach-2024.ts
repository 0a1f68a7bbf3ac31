/**
 * Document 003 — the 2024 plan implementing the programme “Chuyển đổi số của TP.HCM” and the
 * project “Xây dựng TP.HCM trở thành đô thị thông minh” (003_694360b385fed79b.txt).
 *
 * Contributes: the programme and the smart-city project (as instruments and as the parent
 * plans CT-CDS and DA-DTTM); the 2024 plan KH-2024 (its plan document, no number in the text)
 * implementing both and resolution 98/2023/QH15 (the theme of 2024); decision 41/2011/QĐ-UBND
 * as the plan cites it; the 4 indicator groups with their declared counts (3, 8, 13, 7) and
 * the indicators actually listed (3, 8, 6, 2); their 2024 targets; the 11 key tasks.
 *
 * Judgement calls:
 * - Group 1 lists "Đóng góp của kinh tế số trong GRDP TP đạt 22%" and group 3 "Tỷ trọng kinh
 *   tế số đạt 25% GRDP": both are seeded as targets of this plan for 2024, as listed; the
 *   server reports the conflict. The group-3 indicators repeat the 2649 plan's 2025 goals, but
 *   this plan lists them as its own (2024) indicators, so they are seeded for 2024.
 * - "41/2011/QĐ-UBND ngày 17/6/2021": the number's year (2011) and the date (2021) disagree.
 *   Both are kept as written: number "41/2011/QĐ-UBND", issuedOn 2021-06-17, the whole phrase
 *   in quotedReference. Nothing is "corrected".
 * - Group 2's second line (e-payment: all agencies at all levels; public education and
 *   health units) is one indicator with two targets — city-wide and for the group agency
 *   "đơn vị sự nghiệp công lập về lĩnh vực giáo dục, y tế" — so that the group lists exactly the
 *   8 lines the plan counts.
 * - "thuộc nhóm 5 địa phương dẫn đầu" → RANK target AT_MOST 5; "tối thiểu tương ứng là 70%, 60%,
 *   55%" → three cascaded targets (DEPARTMENT, DISTRICT, COMMUNE); "từ 60% trở lên" → AT_LEAST;
 *   "trên" → MORE_THAN; a bare "đạt x%" or "100% …" → AT_LEAST.
 * - Names and quotes keep the source's typos ("Uuuw tiên", "số họa", "anh ninh", "quy đinh").
 * - The programme's period is not stated; CT-CDS spans the years the documents attach to it
 *   (figures from 2020, goals to 2030). The smart-city project is "triển khai … từ cuối năm
 *   2017" (doc 002); its horizon is not stated, and DA-DTTM runs to 2025, the last year the
 *   documents plan for it (the 2024 plan; the 2025 direction "chuyển đổi số và đô thị thông
 *   minh"). Neither names an issuer, so their instruments have none.
 * - The 11 key tasks are due 2024-12-31 (the plan's year); each is linked to the plan's
 *   indicators of its own area (the plan lists tasks and indicators by area; it does not pair
 *   them explicitly).
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
import { AgencyLevel, Comparator } from '../../../modules/target/target.entity';
import type { DocumentContribution, IndicatorSeed } from './types';

const ISSUED =
  'UBND TP.HCM đã ban hành Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024.';
const KEY_TASKS =
  'Kế hoạch đề ra 11 nhiệm vụ trọng tâm triển khai thực hiện trong năm 2024, gồm: Nhận thức số; Thể chế số; Hạ tầng số; Dữ liệu số; Nền tảng số; Nhân lực số; An toàn thông tin mạng; Chính quyền số; Kinh tế số; Xã hội số; Các trụ cột của Đề án Đô thị thông minh.';

// The plan's indicator lines, verbatim (quoted by group members and targets).
const L = {
  top5: 'TP.HCM thuộc nhóm 5 địa phương dẫn đầu về chỉ số chuyển đổi số cấp tỉnh.',
  itInfra: '100% hạ tầng CNTT được rà soát, nâng cấp, đảm bảo liên thông kết nối từ TP đến cấp huyện và phường xã thị trấn.',
  kts22: 'Đóng góp của kinh tế số trong GRDP TP đạt 22%);',
  dvcttFull:
    '100% thủ tục hành chính đáp ứng yêu cầu cung cấp dịch vụ công trực tuyến toàn trình được cung cấp trên Hệ thống thông tin giải quyết thủ tục hành chính của TP, kết nối Cổng Dịch vụ công quốc gia.',
  ePayment:
    '100% sở, ban - ngành, UBND thành phố Thủ Đức, quận, huyện, UBND phường, xã, thị trấn thực hiện ứng dụng thanh toán điện tử trong giải quyết TTHC; 100% đơn vị sự nghiệp công lập về lĩnh vực giáo dục, y tế ứng dụng thanh toán điện tử trong cung ứng dịch vụ.',
  eDocs: '100% các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử trừ các văn bản có chứa bí mật nhà nước.',
  eSign: '100% các đơn vị; cán bộ, công chức, viên chức tại các đơn vị sử dụng chữ ký số trong thực hiện nhiệm vụ trên môi trường điện tử, giải quyết hồ sơ, giải quyết TTHC.',
  reports: '100% hệ thống báo cáo của TP được kết nối liên thông, chia sẻ dữ liệu với Hệ thống thông tin báo cáo quốc gia.',
  eMail:
    '100% cán bộ, công chức, viên chức sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc theo đúng quy đinh của UBND TP tại Quyết định số 41/2011/QĐ-UBND ngày 17/6/2021.',
  digitise:
    'Tỷ lệ số họa kết quả và hồ sơ giải quyết TTHC đang còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của các sở, ban – ngành TP, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 70%, 60%, 55%.',
  online60: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt từ 60% trở lên.',
  kts25: 'Tỷ trọng kinh tế số đạt 25% GRDP.',
  ecom: 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%.',
  eContract: 'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.',
  smePlatform: 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%.',
  workforce: 'Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.',
  smartphone: 'Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%...',
  isClassified: 'Tỷ lệ hệ thống thông tin cấp độ của TP.HCM được phân loại và thực hiện bảo vệ theo cấp độ đạt 100%.',
  isProtected: 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt đạt 90%...',
};

/** A share reported as a single figure (no parts), judged linearly, reported yearly. */
function share(code: string, name: string, nameEn: string, pillar: string, dataSource: string | null = null): IndicatorSeed {
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
    dataSource,
    pillar,
  };
}

const Y = 2024;
const DUE_2024 = '2024-12-31';

export const doc003: DocumentContribution = {
  source: 'SRC-003-KH2024',

  instruments: [
    {
      ref: 'CT-CDS',
      number: null,
      kind: InstrumentKind.PROGRAMME,
      title: 'Chương trình “Chuyển đổi số của TP.HCM”',
      issuer: null,
      issuedOn: null,
      issuedYear: null,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Chương trình chuyển đổi số của Thành phố với ba trụ cột: chính quyền số, kinh tế số, xã hội số.',
      quotedReference: 'Chương trình “Chuyển đổi số của TP.HCM”',
    },
    {
      ref: 'DA-DTTM',
      number: null,
      kind: InstrumentKind.PROJECT,
      title: 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”',
      issuer: null,
      issuedOn: null,
      issuedYear: null,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Đề án đô thị thông minh của Thành phố, triển khai từ cuối năm 2017 (theo bài "Đến năm 2030, kinh tế số chiếm 40% GRDP của TPHCM").',
      quotedReference: 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”',
    },
    {
      ref: 'KH-2024',
      number: null,
      kind: InstrumentKind.PLAN,
      title: 'Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024',
      issuer: 'UBND-TP',
      issuedOn: null,
      issuedYear: null,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Kế hoạch năm 2024: 4 nhóm chỉ tiêu (3, 8, 13, 7 chỉ tiêu) và 11 nhiệm vụ trọng tâm. Văn bản tóm tắt không nêu số hiệu và ngày ban hành.',
      quotedReference: ISSUED,
    },
    {
      ref: '98/2023/QH15',
      number: '98/2023/QH15',
      kind: InstrumentKind.RESOLUTION,
      title: 'Nghị quyết số 98/2023/QH15 của Quốc hội',
      issuer: 'QUOC-HOI',
      issuedOn: null,
      issuedYear: 2023,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Nghị quyết của Quốc hội, gắn với Chủ đề năm 2024 của TP “Quyết tâm thực hiện hiệu quả Chuyển đổi số và Nghị quyết số 98/2023/QH15 của Quốc hội”.',
      quotedReference: 'Nghị quyết số 98/2023/QH15 của Quốc hội',
    },
    {
      ref: '41/2011/QĐ-UBND',
      number: '41/2011/QĐ-UBND',
      kind: InstrumentKind.DECISION,
      title: 'Quyết định của UBND TP quy định về sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc',
      issuer: 'UBND-TP',
      issuedOn: '2021-06-17',
      issuedYear: 2021,
      status: InstrumentStatus.UNKNOWN,
      summary:
        'Kế hoạch năm 2024 dẫn chiếu "Quyết định số 41/2011/QĐ-UBND ngày 17/6/2021": năm trong số hiệu (2011) và ngày ban hành (17/6/2021) không khớp nhau; giữ nguyên cả hai như văn bản.',
      quotedReference: 'Quyết định số 41/2011/QĐ-UBND ngày 17/6/2021',
    },
  ],

  instrumentLinks: [
    { from: 'KH-2024', to: 'CT-CDS', kind: InstrumentLinkKind.IMPLEMENTS, note: 'Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM”' },
    { from: 'KH-2024', to: 'DA-DTTM', kind: InstrumentLinkKind.IMPLEMENTS, note: 'Kế hoạch triển khai … Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024' },
    { from: 'KH-2024', to: '98/2023/QH15', kind: InstrumentLinkKind.CITES, note: 'Chủ đề năm 2024 của TP là “Quyết tâm thực hiện hiệu quả Chuyển đổi số và Nghị quyết số 98/2023/QH15 của Quốc hội”' },
    { from: 'KH-2024', to: '41/2011/QĐ-UBND', kind: InstrumentLinkKind.CITES, note: 'theo đúng quy đinh của UBND TP tại Quyết định số 41/2011/QĐ-UBND ngày 17/6/2021' },
  ],

  plans: [
    {
      code: 'CT-CDS',
      title: 'Chương trình “Chuyển đổi số của TP.HCM”',
      kind: PlanKind.PROGRAMME,
      startYear: 2020,
      endYear: 2030,
      visionYear: null,
      parent: null,
      owner: 'UBND-TP',
      issuedBy: 'CT-CDS',
      status: PlanStatus.ACTIVE,
      summary:
        'Chương trình chuyển đổi số của Thành phố (ba trụ cột: xây dựng chính quyền số, phát triển kinh tế số và xã hội số). Thời kỳ không được nêu trong các văn bản; 2020–2030 là khoảng năm các văn bản gắn với chương trình.',
    },
    {
      code: 'DA-DTTM',
      title: 'Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”',
      kind: PlanKind.PROJECT,
      startYear: 2017,
      endYear: 2025,
      visionYear: null,
      parent: null,
      owner: 'UBND-TP',
      issuedBy: 'DA-DTTM',
      status: PlanStatus.ACTIVE,
      summary: 'Đề án đô thị thông minh, triển khai từ cuối năm 2017. Năm kết thúc không được nêu; 2025 là năm cuối các văn bản lập kế hoạch cho đề án.',
    },
    {
      code: 'KH-2024',
      title: 'Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024',
      kind: PlanKind.ANNUAL_PLAN,
      startYear: 2024,
      endYear: 2024,
      visionYear: null,
      parent: 'CT-CDS',
      owner: 'UBND-TP',
      issuedBy: 'KH-2024',
      status: PlanStatus.ACTIVE,
      summary:
        'Chủ đề năm 2024 của TP: “Quyết tâm thực hiện hiệu quả Chuyển đổi số và Nghị quyết số 98/2023/QH15 của Quốc hội”. 4 ưu tiên quốc gia năm 2024: dữ liệu số, quản trị số, công nghiệp công nghệ số, số hóa các ngành kinh tế. 4 nhóm chỉ tiêu (3, 8, 13, 7) và 11 nhiệm vụ trọng tâm.',
    },
  ],

  planInstruments: [
    { plan: 'KH-2024', instrument: 'CT-CDS', note: 'Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM”' },
    { plan: 'KH-2024', instrument: 'DA-DTTM', note: 'Kế hoạch triển khai Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”' },
    { plan: 'KH-2024', instrument: '98/2023/QH15', note: 'Chủ đề năm 2024: “Quyết tâm thực hiện hiệu quả Chuyển đổi số và Nghị quyết số 98/2023/QH15 của Quốc hội”' },
  ],

  indicators: [
    {
      code: 'CDS-DTI-XEP-HANG',
      name: 'Thứ hạng của TP.HCM về chỉ số chuyển đổi số cấp tỉnh',
      nameEn: 'Rank of the city in the provincial digital transformation index',
      definition: 'Vị trí của Thành phố trong xếp hạng chỉ số chuyển đổi số cấp tỉnh ("nhóm 5 địa phương dẫn đầu" = hạng ≤ 5).',
      measure: IndicatorMeasure.RANK,
      unit: 'hạng',
      direction: IndicatorDirection.LOWER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Chỉ số chuyển đổi số cấp tỉnh',
      pillar: null,
    },
    share('THANH-TOAN-DT-DON-VI', 'Tỷ lệ cơ quan, đơn vị ứng dụng thanh toán điện tử trong giải quyết TTHC và cung ứng dịch vụ', 'Agencies and public service units applying electronic payment in procedures and services', 'DIGITAL_GOVERNMENT'),
    share('CHU-KY-SO', 'Tỷ lệ đơn vị; cán bộ, công chức, viên chức sử dụng chữ ký số trong thực hiện nhiệm vụ trên môi trường điện tử, giải quyết hồ sơ, giải quyết TTHC', 'Units and civil servants using digital signatures', 'DIGITAL_GOVERNMENT'),
    share('BAO-CAO-LIEN-THONG', 'Tỷ lệ hệ thống báo cáo của TP được kết nối liên thông, chia sẻ dữ liệu với Hệ thống thông tin báo cáo quốc gia', 'City reporting systems connected to the National Reporting Information System', 'DIGITAL_GOVERNMENT'),
    share('THU-DIEN-TU-CONG-VU', 'Tỷ lệ cán bộ, công chức, viên chức sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc', 'Civil servants using the official e-mail system', 'DIGITAL_GOVERNMENT'),
    {
      // Counted in dossiers and cascaded by level: agencies report digitised / all dossiers.
      code: 'SO-HOA-HO-SO-TTHC',
      name: 'Tỷ lệ số hóa kết quả và hồ sơ giải quyết TTHC đang còn hiệu lực và có giá trị sử dụng',
      nameEn: 'Digitisation of valid administrative-procedure results and dossiers',
      definition: 'Tử số: kết quả và hồ sơ giải quyết TTHC còn hiệu lực, có giá trị sử dụng đã được số hóa; mẫu số: tổng số thuộc thẩm quyền giải quyết của cơ quan (sở, ban – ngành; cấp huyện; cấp xã).',
      measure: IndicatorMeasure.PERCENTAGE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.RATIO_OF_SUMS,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    {
      code: 'HOSO-TTHC-TRUC-TUYEN',
      name: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến',
      nameEn: 'Administrative-procedure dossiers processed online',
      definition: 'Tử số: hồ sơ TTHC được xử lý trực tuyến; mẫu số: tổng số hồ sơ TTHC.',
      measure: IndicatorMeasure.PERCENTAGE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.RATIO_OF_SUMS,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    share('KTS-TMDT-BAN-LE', 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ', 'E-commerce share of total retail sales', 'DIGITAL_ECONOMY'),
    share('KTS-DN-HOP-DONG-DT', 'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử', 'Enterprises using electronic contracts', 'DIGITAL_ECONOMY'),
    share('KTS-DNNVV-NEN-TANG-SO', 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số', 'Small and medium enterprises using digital platforms', 'DIGITAL_ECONOMY'),
    share('KTS-NHAN-LUC', 'Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động', 'Digital-economy workers as a share of the labour force', 'DIGITAL_ECONOMY'),
    share('XHS-SMARTPHONE', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh', 'Adults owning a smartphone', 'DIGITAL_SOCIETY'),
    share('ATTT-PHAN-LOAI-CAP-DO', 'Tỷ lệ hệ thống thông tin cấp độ của TP.HCM được phân loại và thực hiện bảo vệ theo cấp độ', 'Information systems classified by security level and protected accordingly', 'INFORMATION_SECURITY'),
    share('ATTT-PHUONG-AN-BAO-VE', 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt', 'Information systems fully implementing the approved protection plan', 'INFORMATION_SECURITY'),
  ],

  indicatorGroups: [
    {
      plan: 'KH-2024',
      code: 'G1',
      name: 'Chỉ tiêu theo Chủ đề công tác năm 2024 của TP',
      declaredCount: 3,
      pillar: null,
      sortOrder: 1,
      members: [
        { indicator: 'CDS-DTI-XEP-HANG', quotedText: L.top5 },
        { indicator: 'HT-CNTT-LIEN-THONG', quotedText: L.itInfra },
        { indicator: 'KTS-GRDP-SHARE', quotedText: L.kts22 },
      ],
    },
    {
      plan: 'KH-2024',
      code: 'G2',
      name: 'Chỉ tiêu về Chính quyền số',
      declaredCount: 8,
      pillar: 'DIGITAL_GOVERNMENT',
      sortOrder: 2,
      members: [
        { indicator: 'DVCTT-TOAN-TRINH-TTHC', quotedText: L.dvcttFull },
        { indicator: 'THANH-TOAN-DT-DON-VI', quotedText: L.ePayment },
        { indicator: 'VAN-BAN-DIEN-TU', quotedText: L.eDocs },
        { indicator: 'CHU-KY-SO', quotedText: L.eSign },
        { indicator: 'BAO-CAO-LIEN-THONG', quotedText: L.reports },
        { indicator: 'THU-DIEN-TU-CONG-VU', quotedText: L.eMail },
        { indicator: 'SO-HOA-HO-SO-TTHC', quotedText: L.digitise },
        { indicator: 'HOSO-TTHC-TRUC-TUYEN', quotedText: L.online60 },
      ],
    },
    {
      // Spans two pillars (digital economy and digital society): no single pillar.
      plan: 'KH-2024',
      code: 'G3',
      name: 'Chỉ tiêu về Kinh tế số và xã hội số',
      declaredCount: 13,
      pillar: null,
      sortOrder: 3,
      members: [
        { indicator: 'KTS-GRDP-SHARE', quotedText: L.kts25 },
        { indicator: 'KTS-TMDT-BAN-LE', quotedText: L.ecom },
        { indicator: 'KTS-DN-HOP-DONG-DT', quotedText: L.eContract },
        { indicator: 'KTS-DNNVV-NEN-TANG-SO', quotedText: L.smePlatform },
        { indicator: 'KTS-NHAN-LUC', quotedText: L.workforce },
        { indicator: 'XHS-SMARTPHONE', quotedText: L.smartphone },
      ],
    },
    {
      plan: 'KH-2024',
      code: 'G4',
      name: 'Chỉ tiêu về An toàn anh ninh thông tin',
      declaredCount: 7,
      pillar: 'INFORMATION_SECURITY',
      sortOrder: 4,
      members: [
        { indicator: 'ATTT-PHAN-LOAI-CAP-DO', quotedText: L.isClassified },
        { indicator: 'ATTT-PHUONG-AN-BAO-VE', quotedText: L.isProtected },
      ],
    },
  ],

  targets: [
    // Group 1 — theme of 2024
    { key: 'seed:target:CDS-DTI-XEP-HANG:KH-2024:2024', indicator: 'CDS-DTI-XEP-HANG', plan: 'KH-2024', periodYear: Y, value: 5, comparator: Comparator.AT_MOST, quotedText: L.top5, note: '"thuộc nhóm 5 địa phương dẫn đầu" = hạng ≤ 5.' },
    { key: 'seed:target:HT-CNTT-LIEN-THONG:KH-2024:2024', indicator: 'HT-CNTT-LIEN-THONG', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.itInfra },
    { key: 'seed:target:KTS-GRDP-SHARE:KH-2024:2024:G1', indicator: 'KTS-GRDP-SHARE', plan: 'KH-2024', periodYear: Y, value: 22, comparator: Comparator.AT_LEAST, quotedText: L.kts22, note: 'Nhóm 1 (Chủ đề năm 2024). Cùng kế hoạch, nhóm 3 ghi 25%.' },
    // Group 2 — digital government
    { key: 'seed:target:DVCTT-TOAN-TRINH-TTHC:KH-2024:2024', indicator: 'DVCTT-TOAN-TRINH-TTHC', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.dvcttFull },
    { key: 'seed:target:THANH-TOAN-DT-DON-VI:KH-2024:2024', indicator: 'THANH-TOAN-DT-DON-VI', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.ePayment, note: 'Sở, ban - ngành, UBND thành phố Thủ Đức, quận, huyện, UBND phường, xã, thị trấn: thanh toán điện tử trong giải quyết TTHC.' },
    { key: 'seed:target:THANH-TOAN-DT-DON-VI:KH-2024:2024:DVSN-GD-YT', indicator: 'THANH-TOAN-DT-DON-VI', plan: 'KH-2024', periodYear: Y, agency: 'DVSN-GD-YT', value: 100, comparator: Comparator.AT_LEAST, quotedText: L.ePayment, note: 'Đơn vị sự nghiệp công lập về lĩnh vực giáo dục, y tế: thanh toán điện tử trong cung ứng dịch vụ.' },
    { key: 'seed:target:VAN-BAN-DIEN-TU:KH-2024:2024', indicator: 'VAN-BAN-DIEN-TU', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.eDocs },
    { key: 'seed:target:CHU-KY-SO:KH-2024:2024', indicator: 'CHU-KY-SO', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.eSign },
    { key: 'seed:target:BAO-CAO-LIEN-THONG:KH-2024:2024', indicator: 'BAO-CAO-LIEN-THONG', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.reports },
    { key: 'seed:target:THU-DIEN-TU-CONG-VU:KH-2024:2024', indicator: 'THU-DIEN-TU-CONG-VU', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.eMail },
    { key: 'seed:target:SO-HOA-HO-SO-TTHC:KH-2024:2024:DEPARTMENT', indicator: 'SO-HOA-HO-SO-TTHC', plan: 'KH-2024', periodYear: Y, agencyLevel: AgencyLevel.DEPARTMENT, value: 70, comparator: Comparator.AT_LEAST, quotedText: L.digitise, note: 'Các sở, ban – ngành TP.' },
    { key: 'seed:target:SO-HOA-HO-SO-TTHC:KH-2024:2024:DISTRICT', indicator: 'SO-HOA-HO-SO-TTHC', plan: 'KH-2024', periodYear: Y, agencyLevel: AgencyLevel.DISTRICT, value: 60, comparator: Comparator.AT_LEAST, quotedText: L.digitise, note: 'Cấp huyện.' },
    { key: 'seed:target:SO-HOA-HO-SO-TTHC:KH-2024:2024:COMMUNE', indicator: 'SO-HOA-HO-SO-TTHC', plan: 'KH-2024', periodYear: Y, agencyLevel: AgencyLevel.COMMUNE, value: 55, comparator: Comparator.AT_LEAST, quotedText: L.digitise, note: 'Cấp xã.' },
    { key: 'seed:target:HOSO-TTHC-TRUC-TUYEN:KH-2024:2024', indicator: 'HOSO-TTHC-TRUC-TUYEN', plan: 'KH-2024', periodYear: Y, value: 60, comparator: Comparator.AT_LEAST, quotedText: L.online60 },
    // Group 3 — digital economy and digital society
    { key: 'seed:target:KTS-GRDP-SHARE:KH-2024:2024:G3', indicator: 'KTS-GRDP-SHARE', plan: 'KH-2024', periodYear: Y, value: 25, comparator: Comparator.AT_LEAST, quotedText: L.kts25, note: 'Nhóm 3 (Kinh tế số và xã hội số). Cùng kế hoạch, nhóm 1 ghi 22%.' },
    { key: 'seed:target:KTS-TMDT-BAN-LE:KH-2024:2024', indicator: 'KTS-TMDT-BAN-LE', plan: 'KH-2024', periodYear: Y, value: 10, comparator: Comparator.MORE_THAN, quotedText: L.ecom },
    { key: 'seed:target:KTS-DN-HOP-DONG-DT:KH-2024:2024', indicator: 'KTS-DN-HOP-DONG-DT', plan: 'KH-2024', periodYear: Y, value: 80, comparator: Comparator.MORE_THAN, quotedText: L.eContract },
    { key: 'seed:target:KTS-DNNVV-NEN-TANG-SO:KH-2024:2024', indicator: 'KTS-DNNVV-NEN-TANG-SO', plan: 'KH-2024', periodYear: Y, value: 50, comparator: Comparator.MORE_THAN, quotedText: L.smePlatform },
    { key: 'seed:target:KTS-NHAN-LUC:KH-2024:2024', indicator: 'KTS-NHAN-LUC', plan: 'KH-2024', periodYear: Y, value: 2, comparator: Comparator.MORE_THAN, quotedText: L.workforce },
    { key: 'seed:target:XHS-SMARTPHONE:KH-2024:2024', indicator: 'XHS-SMARTPHONE', plan: 'KH-2024', periodYear: Y, value: 85, comparator: Comparator.AT_LEAST, quotedText: L.smartphone },
    // Group 4 — information security
    { key: 'seed:target:ATTT-PHAN-LOAI-CAP-DO:KH-2024:2024', indicator: 'ATTT-PHAN-LOAI-CAP-DO', plan: 'KH-2024', periodYear: Y, value: 100, comparator: Comparator.AT_LEAST, quotedText: L.isClassified },
    { key: 'seed:target:ATTT-PHUONG-AN-BAO-VE:KH-2024:2024', indicator: 'ATTT-PHUONG-AN-BAO-VE', plan: 'KH-2024', periodYear: Y, value: 90, comparator: Comparator.AT_LEAST, quotedText: L.isProtected },
  ],

  tasks: [
    { code: 'KH2024-NV01', title: 'Nhận thức số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'AWARENESS', dueDate: DUE_2024, sortOrder: 1, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV02', title: 'Thể chế số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'INSTITUTIONS', dueDate: DUE_2024, sortOrder: 2, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV03', title: 'Hạ tầng số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'INFRASTRUCTURE', dueDate: DUE_2024, sortOrder: 3, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV04', title: 'Dữ liệu số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'DATA', dueDate: DUE_2024, sortOrder: 4, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV05', title: 'Nền tảng số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'PLATFORMS', dueDate: DUE_2024, sortOrder: 5, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV06', title: 'Nhân lực số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'HUMAN_RESOURCES', dueDate: DUE_2024, sortOrder: 6, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV07', title: 'An toàn thông tin mạng', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'INFORMATION_SECURITY', dueDate: DUE_2024, sortOrder: 7, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV08', title: 'Chính quyền số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'DIGITAL_GOVERNMENT', dueDate: DUE_2024, sortOrder: 8, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV09', title: 'Kinh tế số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'DIGITAL_ECONOMY', dueDate: DUE_2024, sortOrder: 9, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV10', title: 'Xã hội số', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'DIGITAL_SOCIETY', dueDate: DUE_2024, sortOrder: 10, sourceClause: KEY_TASKS },
    { code: 'KH2024-NV11', title: 'Các trụ cột của Đề án Đô thị thông minh', plan: 'KH-2024', instrument: 'KH-2024', pillar: 'SMART_CITY', dueDate: DUE_2024, sortOrder: 11, sourceClause: KEY_TASKS },
  ],

  taskIndicators: [
    { task: 'KH2024-NV03', indicator: 'HT-CNTT-LIEN-THONG' },
    { task: 'KH2024-NV07', indicator: 'ATTT-PHAN-LOAI-CAP-DO' },
    { task: 'KH2024-NV07', indicator: 'ATTT-PHUONG-AN-BAO-VE' },
    { task: 'KH2024-NV08', indicator: 'DVCTT-TOAN-TRINH-TTHC' },
    { task: 'KH2024-NV08', indicator: 'THANH-TOAN-DT-DON-VI' },
    { task: 'KH2024-NV08', indicator: 'VAN-BAN-DIEN-TU' },
    { task: 'KH2024-NV08', indicator: 'CHU-KY-SO' },
    { task: 'KH2024-NV08', indicator: 'BAO-CAO-LIEN-THONG' },
    { task: 'KH2024-NV08', indicator: 'THU-DIEN-TU-CONG-VU' },
    { task: 'KH2024-NV08', indicator: 'SO-HOA-HO-SO-TTHC' },
    { task: 'KH2024-NV08', indicator: 'HOSO-TTHC-TRUC-TUYEN' },
    { task: 'KH2024-NV09', indicator: 'KTS-GRDP-SHARE' },
    { task: 'KH2024-NV09', indicator: 'KTS-TMDT-BAN-LE' },
    { task: 'KH2024-NV09', indicator: 'KTS-DN-HOP-DONG-DT' },
    { task: 'KH2024-NV09', indicator: 'KTS-DNNVV-NEN-TANG-SO' },
    { task: 'KH2024-NV09', indicator: 'KTS-NHAN-LUC' },
    { task: 'KH2024-NV10', indicator: 'XHS-SMARTPHONE' },
  ],

  assignments: [
    { subject: { plan: 'KH-2024' }, agency: 'UBND-TP', role: AssignmentRole.LEAD, note: 'UBND TP.HCM ban hành kế hoạch.', quotedText: ISSUED },
  ],
};
