/**
 * Document 000 — "Nền tảng để Tp.HCM tăng trưởng kinh tế số năm 2025"
 * (000_18780a95d834898d.txt): the report UBND TP issued on 18/2/2025 on the 2024 results of
 * digital transformation and the smart city, and the direction and tasks for 2025.
 *
 * Contributes: the report (instrument BC-2025); the plan PH-2025 (the 2025 direction, issued
 * by the report); the 2024 figures the report publishes; the Ministry of Information and
 * Communications' series of the digital economy's share of GRDP (2021–2024, all estimates:
 * "ước lượng"); the 2025 target of 25%; the 2025 tasks.
 *
 * Judgement calls:
 * - The report is dated "Ngày 18/2"; the year (2025) follows from "năm 2024 và phương hướng,
 *   nhiệm vụ năm 2025". It has no number in the text.
 * - "ước lượng tỉ trọng … trong năm 2021 là 15,38%, năm 2022 là 18,66%, năm 2023 là 21,5%, năm
 *   2024 ước đạt 22%" — "ước lượng" (estimated) governs the whole sentence, so all four figures
 *   are estimates, produced by Bộ TT&TT and published in the report.
 * - The three dossier/procedure ratios are seeded with their parts and the percentage exactly
 *   as printed; two of them do not agree with their parts (954.824/1.211.908 = 78,79%, quoted
 *   80,4%; 878/1.011 = 86,84%, quoted 88,4%) — the server flags that, the seed does not fix it.
 * - Line 2 and line 14 ("không chỉ đạt chỉ tiêu đã đặt ra là 25% GRDP vào năm 2025") restate
 *   an existing target without saying which plan set it; the 2025 target is seeded once for
 *   this document, from line 13 ("Năm 2025, Tp.HCM phấn đấu … đạt 25%").
 * - Tasks are the 2025 direction (due 2025-12-31). Where one sentence holds several tasks, each
 *   task quotes its own clause of the sentence, verbatim.
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
import type { DocumentContribution } from './types';

const REPORT_SENTENCE =
  'Ngày 18/2, UBND Tp.HCM vừa ban hành Báo cáo về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025 của Tp.HCM.';
const MIC_SERIES =
  'Theo đánh giá của Bộ Thông tin và Truyền thông, ước lượng tỉ trọng đóng góp của kinh tế số cho Tổng sản phẩm trên địa bàn (GRDP) của Tp.HCM trong năm 2021 là 15,38%, năm 2022 là 18,66%, năm 2023 là 21,5%, năm 2024 ước đạt 22%.';
const PLATFORMS_SENTENCE =
  'Tp.HCM kiên trì xây dựng dữ liệu số trong cơ quan nhà nước, từ đó mở rộng cho doanh nghiệp khai thác, tạo ra giá trị tăng thêm; đẩy nhanh 8 nền tảng số chuyên ngành còn lại để hoàn thành đưa nền hành chính Thành phố lên nền tảng số trong năm 2025.';
const DUE_2025 = '2025-12-31';

export const doc000: DocumentContribution = {
  source: 'SRC-000-BC2025',

  instruments: [
    {
      ref: 'BC-2025',
      number: null,
      kind: InstrumentKind.REPORT,
      title: 'Báo cáo về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025 của Tp.HCM',
      issuer: 'UBND-TP',
      issuedOn: '2025-02-18',
      issuedYear: 2025,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Kết quả chuyển đổi số và đô thị thông minh năm 2024 (hạ tầng, DVCTT, văn bản điện tử, thanh toán trực tuyến, kinh tế số) và phương hướng, nhiệm vụ năm 2025.',
      quotedReference: REPORT_SENTENCE,
    },
  ],

  instrumentLinks: [
    { from: 'BC-2025', to: 'CL-QTDL', kind: InstrumentLinkKind.CITES, note: 'Thành phố sẽ tiếp tục triển khai Chiến lược quản trị dữ liệu Thành phố' },
  ],

  plans: [
    {
      code: 'PH-2025',
      title: 'Phương hướng, nhiệm vụ chuyển đổi số và đô thị thông minh năm 2025 của Tp.HCM',
      kind: PlanKind.ANNUAL_PLAN,
      startYear: 2025,
      endYear: 2025,
      visionYear: null,
      parent: 'CT-CDS',
      owner: 'UBND-TP',
      issuedBy: 'BC-2025',
      status: PlanStatus.ACTIVE,
      summary:
        'Năm 2025: kinh tế số đạt 25% GRDP và trở thành động lực tăng trưởng mới; hoàn thành 8 nền tảng số chuyên ngành còn lại để đưa nền hành chính lên nền tảng số; thể chế số, hạ tầng số, quản trị dữ liệu, dữ liệu mở, an toàn thông tin, Cổng Dịch vụ công, Ứng dụng công dân số, hỗ trợ doanh nghiệp nhỏ và vừa, Đề án Khu công nghệ thông tin tập trung.',
    },
  ],

  planInstruments: [
    { plan: 'PH-2025', instrument: 'CL-QTDL', note: 'Thành phố sẽ tiếp tục triển khai Chiến lược quản trị dữ liệu Thành phố' },
  ],

  indicators: [
    {
      code: 'HT-CNTT-LIEN-THONG',
      name: 'Tỉ lệ hạ tầng CNTT được rà soát, nâng cấp, đảm bảo liên thông kết nối từ Thành phố đến cấp huyện và phường xã thị trấn',
      nameEn: 'IT infrastructure reviewed, upgraded and interconnected from city to district and ward level',
      definition: 'Tỉ lệ (%) hạ tầng công nghệ thông tin được rà soát, nâng cấp, bảo đảm liên thông kết nối từ cấp thành phố đến cấp huyện và cấp xã. Báo cáo như một tỉ lệ, không kèm tử số, mẫu số.',
      measure: IndicatorMeasure.SHARE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Báo cáo chuyển đổi số hằng năm của UBND TP',
      pillar: 'INFRASTRUCTURE',
    },
    {
      code: 'DVCTT-TOAN-TRINH-TTHC',
      name: 'Tỉ lệ thủ tục hành chính được phê duyệt dịch vụ công trực tuyến toàn trình được cung cấp trên Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố, kết nối Cổng Dịch vụ công quốc gia',
      nameEn: 'Administrative procedures approved as full-process online services that are provided on the city procedure system, connected to the National Public Service Portal',
      definition: 'Tỉ lệ (%) TTHC đáp ứng yêu cầu (được phê duyệt) cung cấp DVCTT toàn trình được cung cấp trên Hệ thống thông tin giải quyết TTHC của Thành phố, kết nối Cổng Dịch vụ công quốc gia.',
      measure: IndicatorMeasure.SHARE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    {
      code: 'VAN-BAN-DIEN-TU',
      name: 'Tỉ lệ các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử (trừ các văn bản có chứa bí mật nhà nước)',
      nameEn: 'Official documents exchanged between state administrative agencies electronically (excluding state secrets)',
      definition: null,
      measure: IndicatorMeasure.SHARE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Hệ thống quản lý văn bản và điều hành',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    {
      code: 'DVCTT-TOAN-TRINH-HOSO',
      name: 'Tỉ lệ hồ sơ dịch vụ công trực tuyến toàn trình',
      nameEn: 'Dossiers of full-process online public services (share handled online)',
      definition: 'Tử số: số hồ sơ DVCTT toàn trình; mẫu số: tổng số hồ sơ của các thủ tục đó (báo cáo năm 2024: "954.824/1.211.908 hồ sơ"). Giá trị = 100 × tử số ÷ mẫu số.',
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
      code: 'DVCTT-MOT-PHAN-HOSO',
      name: 'Tỉ lệ hồ sơ dịch vụ công trực tuyến một phần',
      nameEn: 'Dossiers of partial online public services (share handled online)',
      definition: 'Tử số: số hồ sơ DVCTT một phần; mẫu số: tổng số hồ sơ của các thủ tục đó (báo cáo năm 2024: "325.878/412.928 hồ sơ"). Giá trị = 100 × tử số ÷ mẫu số.',
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
      code: 'TTHC-THANH-TOAN-TRUC-TUYEN',
      name: 'Tỉ lệ thủ tục hành chính được tích hợp, triển khai thanh toán trực tuyến',
      nameEn: 'Administrative procedures integrated with online payment',
      definition: 'Tử số: số TTHC được tích hợp, triển khai thanh toán trực tuyến; mẫu số: tổng số TTHC (báo cáo năm 2024: "878/1.011 TTHC"). Giá trị = 100 × tử số ÷ mẫu số.',
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
      // The share of GRDP is a share as reported (no parts), so SHARE. Progress is judged
      // LINEAR_FROM_BASELINE in percentage points, from the 2021 baseline of the Ministry's
      // series (15,38%) — the series the city's own 2025 report uses and the only one running
      // to 2024, so baseline and later values are comparable. HIDS's 2021 figure (14,41%) is
      // kept as a second source for 2021, not as the baseline.
      code: 'KTS-GRDP-SHARE',
      name: 'Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP) của TP.HCM',
      nameEn: 'Digital economy share of the city GRDP',
      definition: 'Tỉ trọng đóng góp của kinh tế số cho Tổng sản phẩm trên địa bàn (GRDP) của Thành phố, % (ước lượng của Bộ Thông tin và Truyền thông; HIDS cũng công bố ước tính).',
      measure: IndicatorMeasure.SHARE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      baselineValue: 15.38,
      baselineYear: 2021,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Đánh giá, ước lượng của Bộ Thông tin và Truyền thông; Viện Nghiên cứu phát triển TP.HCM (HIDS)',
      pillar: 'DIGITAL_ECONOMY',
    },
    {
      code: 'NEN-TANG-SO-HANH-CHINH',
      name: 'Đưa nền hành chính Thành phố lên nền tảng số (quản lý, chỉ đạo, điều hành trên nền tảng số)',
      nameEn: 'City administration run on digital platforms (milestone)',
      definition: 'Mốc hoàn thành: 1 = nền hành chính, hoạt động chỉ đạo, điều hành của Thành phố đã được đưa lên nền tảng số; 0 = chưa.',
      measure: IndicatorMeasure.MILESTONE,
      unit: 'mốc',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ONCE,
      dataSource: 'Báo cáo chuyển đổi số hằng năm của UBND TP',
      pillar: 'PLATFORMS',
    },
  ],

  targets: [
    {
      key: 'seed:target:KTS-GRDP-SHARE:PH-2025:2025',
      indicator: 'KTS-GRDP-SHARE',
      plan: 'PH-2025',
      periodYear: 2025,
      value: 25,
      comparator: Comparator.AT_LEAST,
      quotedText: 'Năm 2025, Tp.HCM phấn đấu tỉ trọng đóng góp của kinh tế số cho Tổng sản phẩm trên địa bàn (GRDP) đạt 25%.',
    },
    {
      key: 'seed:target:NEN-TANG-SO-HANH-CHINH:PH-2025:2025',
      indicator: 'NEN-TANG-SO-HANH-CHINH',
      plan: 'PH-2025',
      periodYear: 2025,
      value: 1,
      comparator: Comparator.EXACTLY,
      quotedText: PLATFORMS_SENTENCE,
      note: 'Hoàn thành 8 nền tảng số chuyên ngành còn lại để đưa nền hành chính Thành phố lên nền tảng số trong năm 2025.',
    },
  ],

  measurements: [
    {
      key: 'seed:measurement:HT-CNTT-LIEN-THONG:2024:BC-2025',
      indicator: 'HT-CNTT-LIEN-THONG',
      periodYear: 2024,
      reportedValue: 100,
      reportedText: '100%',
      qualifier: Comparator.EXACTLY,
      isEstimate: false,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'UBND-TP',
      quotedText:
        'Về kết quả triển khai chuyển đổi số và đô thị thông minh tại Tp.HCM năm 2024, tỉ lệ hạ tầng CNTT được rà soát, nâng cấp, đảm bảo liên thông kết nối từ Thành phố đến cấp huyện và phường xã thị trấn đạt 100%.',
    },
    {
      key: 'seed:measurement:DVCTT-TOAN-TRINH-TTHC:2024:BC-2025',
      indicator: 'DVCTT-TOAN-TRINH-TTHC',
      periodYear: 2024,
      reportedValue: 100,
      reportedText: '100%',
      qualifier: Comparator.EXACTLY,
      isEstimate: false,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'UBND-TP',
      quotedText:
        'Tỉ lệ thủ tục hành chính (TTHC) được phê duyệt dịch vụ công trực tuyến (DVCTT) toàn trình được cung cấp trên Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố, kết nối Cổng Dịch vụ công quốc gia đạt 100%.',
    },
    {
      key: 'seed:measurement:VAN-BAN-DIEN-TU:2024:BC-2025',
      indicator: 'VAN-BAN-DIEN-TU',
      periodYear: 2024,
      reportedValue: 100,
      reportedText: '100%',
      qualifier: Comparator.EXACTLY,
      isEstimate: false,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'UBND-TP',
      quotedText:
        'Tỉ lệ các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử (trừ các văn bản có chứa bí mật nhà nước) đạt 100%.',
    },
    {
      key: 'seed:measurement:DVCTT-TOAN-TRINH-HOSO:2024:BC-2025',
      indicator: 'DVCTT-TOAN-TRINH-HOSO',
      periodYear: 2024,
      numerator: 954824,
      denominator: 1211908,
      reportedValue: 80.4,
      reportedText: '80,4%',
      qualifier: Comparator.EXACTLY,
      isEstimate: false,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'UBND-TP',
      quotedText: 'Tổng số hồ sơ DVCTT toàn trình là 954.824/1.211.908 hồ sơ, đạt tỉ lệ 80,4%.',
      comment: 'Tỉ lệ công bố (80,4%) khác tỉ lệ tính từ tử số/mẫu số (78,79%); giữ nguyên như văn bản.',
    },
    {
      key: 'seed:measurement:DVCTT-MOT-PHAN-HOSO:2024:BC-2025',
      indicator: 'DVCTT-MOT-PHAN-HOSO',
      periodYear: 2024,
      numerator: 325878,
      denominator: 412928,
      reportedValue: 78.91,
      reportedText: '78,91%',
      qualifier: Comparator.EXACTLY,
      isEstimate: false,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'UBND-TP',
      quotedText: 'Tổng số hồ sơ DVCTT một phần là 325.878/412.928 hồ sơ, đạt tỉ lệ 78,91%.',
    },
    {
      key: 'seed:measurement:TTHC-THANH-TOAN-TRUC-TUYEN:2024:BC-2025',
      indicator: 'TTHC-THANH-TOAN-TRUC-TUYEN',
      periodYear: 2024,
      numerator: 878,
      denominator: 1011,
      reportedValue: 88.4,
      reportedText: '88,4%',
      qualifier: Comparator.EXACTLY,
      isEstimate: false,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'UBND-TP',
      quotedText: 'Tổng số TTHC được tích hợp, triển khai thanh toán trực tuyến là 878/1.011 TTHC, đạt tỉ lệ 88,4%.',
      comment: 'Tỉ lệ công bố (88,4%) khác tỉ lệ tính từ tử số/mẫu số (86,84%); giữ nguyên như văn bản.',
    },
    {
      key: 'seed:measurement:KTS-GRDP-SHARE:2021:BO-TTTT',
      indicator: 'KTS-GRDP-SHARE',
      periodYear: 2021,
      reportedValue: 15.38,
      reportedText: '15,38%',
      qualifier: Comparator.EXACTLY,
      isEstimate: true,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'BO-TTTT',
      quotedText: MIC_SERIES,
    },
    {
      key: 'seed:measurement:KTS-GRDP-SHARE:2022:BO-TTTT',
      indicator: 'KTS-GRDP-SHARE',
      periodYear: 2022,
      reportedValue: 18.66,
      reportedText: '18,66%',
      qualifier: Comparator.EXACTLY,
      isEstimate: true,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'BO-TTTT',
      quotedText: MIC_SERIES,
    },
    {
      key: 'seed:measurement:KTS-GRDP-SHARE:2023:BO-TTTT',
      indicator: 'KTS-GRDP-SHARE',
      periodYear: 2023,
      reportedValue: 21.5,
      reportedText: '21,5%',
      qualifier: Comparator.EXACTLY,
      isEstimate: true,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'BO-TTTT',
      quotedText: MIC_SERIES,
    },
    {
      key: 'seed:measurement:KTS-GRDP-SHARE:2024:BO-TTTT',
      indicator: 'KTS-GRDP-SHARE',
      periodYear: 2024,
      reportedValue: 22,
      reportedText: '22%',
      qualifier: Comparator.EXACTLY,
      isEstimate: true,
      sourceInstrument: 'BC-2025',
      sourceAgency: 'BO-TTTT',
      quotedText: MIC_SERIES,
      comment: 'Năm 2024: "ước đạt".',
    },
  ],

  tasks: [
    {
      code: 'PH2025-NV01',
      title: 'Phát triển ngành công nghiệp công nghệ số, trọng tâm là trí tuệ nhân tạo, công nghiệp bán dẫn; hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_ECONOMY',
      dueDate: DUE_2025,
      sortOrder: 1,
      sourceClause:
        'Trong đó, phát triển ngành công nghiệp công nghệ số, trọng tâm là phát triển lĩnh vực trí tuệ nhân tạo, công nghiệp bán dẫn, hỗ trợ chuyển đổi số cho các doanh nhỏ và vừa.',
    },
    {
      code: 'PH2025-NV02',
      title: 'Xây dựng dữ liệu số trong cơ quan nhà nước, mở rộng cho doanh nghiệp khai thác, tạo ra giá trị tăng thêm',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DATA',
      dueDate: DUE_2025,
      sortOrder: 2,
      sourceClause: 'Tp.HCM kiên trì xây dựng dữ liệu số trong cơ quan nhà nước, từ đó mở rộng cho doanh nghiệp khai thác, tạo ra giá trị tăng thêm',
    },
    {
      code: 'PH2025-NV03',
      title: 'Hoàn thành 8 nền tảng số chuyên ngành còn lại, đưa nền hành chính Thành phố lên nền tảng số trong năm 2025',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'PLATFORMS',
      dueDate: DUE_2025,
      sortOrder: 3,
      sourceClause: 'đẩy nhanh 8 nền tảng số chuyên ngành còn lại để hoàn thành đưa nền hành chính Thành phố lên nền tảng số trong năm 2025',
    },
    {
      code: 'PH2025-NV04',
      title: 'Đưa hoạt động chỉ đạo, điều hành và nền hành chính lên nền tảng số; chỉ đạo, điều hành, báo cáo, đánh giá trực tuyến và dựa trên dữ liệu',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_GOVERNMENT',
      dueDate: DUE_2025,
      sortOrder: 4,
      sourceClause:
        'Đưa các hoạt động chỉ đạo, điều hành và nền hành chính của thành phố lên nền tảng số; chỉ đạo, điều hành, báo cáo, đánh giá trực tuyến và dựa trên dữ liệu.',
    },
    {
      code: 'PH2025-NV05',
      title: 'Phát triển Cổng Dịch vụ công, các dịch vụ, tiện ích số cho người dân và doanh nghiệp; hoàn thành mục tiêu định danh, cá nhân hóa, tái sử dụng dữ liệu, không ranh giới địa chính',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_GOVERNMENT',
      dueDate: DUE_2025,
      sortOrder: 5,
      sourceClause:
        'Đồng thời, tập trung phát triển Cổng Dịch vụ công, các dịch vụ, tiện ích số cho người dân, và doanh nghiệp với phương châm "người dân và doanh nghiệp là chủ thể và mục tiêu phục vụ của chuyển đổi số"; hoàn thành mục tiêu: Định danh, cá nhân hóa; Tái sử dụng dữ liệu; Không ranh giới địa chính.',
    },
    {
      code: 'PH2025-NV06',
      title: 'Hoàn thiện thể chế số, các quy định, chính sách chuyển đổi số',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'INSTITUTIONS',
      dueDate: DUE_2025,
      sortOrder: 6,
      sourceClause: 'Trong năm 2025, Tp.HCM sẽ hoàn thiện thể chế số, các quy định, chính sách chuyển đổi số.',
    },
    {
      code: 'PH2025-NV07',
      title: 'Phát triển hạ tầng số; duy trì vị thế dẫn đầu về hạ tầng tính toán, hạ tầng viễn thông, hạ tầng dữ liệu',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'INFRASTRUCTURE',
      dueDate: DUE_2025,
      sortOrder: 7,
      sourceClause:
        'Tập trung phát triển hạ tầng số thành phố, tiếp tục duy trì vị thế dẫn đầu về hạ tầng tính toán, hạ tầng viễn thông, hạ tầng dữ liệu.',
    },
    {
      code: 'PH2025-NV08',
      title: 'Tiếp tục triển khai Chiến lược quản trị dữ liệu Thành phố',
      plan: 'PH-2025',
      instrument: 'CL-QTDL',
      pillar: 'DATA',
      dueDate: DUE_2025,
      sortOrder: 8,
      sourceClause: 'Thành phố sẽ tiếp tục triển khai Chiến lược quản trị dữ liệu Thành phố',
    },
    {
      code: 'PH2025-NV09',
      title: 'Cung cấp dữ liệu mở cho người dân, doanh nghiệp',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DATA',
      dueDate: DUE_2025,
      sortOrder: 9,
      sourceClause: 'cung cấp dữ liệu mở cho người dân, doanh nghiệp',
    },
    {
      code: 'PH2025-NV10',
      title: 'Tăng cường đảm bảo an toàn thông tin',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'INFORMATION_SECURITY',
      dueDate: DUE_2025,
      sortOrder: 10,
      sourceClause: 'tăng cường đảm bảo an toàn thông tin.',
    },
    {
      code: 'PH2025-NV11',
      title: 'Phát triển, cải tiến Hệ thống thông tin giải quyết thủ tục hành chính Thành phố, nâng cao chất lượng dịch vụ công trực tuyến',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_GOVERNMENT',
      dueDate: DUE_2025,
      sortOrder: 11,
      sourceClause:
        'Ngoài ra, tiếp tục phát triển, cải tiến Hệ thống thông tin giải quyết thủ tục hành chính Thành phố, nâng cao chất lượng dịch vụ công trực tuyến cho người dân.',
    },
    {
      code: 'PH2025-NV12',
      title: 'Rà soát, cập nhật, nâng cấp, hoàn thiện các dịch vụ, tính năng, tiện ích của Ứng dụng công dân số',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_SOCIETY',
      dueDate: DUE_2025,
      sortOrder: 12,
      sourceClause:
        'Thường xuyên rà soát, cập nhật, nâng cấp, hoàn thiện các dịch vụ, tính năng, tiện ích của Ứng dụng công dân số, đem lại nhiều lợi ích nhất cho người dân.',
    },
    {
      code: 'PH2025-NV13',
      title: 'Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận công nghệ số, chuyển đổi số trong quản lý, sản xuất kinh doanh',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_ECONOMY',
      dueDate: DUE_2025,
      sortOrder: 13,
      sourceClause: 'Bên cạnh đó, hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận công nghệ số, chuyển đổi số trong quản lý, sản xuất kinh doanh',
    },
    {
      code: 'PH2025-NV14',
      title: 'Phát triển các mô hình kinh doanh mới dựa trên nền tảng số',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_ECONOMY',
      dueDate: DUE_2025,
      sortOrder: 14,
      sourceClause: 'Phát triển các mô hình kinh doanh mới dựa trên nền tảng số',
    },
    {
      code: 'PH2025-NV15',
      title: 'Ứng dụng công nghệ số vào mọi lĩnh vực kinh tế - xã hội, nâng cao năng suất lao động, hiệu quả sản xuất kinh doanh và chất lượng cuộc sống',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_ECONOMY',
      dueDate: DUE_2025,
      sortOrder: 15,
      sourceClause: 'Ứng dụng công nghệ số vào mọi lĩnh vực kinh tế - xã hội, nâng cao năng suất lao động, hiệu quả sản xuất kinh doanh và chất lượng cuộc sống.',
    },
    {
      code: 'PH2025-NV16',
      title: 'Hoàn thành và triển khai Đề án phát triển các Khu công nghệ thông tin tập trung của Tp.HCM',
      plan: 'PH-2025',
      instrument: 'BC-2025',
      pillar: 'DIGITAL_ECONOMY',
      dueDate: DUE_2025,
      sortOrder: 16,
      sourceClause: 'Đồng thời, hoàn thành và triển khai Đề án phát triển các Khu công nghệ thông tin tập trung của Tp.HCM.',
    },
  ],

  taskIndicators: [
    // Stated by the text: the industry is how the 25% share is to be reached (lines 14–15);
    // the 8 platforms are how the administration gets onto digital platforms (line 16);
    // applying digital technology raises labour productivity (line 21).
    { task: 'PH2025-NV01', indicator: 'KTS-GRDP-SHARE' },
    { task: 'PH2025-NV03', indicator: 'NEN-TANG-SO-HANH-CHINH' },
    { task: 'PH2025-NV04', indicator: 'NEN-TANG-SO-HANH-CHINH' },
    { task: 'PH2025-NV15', indicator: 'NSLD-TANG-TRUONG' },
  ],

  assignments: [
    { subject: { plan: 'PH-2025' }, agency: 'UBND-TP', role: AssignmentRole.LEAD, note: 'UBND TP ban hành Báo cáo nêu phương hướng, nhiệm vụ năm 2025.', quotedText: REPORT_SENTENCE },
  ],
};
