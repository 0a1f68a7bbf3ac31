/**
 * Document 002 — "Đến năm 2030, kinh tế số chiếm 40% GRDP của TPHCM"
 * (002_8c5909811f5e0729.txt): the city's goals to 2030, results to the end of 2020 and the
 * smart-city project's applications.
 *
 * Contributes: the plan MT-2030 (the 2030 goals, under the programme); the 2030 targets
 * (top-2 in digital government as a RANK target AT_MOST 2; 40% of GRDP; labour productivity
 * growth at least 9% a year; 100% level-4 online services on several devices; 100% / 100% /
 * 95% of work records processed online at city / district / ward level, cascaded with
 * agencyLevel); the 2020 figures ("gần 1.300" → ABOUT, "hơn 40%" and "hơn 99%" → MORE_THAN);
 * the applications built by Sở GTVT and the city drainage company (done, with their lead
 * agency) and the health sector's two projects (under way).
 *
 * Judgement calls:
 * - The 2030 goals are "Dự kiến" (expected) city goals of the digital-transformation programme
 *   (digital government, digital economy); seeded as plan MT-2030 (2021–2030, after the end-2020
 *   results it starts from) under CT-CDS. No instrument is named for them.
 * - "năng suất lao động hằng năm tăng tối thiểu 9%" is a yearly requirement; seeded as one
 *   target for the horizon 2030 with a note, not as ten yearly rows.
 * - "Tính đến cuối năm 2020" dates the first two 2020 figures (periodDate 2020-12-31); the
 *   on-time rate in the next sentence is read as the same year. The text names no source
 *   agency or report for them.
 * - "Hiện có 5 ứng dụng được người dân thường xuyên sử dụng" is not seeded as a measurement:
 *   the article gives no year for "hiện" (now) and only names two of the five apps; the two
 *   named apps are seeded as tasks.
 * - The health sector ("ngành y tế") is not a named agency; its projects carry no assignment.
 */
import { AssignmentRole } from '../../../modules/assignment/assignment.entity';
import {
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorMeasure,
  ProgressMethod,
  ReportingFrequency,
} from '../../../modules/indicator/indicator.entity';
import { PlanKind, PlanStatus } from '../../../modules/plan/plan.entity';
import { AgencyLevel, Comparator } from '../../../modules/target/target.entity';
import { TaskStatus } from '../../../modules/task/task.entity';
import type { DocumentContribution } from './types';

const GOALS_2030 =
  'Dự kiến, đến năm 2030, TP.HCM sẽ thuộc nhóm 2 địa phương dẫn đầu về chính quyền số, kinh tế số chiếm 40% GRDP, năng suất lao động hằng năm tăng tối thiểu 9%.';
const RESULTS_2020 =
  'Tính đến cuối năm 2020, TPHCM đã triển khai gần 1.300 dịch vụ công trực tuyến mức độ 3 và 4, chiếm hơn 40% tổng số dịch vụ công được cung cấp.';
const WORK_RECORDS =
  'Ngoài ra, 100% hồ sơ công việc ở cấp thành phố, 100% hồ sơ công việc ở cấp quận và 95% hồ sơ công việc ở cấp phường được xử lý trên môi trường mạng.';
const APP_TRAFFIC =
  'Ứng dụng tránh kẹt xe, được phát triển bởi Sở GTVT, với các mục chính: Bản đồ, Cảnh báo, Camera, Phản ánh...';
const APP_FLOOD =
  'Ứng dụng tránh đường ngập nước UDI Maps được xây dựng và phát triển bởi Công ty TNHH MTV Thoát nước đô thị TPHCM cung cấp cho người dùng các thông tin về những khu vực đang “tụ nước” trong Thành phố.';

