/**
 * Targets named in the brief: Resolution 57's national 2030 targets, and Thái Nguyên's 2025 and 2030
 * targets. Row: [code, pillar, name, unit, 2025 target | null, 2030 target | null]. Names are ours.
 */
export type TargetRow = [string, 'KHCN' | 'DMST' | 'CDS', string, string, number | null, number | null];

export const nationalTargets: TargetRow[] = [
  ['NQ57.01', 'KHCN', 'Chi cho nghiên cứu và phát triển (R&D) so với GDP', '% GDP', null, 2],
  ['NQ57.02', 'KHCN', 'Tỷ trọng chi R&D từ xã hội (ngoài nhà nước)', '%', null, 60],
  ['NQ57.03', 'KHCN', 'Chi ngân sách nhà nước cho KH&CN, ĐMST và CĐS', '% tổng chi', null, 3],
  ['NQ57.04', 'CDS', 'Quy mô kinh tế số so với GDP', '% GDP', null, 30],
  ['NQ57.05', 'CDS', 'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến', '%', null, 80],
];

export const thaiNguyenTargets: TargetRow[] = [
  ['TN.01', 'CDS', 'Tỷ lệ phủ sóng 5G', '%', 60, 100],
  ['TN.02', 'CDS', 'Tỷ lệ người dùng có băng rộng cố định ≥ 1 Gb/s', '%', 60, null],
  ['TN.03', 'KHCN', 'Chi cho KH&CN, ĐMST và CĐS so với GRDP', '% GRDP', 2, 3],
  ['TN.04', 'CDS', 'Tỷ lệ cán bộ cấp xã có kỹ năng số cơ bản', '%', 80, null],
  ['TN.05', 'KHCN', 'Số doanh nghiệp khoa học và công nghệ', 'doanh nghiệp', 12, null],
  ['TN.06', 'KHCN', 'Số nhiệm vụ KH&CN cấp tỉnh', 'nhiệm vụ', 25, null],
  ['TN.07', 'CDS', 'Tỷ lệ thủ tục hành chính không phụ thuộc địa giới hành chính', '%', 70, null],
  ['TN.08', 'CDS', 'Tỷ lệ thủ tục về đào tạo, nghiên cứu, sản xuất, kinh doanh được trực tuyến', '%', 100, null],
  ['TN.09', 'CDS', 'Tỷ lệ người trưởng thành sử dụng dịch vụ số thiết yếu', '%', null, 90],
  ['TN.10', 'DMST', 'Số sản phẩm đổi mới sáng tạo được thương mại hóa mỗi năm', 'sản phẩm', null, 60],
  ['TN.11', 'DMST', 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng công nghệ số', '%', null, 60],
  ['TN.12', 'KHCN', 'Tỷ lệ kết quả nghiên cứu được ứng dụng trong 12 tháng', '%', null, 60],
  ['TN.13', 'CDS', 'Quy mô kinh tế số so với GRDP', '% GRDP', null, 40],
];
