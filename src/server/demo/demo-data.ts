import type { Role } from '../../shared/domain.ts';

/** The shared demo password, printed in README.md. Demo mode only: production start never seeds it. */
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_VALID_FROM = '2025-07-01';

export const centralUnits = [
  {
    code: 'TW',
    name: 'Ban Chỉ đạo Trung ương',
    fullName: 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    type: 'Ban Chỉ đạo',
    level: 'central',
  },
  {
    code: 'BKHCN',
    name: 'Bộ Khoa học và Công nghệ',
    fullName: 'Bộ Khoa học và Công nghệ',
    type: 'Bộ',
    level: 'ministry',
  },
  { code: 'BNV', name: 'Bộ Nội vụ', fullName: 'Bộ Nội vụ', type: 'Bộ', level: 'ministry' },
  { code: 'BTC', name: 'Bộ Tài chính', fullName: 'Bộ Tài chính', type: 'Bộ', level: 'ministry' },
] as const;

/** Main departments of a province; the Department of Science and Technology is the standing office. */
export const provinceDepartments = [
  { suffix: 'SKHCN', name: 'Sở Khoa học và Công nghệ', type: 'Sở', isStandingOffice: true },
  { suffix: 'VPUBND', name: 'Văn phòng Ủy ban nhân dân tỉnh', type: 'Văn phòng', isStandingOffice: false },
  { suffix: 'SNV', name: 'Sở Nội vụ', type: 'Sở', isStandingOffice: false },
  { suffix: 'STC', name: 'Sở Tài chính', type: 'Sở', isStandingOffice: false },
  { suffix: 'SCT', name: 'Sở Công Thương', type: 'Sở', isStandingOffice: false },
  { suffix: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', type: 'Sở', isStandingOffice: false },
  { suffix: 'SYT', name: 'Sở Y tế', type: 'Sở', isStandingOffice: false },
  { suffix: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường', type: 'Sở', isStandingOffice: false },
  { suffix: 'SXD', name: 'Sở Xây dựng', type: 'Sở', isStandingOffice: false },
  { suffix: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', type: 'Sở', isStandingOffice: false },
  { suffix: 'CA', name: 'Công an tỉnh', type: 'Công an', isStandingOffice: false },
] as const;

/** Provinces the demo fills in with communes and departments (the two in the articles). */
export const demoProvinceCodes = ['38', '19'] as const;

export type DemoAccount = { username: string; displayName: string; role: Role; unitCode: string };

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unitCode: 'TW' },
  { username: 'lanhdao.tw', displayName: 'Lãnh đạo Ban Chỉ đạo Trung ương', role: 'leader', unitCode: 'TW' },
  { username: 'kiemtra.tw', displayName: 'Ủy ban Kiểm tra Trung ương', role: 'inspector', unitCode: 'TW' },
  { username: 'lanhdao.thanhhoa', displayName: 'Lãnh đạo Ban Chỉ đạo tỉnh Thanh Hóa', role: 'leader', unitCode: '38' },
  {
    username: 'thuongtruc.thanhhoa',
    displayName: 'Thường trực (Sở KH&CN) Thanh Hóa',
    role: 'secretariat',
    unitCode: '38',
  },
  { username: 'kiemtra.thanhhoa', displayName: 'Ủy ban Kiểm tra tỉnh Thanh Hóa', role: 'inspector', unitCode: '38' },
  { username: 'quantri.thanhhoa', displayName: 'Quản trị tỉnh Thanh Hóa', role: 'admin', unitCode: '38' },
  {
    username: 'canbo.skhcn.thanhhoa',
    displayName: 'Cán bộ đầu mối Sở KH&CN Thanh Hóa',
    role: 'officer',
    unitCode: '38.SKHCN',
  },
  { username: 'canbo.hamrong', displayName: 'Cán bộ đầu mối phường Hàm Rồng', role: 'officer', unitCode: '14758' },
  { username: 'canbo.hacthanh', displayName: 'Cán bộ đầu mối phường Hạc Thành', role: 'officer', unitCode: '14797' },
  {
    username: 'lanhdao.thainguyen',
    displayName: 'Lãnh đạo Ban Chỉ đạo tỉnh Thái Nguyên',
    role: 'leader',
    unitCode: '19',
  },
  {
    username: 'thuongtruc.thainguyen',
    displayName: 'Thường trực (Sở KH&CN) Thái Nguyên',
    role: 'secretariat',
    unitCode: '19',
  },
  { username: 'canbo.ducxuan', displayName: 'Cán bộ đầu mối phường Đức Xuân', role: 'officer', unitCode: '01840' },
];

/**
 * A sample of the 2025 merge history (official conversion table): the pre-2025 wards that became
 * Phường Hàm Rồng (14758). They stay as dissolved units so their records remain reachable from it.
 */
export const demoSuccessions = [
  {
    toCode: '14758',
    effectiveOn: '2025-07-01',
    from: [
      { code: '14755', fullName: 'Phường Hàm Rồng', kind: 'merged' },
      { code: '14758', fullName: 'Phường Đông Thọ', kind: 'partly_merged' },
      { code: '14761', fullName: 'Phường Nam Ngạn', kind: 'merged' },
      { code: '14791', fullName: 'Phường Đông Cương', kind: 'merged' },
      { code: '15859', fullName: 'Phường Thiệu Dương', kind: 'merged' },
    ],
  },
] as const;
