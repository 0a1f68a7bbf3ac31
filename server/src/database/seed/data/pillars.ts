/**
 * Pillars and foundations of the programme. Their names follow the 2024 plan's 11 key-task
 * areas (doc 003: "Nhận thức số; Thể chế số; Hạ tầng số; Dữ liệu số; Nền tảng số; Nhân lực số;
 * An toàn thông tin mạng; Chính quyền số; Kinh tế số; Xã hội số; Các trụ cột của Đề án Đô thị
 * thông minh"), plus "kỹ năng số" (skills, doc 004's foundation 6). Pillars are reference data
 * and carry no source document.
 */
import { PillarKind } from '../../../modules/pillar/pillar.entity';
import type { PillarSeed } from './types';

export const pillars: PillarSeed[] = [
  { code: 'DIGITAL_GOVERNMENT', nameVi: 'Chính quyền số', nameEn: 'Digital government', kind: PillarKind.PILLAR, sortOrder: 1, description: 'Trụ cột chính quyền số: dịch vụ công trực tuyến, văn bản điện tử, chữ ký số, chỉ đạo điều hành trên nền tảng số.' },
  { code: 'DIGITAL_ECONOMY', nameVi: 'Kinh tế số', nameEn: 'Digital economy', kind: PillarKind.PILLAR, sortOrder: 2, description: 'Trụ cột kinh tế số: tỷ trọng kinh tế số trong GRDP, thương mại điện tử, doanh nghiệp số, thanh toán số.' },
  { code: 'DIGITAL_SOCIETY', nameVi: 'Xã hội số', nameEn: 'Digital society', kind: PillarKind.PILLAR, sortOrder: 3, description: 'Trụ cột xã hội số: công dân số, y tế số, giáo dục số, kết nối số cho người dân.' },
  { code: 'AWARENESS', nameVi: 'Nhận thức số', nameEn: 'Digital awareness', kind: PillarKind.CROSS_CUTTING, sortOrder: 4, description: 'Nâng cao nhận thức, truyền thông về chuyển đổi số.' },
  { code: 'INSTITUTIONS', nameVi: 'Thể chế số', nameEn: 'Digital institutions', kind: PillarKind.FOUNDATION, sortOrder: 5, description: 'Hoàn thiện thể chế, quy định, chính sách cho chuyển đổi số.' },
  { code: 'INFRASTRUCTURE', nameVi: 'Hạ tầng số', nameEn: 'Digital infrastructure', kind: PillarKind.FOUNDATION, sortOrder: 6, description: 'Hạ tầng CNTT, viễn thông, băng rộng, tính toán, dữ liệu.' },
  { code: 'DATA', nameVi: 'Dữ liệu số', nameEn: 'Digital data', kind: PillarKind.FOUNDATION, sortOrder: 7, description: 'Tạo lập, chia sẻ, quản trị dữ liệu; dữ liệu mở.' },
  { code: 'PLATFORMS', nameVi: 'Nền tảng số', nameEn: 'Digital platforms', kind: PillarKind.FOUNDATION, sortOrder: 8, description: 'Nền tảng số dùng chung và chuyên ngành (LGSP, …).' },
  { code: 'HUMAN_RESOURCES', nameVi: 'Nhân lực số', nameEn: 'Digital human resources', kind: PillarKind.FOUNDATION, sortOrder: 9, description: 'Phát triển nguồn nhân lực số.' },
  { code: 'SKILLS', nameVi: 'Kỹ năng số, công dân số và văn hóa số', nameEn: 'Digital skills, digital citizens and digital culture', kind: PillarKind.FOUNDATION, sortOrder: 10, description: 'Kỹ năng số cho người dân, công dân số, văn hóa số.' },
  { code: 'INFORMATION_SECURITY', nameVi: 'An toàn thông tin mạng', nameEn: 'Cyber and information security', kind: PillarKind.FOUNDATION, sortOrder: 11, description: 'Bảo đảm an toàn thông tin và an ninh mạng.' },
  { code: 'SMART_CITY', nameVi: 'Đô thị thông minh', nameEn: 'Smart city', kind: PillarKind.CROSS_CUTTING, sortOrder: 12, description: 'Các trụ cột của Đề án xây dựng TP.HCM trở thành đô thị thông minh.' },
];
