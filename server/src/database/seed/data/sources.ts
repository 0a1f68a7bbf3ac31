/**
 * The five source documents (copies in ../documents/, same file names as shared/seeds).
 * Title = the document's first line (003's leading list dash "- " dropped). Publisher and date
 * only where the text itself shows them: none of the five is dated; only 004 names its
 * publisher (LawNet, run by Công ty THƯ VIỆN PHÁP LUẬT).
 */
import type { SourceSeed } from './types';

export const sources: SourceSeed[] = [
  {
    code: 'SRC-000-BC2025',
    title: 'Nền tảng để Tp.HCM tăng trưởng kinh tế số năm 2025',
    publisher: null,
    publishedOn: null,
    fileName: '000_18780a95d834898d.txt',
    url: null,
    summary:
      'Tin về Báo cáo ngày 18/2 (2025) của UBND TP.HCM về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025: số liệu năm 2024, chuỗi tỉ trọng kinh tế số/GRDP 2021–2024 theo Bộ TT&TT, mục tiêu 25% năm 2025 và các nhiệm vụ năm 2025.',
  },
  {
    code: 'SRC-001-CT17',
    title: 'Chuyển đổi số, tạo động lực tăng trưởng kinh tế',
    publisher: null,
    publishedOn: null,
    fileName: '001_3d1cae87460a8363.txt',
    url: null,
    summary:
      'Tin về Chỉ thị số 17-CT/TU của Ban Thường vụ Thành ủy về đẩy mạnh chuyển đổi số và xây dựng TP.HCM trở thành đô thị thông minh: mục tiêu kinh tế số khoảng 25% GRDP năm 2025, phân công HĐND TP, Ban cán sự đảng UBND TP, UBND TP, Đảng ủy Công an TP; số liệu kinh tế số 2021–2022 của HIDS.',
  },
  {
    code: 'SRC-002-MT2030',
    title: 'Đến năm 2030, kinh tế số chiếm 40% GRDP của TPHCM',
    publisher: null,
    publishedOn: null,
    fileName: '002_8c5909811f5e0729.txt',
    url: null,
    summary:
      'Tin về mục tiêu đến năm 2030 (nhóm 2 địa phương dẫn đầu về chính quyền số, kinh tế số 40% GRDP, năng suất lao động tăng tối thiểu 9%/năm, DVCTT mức độ 4, hồ sơ công việc xử lý trên mạng), kết quả đến cuối năm 2020 và các ứng dụng của Đề án đô thị thông minh.',
  },
  {
    code: 'SRC-003-KH2024',
    title:
      'UBND TP.HCM đã ban hành Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024.',
    publisher: null,
    publishedOn: null,
    fileName: '003_694360b385fed79b.txt',
    url: null,
    summary:
      'Tóm tắt Kế hoạch năm 2024 triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh”: chủ đề năm 2024, 4 nhóm chỉ tiêu (3, 8, 13, 7 chỉ tiêu) và 11 nhiệm vụ trọng tâm.',
  },
  {
    code: 'SRC-004-KH2649',
    title: 'Mục tiêu phát triển kinh tế số đến năm 2025 của TPHCM',
    publisher: 'LawNet (Công ty THƯ VIỆN PHÁP LUẬT)',
    publishedOn: null,
    fileName: '004_b4dec434eb829c01.txt',
    url: null,
    summary:
      'Tóm tắt (tác giả Dương Châu Thanh) Kế hoạch 2649/KH-UBND năm 2023 của UBND TP.HCM thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030: 5 mục tiêu kinh tế số, 7 mục tiêu xã hội số đến năm 2025 và 8 nhóm nhiệm vụ phát triển nền móng.',
  },
];
