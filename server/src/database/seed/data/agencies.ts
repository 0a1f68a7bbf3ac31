/**
 * Every agency the five documents name, as a tree (parents listed before children).
 *
 * - Central bodies sit at their own roots: Chính phủ (with Thủ tướng and Bộ TT&TT under it),
 *   Quốc hội, and "Trung ương" (doc 003 names "Trung ương, Chính phủ, Thủ tướng Chính phủ").
 * - Party bodies under Thành ủy: Ban Thường vụ, Ban cán sự đảng UBND TP, Đảng ủy Công an TP,
 *   and "các cấp ủy, tổ chức đảng" as a GROUP.
 * - UBND TP is the parent of the departments, Thủ Đức city, the districts, the wards and the
 *   city's own units (HIDS, the city drainage company). Agencies the documents name only
 *   collectively are GROUP rows: "sở, ban - ngành", "quận, huyện", "phường, xã, thị trấn",
 *   public service units in education and health. The ward group hangs under UBND TP, not
 *   under the district group, because it spans Thủ Đức city's wards as well.
 * - Công an TP is its own root: the police are managed vertically by the Ministry of Public
 *   Security (not named by the documents), not by UBND TP; its party committee (Đảng ủy Công an
 *   TP) is under Thành ủy.
 * - MTTQ TP is a root with the socio-political organisations and the local (district-level)
 *   Fatherland Front committees as GROUP children.
 *
 * Not seeded as agencies: Công ty cổ phần MISA (only a photo caption in doc 001), LawNet (the
 * publisher of doc 004), "ngành y tế" (a sector, doc 002), systems and portals (Cổng Dịch vụ
 * công quốc gia, LGSP, NGSP, DXCenter).
 */
import { AgencyKind } from '../../../modules/agency/agency.entity';
import type { AgencySeed } from './types';

