/**
 * Thanh Hóa's plan 266-KH/TU: 65 indicators (12 KHCN, 16 ĐMST, 37 CĐS), 54 with 2025 targets, 11 of
 * them improved since the plan. Figures named in the articles are real; the rest are sample data.
 * Row: [code, name, unit, baseline | null, current value | null, 2025 target | null, isSample]
 */
type Row = [string, string, string, number | null, number | null, number | null, boolean];

const named: Row[] = [
  ['KHCN.01', 'Số đề tài, nhiệm vụ KH&CN cấp tỉnh được nghiệm thu', 'đề tài', 4, 16, 35, false],
  ['KHCN.02', 'Số nhiệm vụ KH&CN cấp tỉnh đang triển khai', 'nhiệm vụ', 43, 43, 50, false],
  ['KHCN.03', 'Số dự án trí tuệ nhân tạo được triển khai', 'dự án', null, 4, null, false],
  ['KHCN.04', 'Số cán bộ được đào tạo chuyên sâu về trí tuệ nhân tạo', 'người', null, 131, null, false],
  ['KHCN.05', 'Số người được tập huấn sử dụng trí tuệ nhân tạo thông dụng', 'người', null, 51911, null, false],
  ['DMST.01', 'Số doanh nghiệp công nghệ số thành lập mới', 'doanh nghiệp', 0, 47, 55, false],
  ['DMST.02', 'Số doanh nghiệp khởi nghiệp đổi mới sáng tạo', 'doanh nghiệp', 22, 22, 55, false],
  ['DMST.03', 'Số doanh nghiệp công nghệ số trên địa bàn', 'doanh nghiệp', null, 615, null, false],
  ['DMST.04', 'Tỷ trọng kinh tế số trong GRDP', '%', null, 10.74, null, false],
  ['DMST.05', 'Tỷ lệ doanh nghiệp nộp thuế điện tử', '%', null, 84, null, false],
  ['CDS.01', 'Tỷ lệ hộ gia đình có băng rộng cố định tốc độ ≥ 1 Gb/s', '%', 20, 25, 60, false],
  ['CDS.02', 'Tỷ lệ người trưởng thành có chữ ký số cá nhân', '%', 25, 31.27, 35, false],
  ['CDS.03', 'Tỷ lệ văn bản được ký số', '%', 95, 98, 100, false],
  ['CDS.04', 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến', '%', 80, 94.12, 95, false],
  ['CDS.05', 'Tỷ lệ hồ sơ được giải quyết đúng hạn', '%', 97.5, 98.13, 99, false],
  ['CDS.06', 'Số cơ sở dữ liệu dùng chung được đưa vào khai thác', 'cơ sở dữ liệu', 45, 60, 65, false],
  ['CDS.07', 'Số bộ dữ liệu mở được công bố', 'bộ dữ liệu', 120, 158, 200, false],
  ['CDS.08', 'Số tài khoản giao dịch điện tử của người dân', 'tài khoản', 300000, 408984, 500000, false],
  ['CDS.09', 'Tỷ lệ mã số thuế được chuẩn hóa', '%', 95, 98.35, 100, false],
  ['CDS.10', 'Số chứng thư chữ ký số đã cấp', 'chứng thư', null, 611221, null, false],
  ['CDS.11', 'Số phòng họp trực tuyến cấp xã', 'phòng', null, 296, null, false],
  ['CDS.12', 'Số thủ tục hành chính được số hóa', 'thủ tục', null, 1897, null, false],
  ['CDS.13', 'Số xã được cấp mã định danh và chữ ký số', 'xã', null, 166, null, false],
  ['CDS.14', 'Số tài khoản định danh điện tử', 'tài khoản', null, 2600000, null, false],
];

const sampleNames: Record<'KHCN' | 'DMST' | 'CDS', string[]> = {
  KHCN: [
    'Tỷ lệ chi ngân sách cho KH&CN, ĐMST và CĐS',
    'Số tổ chức KH&CN được sắp xếp lại',
    'Số sáng chế, giải pháp hữu ích được bảo hộ',
    'Số phòng thí nghiệm đạt chuẩn',
    'Tỷ lệ kết quả nghiên cứu được ứng dụng trong 12 tháng',
    'Số chuyên gia, nhà khoa học được thu hút về tỉnh',
    'Số tiêu chuẩn cơ sở được công bố',
  ],
  DMST: [
    'Số sản phẩm đổi mới sáng tạo được thương mại hóa',
    'Số doanh nghiệp nhỏ và vừa ứng dụng công nghệ số',
    'Số sản phẩm OCOP trên sàn thương mại điện tử',
    'Số dự án khởi nghiệp được hỗ trợ vốn',
    'Số sự kiện khởi nghiệp đổi mới sáng tạo',
    'Số không gian làm việc chung',
    'Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo',
    'Số văn bằng sở hữu trí tuệ cho sản phẩm chủ lực',
    'Số mô hình nông nghiệp thông minh',
    'Số doanh nghiệp được tư vấn chuyển đổi số',
    'Số hợp đồng chuyển giao công nghệ',
  ],
  CDS: [
    'Tỷ lệ phủ sóng 5G khu dân cư',
    'Tỷ lệ thôn, bản có cáp quang',
    'Tỷ lệ thủ tục dịch vụ công trực tuyến toàn trình',
    'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến',
    'Tỷ lệ cán bộ cấp xã có kỹ năng số cơ bản',
    'Tỷ lệ trường học thanh toán không dùng tiền mặt',
    'Tỷ lệ bệnh viện có bệnh án điện tử',
    'Số hệ thống thông tin đạt chuẩn an toàn cấp độ',
    'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng',
    'Số tổ công nghệ số cộng đồng hoạt động',
    'Tỷ lệ hộ gia đình có điện thoại thông minh',
    'Tỷ lệ giao dịch thanh toán không dùng tiền mặt',
    'Số camera giám sát kết nối trung tâm điều hành',
    'Tỷ lệ cơ quan kết nối nền tảng tích hợp dữ liệu',
    'Tỷ lệ kết quả giải quyết thủ tục được số hóa',
    'Số ứng dụng trên nền tảng công dân số',
    'Tỷ lệ xã đạt tiêu chí chuyển đổi số',
    'Tỷ lệ văn bản điện tử liên thông bốn cấp',
    'Số điểm truy cập Wi-Fi công cộng',
    'Tỷ lệ hộ kinh doanh dùng hóa đơn điện tử',
    'Số cuộc họp trực tuyến cấp tỉnh',
    'Tỷ lệ dữ liệu đất đai được số hóa',
    'Tỷ lệ người cao tuổi được hướng dẫn kỹ năng số',
  ],
};

/** Sample rows: half flat since the plan, half not yet reported, so only the named ones improved. */
function samples(pillar: 'KHCN' | 'DMST' | 'CDS', startAt: number): Row[] {
  return sampleNames[pillar].map((name, i) => {
    const isPercent = name.startsWith('Tỷ lệ');
    const baseline = isPercent ? 40 + ((i * 7) % 45) : 10 + i * 3;
    const target = isPercent ? Math.min(100, baseline + 20) : Math.round(baseline * 1.5);
    const code = `${pillar}.${String(startAt + i).padStart(2, '0')}`;
    return [code, name, isPercent ? '%' : 'đơn vị', baseline, i % 2 === 0 ? baseline : null, target, true];
  });
}

export const demoIndicatorRows: { pillar: 'KHCN' | 'DMST' | 'CDS'; row: Row }[] = [
  ...named.map((row) => ({ pillar: row[0].split('.')[0] as 'KHCN' | 'DMST' | 'CDS', row })),
  ...samples('KHCN', 6).map((row) => ({ pillar: 'KHCN' as const, row })),
  ...samples('DMST', 6).map((row) => ({ pillar: 'DMST' as const, row })),
  ...samples('CDS', 15).map((row) => ({ pillar: 'CDS' as const, row })),
];