export const doc002: DocumentContribution = {
  source: 'SRC-002-MT2030',

  plans: [
    {
      code: 'MT-2030',
      title: 'Mục tiêu chuyển đổi số của TP.HCM đến năm 2030',
      kind: PlanKind.STRATEGY,
      startYear: 2021,
      endYear: 2030,
      visionYear: null,
      parent: 'CT-CDS',
      owner: 'UBND-TP',
      issuedBy: null,
      status: PlanStatus.ACTIVE,
      summary:
        'Dự kiến đến năm 2030: TP.HCM thuộc nhóm 2 địa phương dẫn đầu về chính quyền số; kinh tế số chiếm 40% GRDP; năng suất lao động hằng năm tăng tối thiểu 9%; 100% DVCTT mức độ 4 trên nhiều phương tiện; 100%/100%/95% hồ sơ công việc cấp thành phố/quận/phường xử lý trên môi trường mạng.',
    },
  ],

  indicators: [
    {
      code: 'CQS-XEP-HANG',
      name: 'Thứ hạng của TP.HCM trong các địa phương về chính quyền số',
      nameEn: 'Rank of the city among provinces in digital government',
      definition: 'Vị trí của Thành phố trong xếp hạng các địa phương về chính quyền số ("nhóm 2 địa phương dẫn đầu" = hạng ≤ 2).',
      measure: IndicatorMeasure.RANK,
      unit: 'hạng',
      direction: IndicatorDirection.LOWER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Xếp hạng chính quyền số các địa phương',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    {
      code: 'NSLD-TANG-TRUONG',
      name: 'Tốc độ tăng năng suất lao động hằng năm',
      nameEn: 'Annual labour productivity growth',
      definition: 'Tốc độ tăng năng suất lao động so với năm trước, %/năm.',
      measure: IndicatorMeasure.SHARE,
      unit: '%/năm',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Thống kê TP.HCM',
      pillar: 'DIGITAL_ECONOMY',
    },
    {
      code: 'DVCTT-MUC-3-4-SO-LUONG',
      name: 'Số dịch vụ công trực tuyến mức độ 3 và 4 đã triển khai',
      nameEn: 'Level-3 and level-4 online public services deployed',
      definition: null,
      measure: IndicatorMeasure.COUNT,
      unit: 'dịch vụ',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.SUM,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Cổng dịch vụ công trực tuyến của Thành phố',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    {
      code: 'DVCTT-MUC-3-4-TY-LE',
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 3 và 4 trong tổng số dịch vụ công được cung cấp',
      nameEn: 'Level-3 and level-4 online services as a share of all public services provided',
      definition: 'Báo cáo như một tỉ lệ (không có mẫu số).',
      measure: IndicatorMeasure.SHARE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Cổng dịch vụ công trực tuyến của Thành phố',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    {
      code: 'HOSO-DUNG-HAN',
      name: 'Tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hẹn',
      nameEn: 'Administrative dossiers resolved on time',
      definition: 'Báo cáo như một tỉ lệ (không có tử số, mẫu số).',
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
      code: 'DVCTT-MUC-4-DA-PHUONG-TIEN',
      name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, gồm cả thiết bị di động',
      nameEn: 'Level-4 online public services available on several access channels, including mobile devices',
      definition: null,
      measure: IndicatorMeasure.SHARE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Cổng dịch vụ công trực tuyến của Thành phố',
      pillar: 'DIGITAL_GOVERNMENT',
    },
    {
      // Cascaded by level and counted in records: agencies report records handled online /
      // all records, so the city figure is Σ numerator ÷ Σ denominator.
      code: 'HSCV-XU-LY-TREN-MANG',
      name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
      nameEn: 'Work records processed online',
      definition: 'Tử số: hồ sơ công việc được xử lý trên môi trường mạng; mẫu số: tổng số hồ sơ công việc của cơ quan (cấp thành phố, cấp quận, cấp phường).',
      measure: IndicatorMeasure.PERCENTAGE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.RATIO_OF_SUMS,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Hệ thống quản lý văn bản và điều hành',
      pillar: 'DIGITAL_GOVERNMENT',
    },
  ],

  targets: [
    {
      key: 'seed:target:CQS-XEP-HANG:MT-2030:2030',
      indicator: 'CQS-XEP-HANG',
      plan: 'MT-2030',
      periodYear: 2030,
      value: 2,
      comparator: Comparator.AT_MOST,
      quotedText: GOALS_2030,
      note: '"thuộc nhóm 2 địa phương dẫn đầu về chính quyền số" = hạng ≤ 2.',
    },
    {
      key: 'seed:target:KTS-GRDP-SHARE:MT-2030:2030',
      indicator: 'KTS-GRDP-SHARE',
      plan: 'MT-2030',
      periodYear: 2030,
      value: 40,
      comparator: Comparator.AT_LEAST,
      quotedText: GOALS_2030,
    },
    {
      key: 'seed:target:NSLD-TANG-TRUONG:MT-2030:2030',
      indicator: 'NSLD-TANG-TRUONG',
      plan: 'MT-2030',
      periodYear: 2030,
      value: 9,
      comparator: Comparator.AT_LEAST,
      quotedText: GOALS_2030,
      note: 'Yêu cầu hằng năm ("hằng năm tăng tối thiểu 9%") đến năm 2030.',
    },
    {
      key: 'seed:target:DVCTT-MUC-4-DA-PHUONG-TIEN:MT-2030:2030',
      indicator: 'DVCTT-MUC-4-DA-PHUONG-TIEN',
      plan: 'MT-2030',
      periodYear: 2030,
      value: 100,
      comparator: Comparator.AT_LEAST,
      quotedText:
        'Đến năm 2030, TPHCM đặt mục tiêu 100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, gồm cả thiết bị di động.',
    },
    {
      key: 'seed:target:HSCV-XU-LY-TREN-MANG:MT-2030:2030:CITY',
      indicator: 'HSCV-XU-LY-TREN-MANG',
      plan: 'MT-2030',
      periodYear: 2030,
      agencyLevel: AgencyLevel.CITY,
      value: 100,
      comparator: Comparator.AT_LEAST,
      quotedText: WORK_RECORDS,
      note: 'Cấp thành phố.',
    },
    {
      key: 'seed:target:HSCV-XU-LY-TREN-MANG:MT-2030:2030:DISTRICT',
      indicator: 'HSCV-XU-LY-TREN-MANG',
      plan: 'MT-2030',
      periodYear: 2030,
      agencyLevel: AgencyLevel.DISTRICT,
      value: 100,
      comparator: Comparator.AT_LEAST,
      quotedText: WORK_RECORDS,
      note: 'Cấp quận.',
    },
    {
      key: 'seed:target:HSCV-XU-LY-TREN-MANG:MT-2030:2030:COMMUNE',
      indicator: 'HSCV-XU-LY-TREN-MANG',
      plan: 'MT-2030',
      periodYear: 2030,
      agencyLevel: AgencyLevel.COMMUNE,
      value: 95,
      comparator: Comparator.AT_LEAST,
      quotedText: WORK_RECORDS,
      note: 'Cấp phường.',
    },
  ],

  measurements: [
    {
      key: 'seed:measurement:DVCTT-MUC-3-4-SO-LUONG:2020:SRC-002',
      indicator: 'DVCTT-MUC-3-4-SO-LUONG',
      periodYear: 2020,
      periodDate: '2020-12-31',
      reportedValue: 1300,
      reportedText: 'gần 1.300',
      qualifier: Comparator.ABOUT,
      isEstimate: false,
      quotedText: RESULTS_2020,
    },
    {
      key: 'seed:measurement:DVCTT-MUC-3-4-TY-LE:2020:SRC-002',
      indicator: 'DVCTT-MUC-3-4-TY-LE',
      periodYear: 2020,
      periodDate: '2020-12-31',
      reportedValue: 40,
      reportedText: 'hơn 40%',
      qualifier: Comparator.MORE_THAN,
      isEstimate: false,
      quotedText: RESULTS_2020,
    },
    {
      key: 'seed:measurement:HOSO-DUNG-HAN:2020:SRC-002',
      indicator: 'HOSO-DUNG-HAN',
      periodYear: 2020,
      reportedValue: 99,
      reportedText: 'hơn 99%',
      qualifier: Comparator.MORE_THAN,
      isEstimate: false,
      quotedText: 'Ứng dụng công nghệ 4.0 vào giải quyết thủ tục hành chính, tỷ lệ giải quyết hồ sơ đúng hẹn hơn 99%.',
    },
  ],

  tasks: [
    {
      code: 'DTTM-NV01',
      title: 'Ứng dụng tránh kẹt xe (Bản đồ, Cảnh báo, Camera, Phản ánh)',
      plan: 'DA-DTTM',
      instrument: null,
      pillar: 'SMART_CITY',
      status: TaskStatus.DONE,
      progress: 100,
      sortOrder: 1,
      sourceClause: APP_TRAFFIC,
    },
    {
      code: 'DTTM-NV02',
      title: 'Ứng dụng tránh đường ngập nước UDI Maps',
      plan: 'DA-DTTM',
      instrument: null,
      pillar: 'SMART_CITY',
      status: TaskStatus.DONE,
      progress: 100,
      sortOrder: 2,
      sourceClause: APP_FLOOD,
    },
    {
      code: 'DTTM-NV03',
      title: 'Dự án dữ liệu hồ sơ sức khỏe của người dân (ngành y tế)',
      plan: 'DA-DTTM',
      instrument: null,
      pillar: 'DIGITAL_SOCIETY',
      status: TaskStatus.IN_PROGRESS,
      sortOrder: 3,
      sourceClause:
        'Ví dụ như ngành y tế đang triển khai hai dự án lớn, trong đó có dự án dữ liệu hồ sơ sức khỏe của người dân, trên cơ sở đó ngành chức năng đưa ra những dự báo liên quan đến sức khỏe sinh sản, các vấn đề giới tính...',
    },
    {
      code: 'DTTM-NV04',
      title: 'Hồ sơ khám bệnh điện tử liên thông trong hệ thống các bệnh viện (ngành y tế)',
      plan: 'DA-DTTM',
      instrument: null,
      pillar: 'DIGITAL_SOCIETY',
      status: TaskStatus.IN_PROGRESS,
      sortOrder: 4,
      sourceClause: 'Bên cạnh đó là hồ sơ khám bệnh điện tử liên thông trong hệ thống các bệnh viện.',
    },
  ],

  taskIndicators: [
    { task: 'DTTM-NV03', indicator: 'XHS-HO-SO-SUC-KHOE-DT' },
  ],

  assignments: [
    { subject: { task: 'DTTM-NV01' }, agency: 'SO-GTVT', role: AssignmentRole.LEAD, note: 'Được phát triển bởi Sở GTVT.', quotedText: APP_TRAFFIC },
    { subject: { task: 'DTTM-NV02' }, agency: 'THOAT-NUOC-DO-THI', role: AssignmentRole.LEAD, note: 'Được xây dựng và phát triển bởi Công ty TNHH MTV Thoát nước đô thị TPHCM.', quotedText: APP_FLOOD },
  ],
};