export const agencies: AgencySeed[] = [
  // ── Central bodies ────────────────────────────────────────────────────────────────────
  { code: 'TRUNG-UONG', nameVi: 'Trung ương', nameEn: 'Central Party and State authorities', kind: AgencyKind.CENTRAL_BODY, parent: null, source: 'SRC-003-KH2024' },
  { code: 'QUOC-HOI', nameVi: 'Quốc hội', nameEn: 'National Assembly', kind: AgencyKind.CENTRAL_BODY, parent: null, source: 'SRC-003-KH2024' },
  { code: 'CHINH-PHU', nameVi: 'Chính phủ', nameEn: 'Government', kind: AgencyKind.CENTRAL_BODY, parent: null, source: 'SRC-003-KH2024' },
  { code: 'THU-TUONG', nameVi: 'Thủ tướng Chính phủ', nameEn: 'Prime Minister', kind: AgencyKind.CENTRAL_BODY, parent: 'CHINH-PHU', source: 'SRC-001-CT17' },
  { code: 'BO-TTTT', nameVi: 'Bộ Thông tin và Truyền thông', nameEn: 'Ministry of Information and Communications', shortName: 'Bộ TT&TT', kind: AgencyKind.CENTRAL_BODY, parent: 'CHINH-PHU', source: 'SRC-000-BC2025' },

  // ── Party bodies ──────────────────────────────────────────────────────────────────────
  { code: 'THANH-UY', nameVi: 'Thành ủy Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City Party Committee', shortName: 'Thành ủy', kind: AgencyKind.PARTY_BODY, parent: null, source: 'SRC-001-CT17' },
  { code: 'BTV-THANH-UY', nameVi: 'Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh', nameEn: 'Standing Board of the City Party Committee', shortName: 'Ban Thường vụ Thành ủy', kind: AgencyKind.PARTY_BODY, parent: 'THANH-UY', source: 'SRC-001-CT17' },
  { code: 'BCSD-UBND', nameVi: 'Ban cán sự đảng Ủy ban nhân dân Thành phố', nameEn: "Party Affairs Committee of the City People's Committee", shortName: 'Ban cán sự đảng UBND TP', kind: AgencyKind.PARTY_BODY, parent: 'THANH-UY', source: 'SRC-001-CT17' },
  { code: 'DU-CONG-AN-TP', nameVi: 'Đảng ủy Công an Thành phố', nameEn: 'Party Committee of the City Police', shortName: 'Đảng ủy Công an TP', kind: AgencyKind.PARTY_BODY, parent: 'THANH-UY', source: 'SRC-001-CT17' },
  { code: 'CAP-UY-TO-CHUC-DANG', nameVi: 'Các cấp ủy, tổ chức đảng', nameEn: 'Party committees and Party organisations at all levels', kind: AgencyKind.GROUP, parent: 'THANH-UY', source: 'SRC-001-CT17' },

  // ── People's Council ──────────────────────────────────────────────────────────────────
  { code: 'HDND-TP', nameVi: 'Hội đồng nhân dân Thành phố Hồ Chí Minh', nameEn: "Ho Chi Minh City People's Council", shortName: 'HĐND TP', kind: AgencyKind.PEOPLES_COUNCIL, parent: null, source: 'SRC-001-CT17' },

  // ── People's Committee and its units ──────────────────────────────────────────────────
  { code: 'UBND-TP', nameVi: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', nameEn: "Ho Chi Minh City People's Committee", shortName: 'UBND TP', kind: AgencyKind.PEOPLES_COMMITTEE, parent: null, source: 'SRC-000-BC2025' },
  { code: 'SO-TTTT', nameVi: 'Sở Thông tin và Truyền thông', nameEn: 'Department of Information and Communications', shortName: 'Sở TT&TT', kind: AgencyKind.DEPARTMENT, parent: 'UBND-TP', source: 'SRC-001-CT17' },
  { code: 'SO-GTVT', nameVi: 'Sở Giao thông vận tải', nameEn: 'Department of Transport', shortName: 'Sở GTVT', kind: AgencyKind.DEPARTMENT, parent: 'UBND-TP', source: 'SRC-002-MT2030' },
  { code: 'SO-BAN-NGANH', nameVi: 'Các sở, ban - ngành Thành phố', nameEn: 'City departments, boards and sectors', kind: AgencyKind.GROUP, parent: 'UBND-TP', source: 'SRC-003-KH2024' },
  { code: 'TP-THU-DUC', nameVi: 'Ủy ban nhân dân thành phố Thủ Đức', nameEn: "People's Committee of Thu Duc City", shortName: 'TP Thủ Đức', kind: AgencyKind.DISTRICT_LEVEL, parent: 'UBND-TP', source: 'SRC-001-CT17' },
  { code: 'QUAN-HUYEN', nameVi: 'Ủy ban nhân dân các quận, huyện', nameEn: "People's Committees of the urban and rural districts", shortName: 'UBND quận, huyện', kind: AgencyKind.GROUP, parent: 'UBND-TP', source: 'SRC-001-CT17' },
  { code: 'PHUONG-XA', nameVi: 'Ủy ban nhân dân phường, xã, thị trấn', nameEn: "People's Committees of wards, communes and townships", shortName: 'UBND phường, xã, thị trấn', kind: AgencyKind.GROUP, parent: 'UBND-TP', source: 'SRC-003-KH2024' },
  { code: 'DVSN-GD-YT', nameVi: 'Đơn vị sự nghiệp công lập về lĩnh vực giáo dục, y tế', nameEn: 'Public service units in education and health', kind: AgencyKind.GROUP, parent: 'UBND-TP', source: 'SRC-003-KH2024' },
  { code: 'HIDS', nameVi: 'Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City Institute for Development Studies', shortName: 'HIDS', kind: AgencyKind.RESEARCH_INSTITUTE, parent: 'UBND-TP', source: 'SRC-001-CT17' },
  { code: 'THOAT-NUOC-DO-THI', nameVi: 'Công ty TNHH MTV Thoát nước đô thị TPHCM', nameEn: 'Ho Chi Minh City Urban Drainage Company Limited', shortName: 'Công ty Thoát nước đô thị', kind: AgencyKind.ENTERPRISE, parent: 'UBND-TP', source: 'SRC-002-MT2030' },

  // ── Police ────────────────────────────────────────────────────────────────────────────
  { code: 'CONG-AN-TP', nameVi: 'Công an Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City Police', shortName: 'Công an TP', kind: AgencyKind.POLICE, parent: null, source: 'SRC-001-CT17' },

  // ── Fatherland Front and socio-political organisations ────────────────────────────────
  { code: 'MTTQ-TP', nameVi: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City Vietnam Fatherland Front Committee', shortName: 'Ủy ban MTTQ TP', kind: AgencyKind.MASS_ORGANISATION, parent: null, source: 'SRC-001-CT17' },
  { code: 'TO-CHUC-CT-XH-TP', nameVi: 'Các tổ chức chính trị - xã hội Thành phố', nameEn: 'City socio-political organisations', kind: AgencyKind.GROUP, parent: 'MTTQ-TP', source: 'SRC-001-CT17' },
  { code: 'MTTQ-CT-XH-DIA-BAN', nameVi: 'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trên địa bàn (thành phố Thủ Đức, quận, huyện)', nameEn: 'Fatherland Front committees and socio-political organisations of Thu Duc City and the districts', kind: AgencyKind.GROUP, parent: 'MTTQ-TP', source: 'SRC-001-CT17' },
];
