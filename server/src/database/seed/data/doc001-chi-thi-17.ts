/**
 * Document 001 — "Chuyển đổi số, tạo động lực tăng trưởng kinh tế" (001_3d1cae87460a8363.txt):
 * directive 17-CT/TU of the Standing Board of the City Party Committee on stepping up digital
 * transformation and building HCMC into a smart city.
 *
 * Contributes: the directive 17-CT/TU; decision 06/QĐ-TTg of 6/1/2022 and the Đề án it issued;
 * the directive's demands as tasks (instrument 17-CT/TU, no plan) with who leads, cooperates
 * and supervises; the 2025 goals it sets ("khoảng 25%" GRDP → ABOUT; "quản lý trên nền tảng
 * số vào năm 2025"); HIDS's digital-economy figures for 2021–2022; the Director of the
 * Department of Information and Communications' 100% ward coverage figure; the city's actions
 * towards the 25% goal (Fintech hub, sandbox, DXCenter).
 *
 * Judgement calls:
 * - The article and the directive are undated. The directive is "vừa ban hành" and the article
 *   gives HIDS's 2022 figure as a projection ("Dự kiến năm 2022"), so both date from 2022:
 *   issuedYear 2022 (no exact date), and the undated ward-coverage figure is read as 2022.
 * - A Target must belong to a plan; the directive is not a plan. Its 2025 goals are seeded on
 *   the programme they belong to (CT-CDS, "chương trình Chuyển đổi số", which the directive
 *   names), with a note saying the directive set them.
 * - Assignments only where a sentence names the agency and its role:
 *   · HĐND TP leads its own digital transformation, the institutions task, the supervision plan
 *     (with MTTQ and the socio-political organisations cooperating: "phối hợp với") and the
 *     supervision of the heads' role;
 *   · Ban cán sự đảng UBND TP leads the three demands of its paragraph;
 *   · UBND TP leads directing Thủ Đức and the districts to sign coordination programmes (Thủ
 *     Đức, districts and their local MTTQ/organisations cooperating) and the assessment of
 *     each locality's DX index;
 *   · Công an TP leads implementing 06/QĐ-TTg, Đảng ủy Công an TP supervises ("chỉ đạo"), Sở
 *     TT&TT cooperates ("phối hợp với Sở Thông tin và Truyền thông").
 *   The opening demand (all party committees, authorities, MTTQ and organisations together)
 *   and the unattributed paragraph (data sharing, human resources, regulations, funding for
 *   Thủ Đức) are seeded as tasks without assignments: the text names no lead.
 * - Named people: Phan Văn Mãi is named as Chủ tịch UBND TP and Lâm Đình Thắng as Giám đốc Sở
 *   TT&TT; they are recorded as responsiblePerson on their agency's assignments here.
 * - "HIDS … năm 2021 ước đạt 191.768 tỷ đồng (khoảng 8,27 tỷ USD), tương đương 14,41%": three
 *   measurements of three indicators (share, VND, USD), all estimates; "khoảng" → ABOUT for
 *   the USD figure. "Dự kiến năm 2022, tỷ lệ này ước đạt 15%" → estimate.
 * - Not seeded: "số dân sử dụng điện thoại thông minh cao nhất nước" (a ranking claim with no
 *   figure or year); the MISA photo caption.
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
import { Comparator } from '../../../modules/target/target.entity';
import { TaskStatus } from '../../../modules/task/task.entity';
import type { DocumentContribution } from './types';

const CT17 = '17-CT/TU';
const GOAL_25 =
  'Trong đó, nhiệm vụ trọng tâm là thúc đẩy phát triển kinh tế số với mục tiêu đến năm 2025, kinh tế số đóng góp khoảng 25% tổng sản phẩm nội địa (GRDP) toàn thành phố.';
const OPENING =
  'Trong Chỉ thị vừa ban hành, Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị-xã hội thành phố tập trung lãnh đạo, tổ chức thực hiện các nhiệm vụ chuyển đổi số, xây dựng chính quyền số, tạo lập, tích hợp và khai thác hiệu quả các dữ liệu để phục vụ công tác phòng, chống dịch, phục hồi phát triển kinh tế-xã hội và quản trị thành phố theo hướng hiện đại.';
const HDND =
  'Theo Chỉ thị 17, lãnh đạo Hội đồng nhân dân thành phố chủ động, sáng tạo, có giải pháp chuyển đổi số phù hợp, hiệu quả các hoạt động của Hội đồng nhân dân thành phố; quan tâm xây dựng, hoàn thiện thể chế, tạo môi trường pháp lý cho chuyển đổi số; phối hợp với Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị-xã hội thành phố xây dựng kế hoạch giám sát việc thực hiện chương trình Chuyển đổi số và Đề án xây dựng Thành phố Hồ Chí Minh trở thành đô thị thông minh; đồng thời, giám sát vai trò người đứng đầu cấp ủy, chính quyền trong công tác lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện.';
const BCSD_1 =
  'Ban cán sự đảng UBND thành phố chỉ đạo từng đơn vị, cơ quan trong toàn hệ thống đề ra chương trình hành động cụ thể thực hiện công tác chuyển đổi số và xây dựng Thành phố Hồ Chí Minh trở thành đô thị thông minh.';
const BCSD_2 =
  'Bên cạnh đó, tập trung đẩy mạnh ứng dụng công nghệ thông tin trên các lĩnh vực gắn với bảo đảm an ninh, an toàn thông tin trong xây dựng chính quyền số, kinh tế số, xã hội số; thiết kế đồng bộ, xây dựng và đưa vào vận hành hệ thống tích hợp, kết nối liên thông dữ liệu, nhất là dữ liệu dân cư, quy hoạch, giao thông vận tải, y tế, giáo dục, bảo hiểm, doanh nghiệp, đất đai, nhà ở...';
const UBND =
  'Song song đó, UBND thành phố tăng cường chỉ đạo Chủ tịch UBND thành phố Thủ Đức, Chủ tịch UBND các quận, huyện ký kết chương trình phối hợp với Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị-xã hội trên địa bàn để vận động từng hộ dân, doanh nghiệp và đơn vị sự nghiệp thực hiện ba trụ cột của chương trình chuyển đổi số là xây dựng chính quyền số, phát triển kinh tế số và xã hội số; giám sát, đánh giá và công nhận chỉ số chuyển đổi số của từng địa bàn tại thành phố.';
const CONG_AN =
  'Chỉ thị 17 cũng yêu cầu, Đảng ủy Công an thành phố chỉ đạo Công an thành phố triển khai thực hiện Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ ban hành kèm theo Đề án “Phát triển ứng dụng, dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”; phối hợp với Sở Thông tin và Truyền thông cùng các cơ quan liên quan tạo lập, tích hợp và khai thác hiệu quả các cơ sở dữ liệu, cung cấp ngày càng nhiều tiện ích nghiệp vụ ngành Công an như: Tố giác tội phạm, phòng, chống cháy nổ, an toàn giao thông, bảo vệ môi trường, khai báo tạm trú, tạm vắng và cung cấp các tiện ích cho người dân như định danh, xác thực người dân, dịch vụ ngân hàng, mua sắm, thanh toán, giáo dục, y tế, di chuyển nội địa, dịch vụ tiện ích cho nhóm đối tượng yếu thế...';
const HIDS =
  'Theo Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh (HIDS), quy mô tổng sản phẩm trên địa bàn (GRDP) kinh tế số Thành phố Hồ Chí Minh năm 2021 ước đạt 191.768 tỷ đồng (khoảng 8,27 tỷ USD), tương đương 14,41%.';
const ACTIONS =
  'Để đạt mục tiêu năm 2025 kinh tế số chiếm tỷ lệ 25% GRDP, thành phố đang tập trung hình thành trung tâm công nghệ tài chính (Fintech hub), thử nghiệm (sandbox) về chuyển đổi số và hoàn thiện Trung tâm hỗ trợ Chuyển đổi số (DXCenter).';
const PHAN_VAN_MAI = 'Phan Văn Mãi (Chủ tịch UBND thành phố)';
const LAM_DINH_THANG = 'Lâm Đình Thắng (Giám đốc Sở Thông tin và Truyền thông)';

export const doc001: DocumentContribution = {
  source: 'SRC-001-CT17',

  instruments: [
    {
      ref: CT17,
      number: '17-CT/TU',
      kind: InstrumentKind.DIRECTIVE,
      title: 'Chỉ thị về việc đẩy mạnh công tác chuyển đổi số và xây dựng Thành phố Hồ Chí Minh trở thành đô thị thông minh',
      issuer: 'BTV-THANH-UY',
      issuedOn: null,
      issuedYear: 2022,
      status: InstrumentStatus.IN_FORCE,
      summary:
        'Ban Thường vụ Thành ủy yêu cầu cấp ủy, chính quyền, MTTQ và các tổ chức chính trị-xã hội đẩy mạnh chuyển đổi số; mục tiêu kinh tế số khoảng 25% GRDP năm 2025; phân công HĐND TP, Ban cán sự đảng UBND TP, UBND TP, Đảng ủy Công an TP. Năm ban hành (2022) suy ra từ bài viết (Chỉ thị "vừa ban hành", số liệu năm 2022 còn là "dự kiến"); văn bản không nêu ngày.',
      quotedReference: 'Chỉ thị số 17-CT/TU về việc đẩy mạnh công tác chuyển đổi số và xây dựng Thành phố Hồ Chí Minh trở thành đô thị thông minh',
    },
    {
      ref: '06/QĐ-TTg',
      number: '06/QĐ-TTg',
      kind: InstrumentKind.DECISION,
      title:
        'Quyết định ban hành kèm theo Đề án “Phát triển ứng dụng, dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”',
      issuer: 'THU-TUONG',
      issuedOn: '2022-01-06',
      issuedYear: 2022,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Quyết định của Thủ tướng Chính phủ ban hành kèm theo Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử.',
      quotedReference:
        'Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ ban hành kèm theo Đề án “Phát triển ứng dụng, dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”',
    },
    {
      ref: 'DA-06',
      number: null,
      kind: InstrumentKind.PROJECT,
      title: 'Đề án “Phát triển ứng dụng, dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”',
      issuer: 'THU-TUONG',
      issuedOn: '2022-01-06',
      issuedYear: 2022,
      status: InstrumentStatus.IN_FORCE,
      summary: 'Đề án ban hành kèm theo Quyết định số 06/QĐ-TTg ngày 6/1/2022.',
      quotedReference: 'Đề án “Phát triển ứng dụng, dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”',
    },
  ],

  instrumentLinks: [
    { from: CT17, to: '06/QĐ-TTg', kind: InstrumentLinkKind.CITES, note: 'Đảng ủy Công an thành phố chỉ đạo Công an thành phố triển khai thực hiện Quyết định số 06/QĐ-TTg' },
    // No "issues/approves" link kind exists: a decision that issues a document cites it.
    { from: '06/QĐ-TTg', to: 'DA-06', kind: InstrumentLinkKind.CITES, note: 'ban hành kèm theo Đề án (issues the Đề án)' },
    { from: CT17, to: 'CT-CDS', kind: InstrumentLinkKind.CITES, note: 'xây dựng kế hoạch giám sát việc thực hiện chương trình Chuyển đổi số' },
    { from: CT17, to: 'DA-DTTM', kind: InstrumentLinkKind.CITES, note: 'Đề án xây dựng Thành phố Hồ Chí Minh trở thành đô thị thông minh' },
  ],

  indicators: [
    {
      code: 'KTS-GRDP-VND',
      name: 'Quy mô tổng sản phẩm trên địa bàn (GRDP) kinh tế số Thành phố Hồ Chí Minh (tỷ đồng)',
      nameEn: 'Digital economy GRDP of the city (billion VND)',
      definition: 'Giá trị GRDP của kinh tế số, tỷ đồng (ước tính của HIDS).',
      measure: IndicatorMeasure.MONEY,
      unit: 'tỷ đồng',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.SUM,
      progressMethod: ProgressMethod.GROWTH_RATE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Viện Nghiên cứu phát triển TP.HCM (HIDS)',
      pillar: 'DIGITAL_ECONOMY',
    },
    {
      code: 'KTS-GRDP-USD',
      name: 'Quy mô tổng sản phẩm trên địa bàn (GRDP) kinh tế số Thành phố Hồ Chí Minh (tỷ USD)',
      nameEn: 'Digital economy GRDP of the city (billion USD)',
      definition: 'Giá trị GRDP của kinh tế số quy đổi ra tỷ USD (ước tính của HIDS).',
      measure: IndicatorMeasure.MONEY,
      unit: 'tỷ USD',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.SUM,
      progressMethod: ProgressMethod.GROWTH_RATE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Viện Nghiên cứu phát triển TP.HCM (HIDS)',
      pillar: 'DIGITAL_ECONOMY',
    },
    {
      code: 'HT-BANG-RONG-PHUONG-XA',
      name: 'Tỷ lệ phường, xã, thị trấn được phủ hạ tầng cáp quang, internet băng thông rộng, hạ tầng di động 3G, 4G',
      nameEn: 'Wards, communes and townships covered by fibre, broadband and 3G/4G mobile infrastructure',
      definition: null,
      measure: IndicatorMeasure.SHARE,
      unit: '%',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LATEST,
      progressMethod: ProgressMethod.LINEAR_FROM_BASELINE,
      frequency: ReportingFrequency.ANNUAL,
      dataSource: 'Sở Thông tin và Truyền thông',
      pillar: 'INFRASTRUCTURE',
    },
  ],

  targets: [
    {
      key: 'seed:target:KTS-GRDP-SHARE:CT-CDS:2025:CT-17',
      indicator: 'KTS-GRDP-SHARE',
      plan: 'CT-CDS',
      periodYear: 2025,
      value: 25,
      comparator: Comparator.ABOUT,
      quotedText: GOAL_25,
      note: 'Mục tiêu này được Ban Thường vụ Thành ủy xác định trong Chỉ thị số 17-CT/TU.',
    },
    {
      key: 'seed:target:NEN-TANG-SO-HANH-CHINH:CT-CDS:2025:CT-17',
      indicator: 'NEN-TANG-SO-HANH-CHINH',
      plan: 'CT-CDS',
      periodYear: 2025,
      value: 1,
      comparator: Comparator.EXACTLY,
      quotedText: 'Thành phố đặt mục tiêu hướng đến quản lý trên nền tảng số vào năm 2025.',
    },
  ],

  measurements: [
    {
      key: 'seed:measurement:KTS-GRDP-SHARE:2021:HIDS',
      indicator: 'KTS-GRDP-SHARE',
      periodYear: 2021,
      reportedValue: 14.41,
      reportedText: '14,41%',
      qualifier: Comparator.EXACTLY,
      isEstimate: true,
      sourceAgency: 'HIDS',
      quotedText: HIDS,
      comment: 'HIDS: "ước đạt 191.768 tỷ đồng (khoảng 8,27 tỷ USD), tương đương 14,41%". Khác số liệu của Bộ TT&TT cho cùng năm (15,38%).',
    },
    {
      key: 'seed:measurement:KTS-GRDP-VND:2021:HIDS',
      indicator: 'KTS-GRDP-VND',
      periodYear: 2021,
      reportedValue: 191768,
      reportedText: '191.768 tỷ đồng',
      qualifier: Comparator.EXACTLY,
      isEstimate: true,
      sourceAgency: 'HIDS',
      quotedText: HIDS,
    },
    {
      key: 'seed:measurement:KTS-GRDP-USD:2021:HIDS',
      indicator: 'KTS-GRDP-USD',
      periodYear: 2021,
      reportedValue: 8.27,
      reportedText: 'khoảng 8,27 tỷ USD',
      qualifier: Comparator.ABOUT,
      isEstimate: true,
      sourceAgency: 'HIDS',
      quotedText: HIDS,
    },
    {
      key: 'seed:measurement:KTS-GRDP-SHARE:2022:HIDS',
      indicator: 'KTS-GRDP-SHARE',
      periodYear: 2022,
      reportedValue: 15,
      reportedText: '15%',
      qualifier: Comparator.EXACTLY,
      isEstimate: true,
      sourceAgency: 'HIDS',
      quotedText: 'Dự kiến năm 2022, tỷ lệ này ước đạt 15%.',
      comment: 'Dự kiến (projection) của HIDS. Khác số liệu của Bộ TT&TT cho cùng năm (18,66%).',
    },
    {
      key: 'seed:measurement:HT-BANG-RONG-PHUONG-XA:2022:SO-TTTT',
      indicator: 'HT-BANG-RONG-PHUONG-XA',
      periodYear: 2022,
      reportedValue: 100,
      reportedText: '100%',
      qualifier: Comparator.EXACTLY,
      isEstimate: false,
      sourceAgency: 'SO-TTTT',
      quotedText:
        'Giám đốc Sở Thông tin và Truyền thông Lâm Đình Thắng cho rằng: Thành phố Hồ Chí Minh có nhiều cơ hội thúc đẩy phát triển kinh tế số vì thành phố có số dân sử dụng điện thoại thông minh cao nhất nước; hạ tầng cáp quang, internet băng thông rộng, hạ tầng di động 3G, 4G phủ 100% phường, xã, thị trấn; xu hướng số hóa, làm việc, học tập từ xa ngày càng phổ biến; các ứng dụng công nghệ phục vụ đời sống phát triển nhanh chóng...',
      comment: 'Theo Giám đốc Sở TT&TT Lâm Đình Thắng. Văn bản không ghi năm; năm 2022 suy ra từ thời điểm ban hành Chỉ thị 17-CT/TU.',
    },
  ],

  tasks: [
    {
      code: 'CT17-NV01',
      title: 'Tập trung lãnh đạo, tổ chức thực hiện các nhiệm vụ chuyển đổi số, xây dựng chính quyền số, tạo lập, tích hợp và khai thác hiệu quả dữ liệu',
      description: 'Yêu cầu chung đối với các cấp ủy, tổ chức đảng, chính quyền, Ủy ban MTTQ và các tổ chức chính trị-xã hội thành phố.',
      plan: null,
      instrument: CT17,
      pillar: 'DIGITAL_GOVERNMENT',
      sortOrder: 1,
      sourceClause: OPENING,
    },
    {
      code: 'CT17-NV02',
      title: 'Chuyển đổi số các hoạt động của Hội đồng nhân dân thành phố',
      plan: null,
      instrument: CT17,
      pillar: 'DIGITAL_GOVERNMENT',
      sortOrder: 2,
      sourceClause:
        'lãnh đạo Hội đồng nhân dân thành phố chủ động, sáng tạo, có giải pháp chuyển đổi số phù hợp, hiệu quả các hoạt động của Hội đồng nhân dân thành phố',
    },
    {
      code: 'CT17-NV03',
      title: 'Xây dựng, hoàn thiện thể chế, tạo môi trường pháp lý cho chuyển đổi số',
      plan: null,
      instrument: CT17,
      pillar: 'INSTITUTIONS',
      sortOrder: 3,
      sourceClause: 'quan tâm xây dựng, hoàn thiện thể chế, tạo môi trường pháp lý cho chuyển đổi số',
    },
    {
      code: 'CT17-NV04',
      title: 'Xây dựng kế hoạch giám sát việc thực hiện chương trình Chuyển đổi số và Đề án xây dựng TP.HCM trở thành đô thị thông minh',
      plan: null,
      instrument: CT17,
      pillar: 'SMART_CITY',
      sortOrder: 4,
      sourceClause:
        'phối hợp với Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị-xã hội thành phố xây dựng kế hoạch giám sát việc thực hiện chương trình Chuyển đổi số và Đề án xây dựng Thành phố Hồ Chí Minh trở thành đô thị thông minh',
    },
    {
      code: 'CT17-NV05',
      title: 'Giám sát vai trò người đứng đầu cấp ủy, chính quyền trong lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện chuyển đổi số',
      plan: null,
      instrument: CT17,
      pillar: 'AWARENESS',
      sortOrder: 5,
      sourceClause: 'đồng thời, giám sát vai trò người đứng đầu cấp ủy, chính quyền trong công tác lãnh đạo, chỉ đạo, điều hành và tổ chức thực hiện.',
    },
    {
      code: 'CT17-NV06',
      title: 'Chỉ đạo từng đơn vị, cơ quan trong toàn hệ thống đề ra chương trình hành động cụ thể thực hiện chuyển đổi số và xây dựng đô thị thông minh',
      plan: null,
      instrument: CT17,
      pillar: 'AWARENESS',
      sortOrder: 6,
      sourceClause: BCSD_1,
    },
    {
      code: 'CT17-NV07',
      title: 'Đẩy mạnh ứng dụng công nghệ thông tin trên các lĩnh vực gắn với bảo đảm an ninh, an toàn thông tin trong xây dựng chính quyền số, kinh tế số, xã hội số',
      plan: null,
      instrument: CT17,
      pillar: 'INFORMATION_SECURITY',
      sortOrder: 7,
      sourceClause:
        'Bên cạnh đó, tập trung đẩy mạnh ứng dụng công nghệ thông tin trên các lĩnh vực gắn với bảo đảm an ninh, an toàn thông tin trong xây dựng chính quyền số, kinh tế số, xã hội số',
    },
    {
      code: 'CT17-NV08',
      title: 'Thiết kế đồng bộ, xây dựng và đưa vào vận hành hệ thống tích hợp, kết nối liên thông dữ liệu (dân cư, quy hoạch, giao thông vận tải, y tế, giáo dục, bảo hiểm, doanh nghiệp, đất đai, nhà ở…)',
      plan: null,
      instrument: CT17,
      pillar: 'DATA',
      sortOrder: 8,
      sourceClause:
        'thiết kế đồng bộ, xây dựng và đưa vào vận hành hệ thống tích hợp, kết nối liên thông dữ liệu, nhất là dữ liệu dân cư, quy hoạch, giao thông vận tải, y tế, giáo dục, bảo hiểm, doanh nghiệp, đất đai, nhà ở...',
    },
    {
      code: 'CT17-NV09',
      title: 'Bảo đảm kết nối và chia sẻ dữ liệu giữa các cơ quan nhà nước, cung cấp tiện ích, dịch vụ công trực tuyến nhanh chóng, thuận tiện',
      plan: null,
      instrument: CT17,
      pillar: 'DATA',
      sortOrder: 9,
      sourceClause:
        'Bảo đảm kết nối và chia sẻ dữ liệu giữa các cơ quan nhà nước, cung cấp các tiện ích, dịch vụ công trực tuyến nhanh chóng, thuận tiện, đáp ứng kịp thời nhu cầu của người dân và doanh nghiệp.',
    },
    {
      code: 'CT17-NV10',
      title: 'Đầu tư phát triển nguồn nhân lực trong môi trường số, trước hết đào tạo, bồi dưỡng đội ngũ cán bộ, công chức, viên chức',
      plan: null,
      instrument: CT17,
      pillar: 'HUMAN_RESOURCES',
      sortOrder: 10,
      sourceClause: 'Đầu tư phát triển nguồn nhân lực trong môi trường số, trước hết cần đào tạo, bồi dưỡng đội ngũ cán bộ, công chức, viên chức',
    },
    {
      code: 'CT17-NV11',
      title: 'Nghiên cứu, ban hành các quy định, chính sách nâng cao năng lực quản lý của các cấp chính quyền theo kịp quá trình chuyển đổi số',
      plan: null,
      instrument: CT17,
      pillar: 'INSTITUTIONS',
      sortOrder: 11,
      sourceClause:
        'nghiên cứu, ban hành các quy định, chính sách hiện hành nhằm nâng cao năng lực quản lý của các cấp chính quyền theo kịp thực tiễn quá trình chuyển đổi số',
    },
    {
      code: 'CT17-NV12',
      title: 'Bảo đảm nguồn kinh phí thực hiện, ưu tiên nguồn lực triển khai tại thành phố Thủ Đức, góp phần hình thành Khu đô thị sáng tạo tương tác cao phía đông',
      plan: null,
      instrument: CT17,
      pillar: 'SMART_CITY',
      sortOrder: 12,
      sourceClause:
        'bảo đảm nguồn kinh phí thực hiện, trong đó xem xét ưu tiên nguồn lực để triển khai tại thành phố Thủ Đức góp phần hình thành và phát triển Khu đô thị sáng tạo tương tác cao phía đông.',
    },
    {
      code: 'CT17-NV13',
      title: 'Chỉ đạo Chủ tịch UBND thành phố Thủ Đức, Chủ tịch UBND các quận, huyện ký kết chương trình phối hợp với Ủy ban MTTQ và các tổ chức chính trị-xã hội trên địa bàn, vận động hộ dân, doanh nghiệp, đơn vị sự nghiệp thực hiện ba trụ cột chuyển đổi số',
      plan: null,
      instrument: CT17,
      pillar: 'AWARENESS',
      sortOrder: 13,
      sourceClause:
        'Song song đó, UBND thành phố tăng cường chỉ đạo Chủ tịch UBND thành phố Thủ Đức, Chủ tịch UBND các quận, huyện ký kết chương trình phối hợp với Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị-xã hội trên địa bàn để vận động từng hộ dân, doanh nghiệp và đơn vị sự nghiệp thực hiện ba trụ cột của chương trình chuyển đổi số là xây dựng chính quyền số, phát triển kinh tế số và xã hội số',
    },
    {
      code: 'CT17-NV14',
      title: 'Giám sát, đánh giá và công nhận chỉ số chuyển đổi số của từng địa bàn tại thành phố',
      plan: null,
      instrument: CT17,
      pillar: 'DIGITAL_GOVERNMENT',
      sortOrder: 14,
      sourceClause: 'giám sát, đánh giá và công nhận chỉ số chuyển đổi số của từng địa bàn tại thành phố.',
    },
    {
      code: 'CT17-NV15',
      title: 'Triển khai thực hiện Quyết định số 06/QĐ-TTg (Đề án 06); tạo lập, tích hợp và khai thác hiệu quả các cơ sở dữ liệu, cung cấp tiện ích nghiệp vụ ngành Công an và tiện ích cho người dân',
      plan: null,
      instrument: CT17,
      pillar: 'DATA',
      sortOrder: 15,
      sourceClause: CONG_AN,
    },
    // Actions towards the 2025 goal of 25% (the programme's plan; under way: "đang tập trung").
    {
      code: 'CTCDS-NV01',
      title: 'Hình thành trung tâm công nghệ tài chính (Fintech hub)',
      plan: 'CT-CDS',
      instrument: null,
      pillar: 'DIGITAL_ECONOMY',
      status: TaskStatus.IN_PROGRESS,
      sortOrder: 1,
      sourceClause: ACTIONS,
    },
    {
      code: 'CTCDS-NV02',
      title: 'Thử nghiệm (sandbox) về chuyển đổi số',
      plan: 'CT-CDS',
      instrument: null,
      pillar: 'INSTITUTIONS',
      status: TaskStatus.IN_PROGRESS,
      sortOrder: 2,
      sourceClause: ACTIONS,
    },
    {
      code: 'CTCDS-NV03',
      title: 'Hoàn thiện Trung tâm hỗ trợ Chuyển đổi số (DXCenter)',
      plan: 'CT-CDS',
      instrument: null,
      pillar: 'DIGITAL_ECONOMY',
      status: TaskStatus.IN_PROGRESS,
      sortOrder: 3,
      sourceClause: ACTIONS,
    },
  ],

  taskIndicators: [
    // "Để đạt mục tiêu năm 2025 kinh tế số chiếm tỷ lệ 25% GRDP, thành phố đang tập trung …"
    { task: 'CTCDS-NV01', indicator: 'KTS-GRDP-SHARE' },
    { task: 'CTCDS-NV02', indicator: 'KTS-GRDP-SHARE' },
    { task: 'CTCDS-NV03', indicator: 'KTS-GRDP-SHARE' },
  ],

  assignments: [
    // HĐND TP (the directive addresses "lãnh đạo Hội đồng nhân dân thành phố").
    { subject: { task: 'CT17-NV02' }, agency: 'HDND-TP', role: AssignmentRole.LEAD, note: 'Lãnh đạo HĐND thành phố.', quotedText: HDND },
    { subject: { task: 'CT17-NV03' }, agency: 'HDND-TP', role: AssignmentRole.LEAD, note: 'Lãnh đạo HĐND thành phố.', quotedText: HDND },
    { subject: { task: 'CT17-NV04' }, agency: 'HDND-TP', role: AssignmentRole.LEAD, note: 'Lãnh đạo HĐND thành phố.', quotedText: HDND },
    { subject: { task: 'CT17-NV04' }, agency: 'MTTQ-TP', role: AssignmentRole.COOPERATING, note: 'HĐND TP phối hợp với Ủy ban Mặt trận Tổ quốc.', quotedText: HDND },
    { subject: { task: 'CT17-NV04' }, agency: 'TO-CHUC-CT-XH-TP', role: AssignmentRole.COOPERATING, note: 'HĐND TP phối hợp với các tổ chức chính trị-xã hội thành phố.', quotedText: HDND },
    { subject: { task: 'CT17-NV05' }, agency: 'HDND-TP', role: AssignmentRole.LEAD, note: 'Lãnh đạo HĐND thành phố.', quotedText: HDND },
    // Ban cán sự đảng UBND TP.
    { subject: { task: 'CT17-NV06' }, agency: 'BCSD-UBND', role: AssignmentRole.LEAD, quotedText: BCSD_1 },
    { subject: { task: 'CT17-NV07' }, agency: 'BCSD-UBND', role: AssignmentRole.LEAD, quotedText: BCSD_2 },
    { subject: { task: 'CT17-NV08' }, agency: 'BCSD-UBND', role: AssignmentRole.LEAD, quotedText: BCSD_2 },
    // UBND TP, Thủ Đức, the districts and their Fatherland Front committees.
    { subject: { task: 'CT17-NV13' }, agency: 'UBND-TP', role: AssignmentRole.LEAD, responsiblePerson: PHAN_VAN_MAI, note: 'UBND thành phố tăng cường chỉ đạo.', quotedText: UBND },
    { subject: { task: 'CT17-NV13' }, agency: 'TP-THU-DUC', role: AssignmentRole.COOPERATING, note: 'Chủ tịch UBND thành phố Thủ Đức ký kết chương trình phối hợp.', quotedText: UBND },
    { subject: { task: 'CT17-NV13' }, agency: 'QUAN-HUYEN', role: AssignmentRole.COOPERATING, note: 'Chủ tịch UBND các quận, huyện ký kết chương trình phối hợp.', quotedText: UBND },
    { subject: { task: 'CT17-NV13' }, agency: 'MTTQ-CT-XH-DIA-BAN', role: AssignmentRole.COOPERATING, note: 'Ủy ban MTTQ và các tổ chức chính trị-xã hội trên địa bàn là bên ký chương trình phối hợp.', quotedText: UBND },
    { subject: { task: 'CT17-NV14' }, agency: 'UBND-TP', role: AssignmentRole.LEAD, responsiblePerson: PHAN_VAN_MAI, quotedText: UBND },
    // Công an TP implements 06/QĐ-TTg, directed by its party committee, with Sở TT&TT.
    { subject: { task: 'CT17-NV15' }, agency: 'CONG-AN-TP', role: AssignmentRole.LEAD, note: 'Triển khai thực hiện Quyết định số 06/QĐ-TTg.', quotedText: CONG_AN },
    { subject: { task: 'CT17-NV15' }, agency: 'DU-CONG-AN-TP', role: AssignmentRole.SUPERVISING, note: 'Đảng ủy Công an thành phố chỉ đạo Công an thành phố.', quotedText: CONG_AN },
    { subject: { task: 'CT17-NV15' }, agency: 'SO-TTTT', role: AssignmentRole.COOPERATING, responsiblePerson: LAM_DINH_THANG, note: 'Phối hợp tạo lập, tích hợp và khai thác hiệu quả các cơ sở dữ liệu.', quotedText: CONG_AN },
  ],
};
