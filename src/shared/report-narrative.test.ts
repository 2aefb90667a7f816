import { describe, expect, it } from 'vitest';
import type { ReportIndicator, ReportSnapshot } from './api/reports.ts';
import type { TaskCounts } from './api/stats.ts';
import {
  closingSentence,
  indicatorParagraphs,
  indicatorProgress,
  introParagraphs,
  issueParagraphs,
  joinVi,
  keyIndicators,
  nextStepParagraphs,
  taskHeadline,
  taskParagraphs,
} from './report-narrative.ts';

const counts = (overrides: Partial<TaskCounts> = {}): TaskCounts => ({
  total: 91,
  completed: 38,
  completedOnTime: 30,
  completedLate: 8,
  completedLateAgainstOriginal: 8,
  inProgress: 53,
  inProgressOnTime: 43,
  nearDeadline: 2,
  overdue: 10,
  notStarted: 0,
  due: 48,
  completionRate: 79.17,
  ...overrides,
});

const broadband: ReportIndicator = {
  code: 'CDS.01',
  name: 'Tỷ lệ hộ gia đình có băng rộng cố định tốc độ ≥ 1 Gb/s',
  pillar: 'CDS',
  tier: 'strategic',
  unitOfMeasure: '%',
  direction: 'higher',
  value: 25,
  valueOn: '2025-12-14',
  baseline: 20,
  changeSinceBaseline: 5,
  target: 60,
  targetYear: 2025,
  percentOfTarget: 41.67,
  status: 'red',
  isSample: false,
};

const snapshot = (overrides: Partial<ReportSnapshot> = {}): ReportSnapshot => ({
  version: 1,
  issuer: {
    unitCode: '38',
    name: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    parentLine: null,
    bodyLines: ['ỦY BAN NHÂN DÂN', 'TỈNH THANH HÓA'],
    abbreviation: 'UBND',
    place: 'Thanh Hóa',
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerTitle: 'CHỦ TỊCH',
    signerName: null,
  },
  documentNumber: '1/BC-UBND',
  issuedOn: '2025-07-25',
  title: 'Báo cáo tình hình thực hiện Nghị quyết số 57-NQ/TW tháng 8/2025',
  subject: 'Tình hình, kết quả thực hiện Nghị quyết số 57-NQ/TW tháng 8/2025',
  period: { kind: 'monthly', label: 'Tháng 8/2025', phrase: 'tháng 8/2025', start: '2025-07-15', end: '2025-08-14' },
  asOf: '2025-07-25',
  plan: { code: '266-KH/TU', title: 'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW', kind: 'Kế hoạch' },
  tasks: counts(),
  tasksBefore: { on: '2025-07-14', counts: counts({ total: 90, completed: 35, due: 45, completionRate: 77.78 }) },
  tasksByPillar: [{ pillar: 'CDS', ...counts({ total: 40, completed: 20 }) }],
  tasksByUnit: [
    {
      unit: { code: '38.SKHCN', fullName: 'Sở Khoa học và Công nghệ Thanh Hóa' },
      total: 10,
      overdue: 0,
      completionRate: 100,
      score: 100,
      grade: 'A',
      rank: 1,
    },
    {
      unit: { code: '38.SYT', fullName: 'Sở Y tế Thanh Hóa' },
      total: 8,
      overdue: 3,
      completionRate: 62.5,
      score: 62.5,
      grade: 'D',
      rank: 2,
    },
  ],
  overdueTasks: [],
  indicators: {
    total: 65,
    byPillar: { CDS: 37, DMST: 16, KHCN: 12 },
    withTarget: { 2025: 54 },
    improvedSinceBaseline: 11,
    byStatus: { green: 20, orange: 3, red: 5, grey: 37 },
    items: [
      { ...broadband, code: 'CDS.20', name: 'Chỉ tiêu mẫu', isSample: true, tier: 'operational' },
      broadband,
      { ...broadband, code: 'KHCN.03', name: 'Số dự án trí tuệ nhân tạo', value: null, status: 'grey' },
    ],
  },
  difficulties: [],
  recommendations: [],
  recipients: ['Ban Chỉ đạo Trung ương (để báo cáo)', 'Lưu: VT'],
  ...overrides,
});

const texts = (blocks: { text: string }[]) => blocks.map((b) => b.text);

describe('task narrative', () => {
  it('says the figures in the words of the articles', () => {
    expect(taskHeadline('2025-07-25', counts())).toBe(
      'Đến ngày 25/7/2025, trong tổng số 91 nhiệm vụ được giao, đã hoàn thành 38 nhiệm vụ, đang thực hiện 53 nhiệm vụ.',
    );
    expect(taskHeadline('2025-07-25', counts({ inProgress: 50, notStarted: 3 }))).toContain(
      'đang thực hiện 50 nhiệm vụ, chưa triển khai 3 nhiệm vụ.',
    );
    expect(taskHeadline('2025-07-25', counts({ total: 0 }))).toBe(
      'Đến ngày 25/7/2025, chưa có nhiệm vụ nào được giao.',
    );
  });

  it('details completions, delays, the rate, the change since the last period, pillars and units', () => {
    const [, detail, compared, pillars, units] = texts(taskParagraphs(snapshot()));
    expect(detail).toBe(
      'Trong số nhiệm vụ đã hoàn thành, 30 nhiệm vụ hoàn thành đúng hạn, 8 nhiệm vụ hoàn thành quá hạn. ' +
        'Có 10 nhiệm vụ chưa hoàn thành đã quá hạn và 2 nhiệm vụ sắp đến hạn. ' +
        'Tỷ lệ hoàn thành trên số nhiệm vụ đã đến hạn đạt 79,17% (38/48 nhiệm vụ).',
    );
    expect(compared).toBe(
      'So với ngày 14/7/2025 (cuối kỳ trước), hoàn thành thêm 3 nhiệm vụ, giao mới 1 nhiệm vụ; tỷ lệ hoàn thành tăng 1,39 điểm phần trăm.',
    );
    expect(pillars).toBe('Theo lĩnh vực: chuyển đổi số hoàn thành 20/40 nhiệm vụ.');
    expect(units).toContain(
      'Sở Khoa học và Công nghệ Thanh Hóa (100 điểm, loại A) và Sở Y tế Thanh Hóa (62,5 điểm, loại D)',
    );
    expect(units).toContain('Các đơn vị còn nhiệm vụ quá hạn: Sở Y tế Thanh Hóa (3 nhiệm vụ).');
  });
});

describe('indicator narrative', () => {
  it('writes value, change and share of the target, with Vietnamese numbers', () => {
    expect(indicatorProgress(broadband)).toBe('đạt 25%, tăng 5 điểm phần trăm và hoàn thành 41,67% kế hoạch năm 2025');
    const accounts = { ...broadband, unitOfMeasure: 'tài khoản', value: 408984, changeSinceBaseline: 108984 };
    expect(indicatorProgress({ ...accounts, percentOfTarget: null })).toBe(
      'đạt 408.984 tài khoản và tăng 108.984 tài khoản',
    );
    expect(indicatorProgress({ ...broadband, changeSinceBaseline: null, percentOfTarget: null })).toBe('đạt 25%');
    expect(indicatorProgress({ ...broadband, changeSinceBaseline: -1.5 })).toContain('giảm 1,5 điểm phần trăm');
    expect(indicatorProgress({ ...broadband, value: null })).toBeNull();
  });

  it('names real indicators before sample ones and skips those without a value', () => {
    const items = snapshot().indicators!.items;
    expect(keyIndicators(items).map((i) => i.code)).toEqual(['CDS.01', 'CDS.20']);
  });

  it('counts the plan’s indicators, bands and the ones at risk', () => {
    const text = texts(indicatorParagraphs(snapshot()));
    expect(text[0]).toBe(
      'Kế hoạch số 266-KH/TU có 65 chỉ tiêu (12 chỉ tiêu khoa học, công nghệ; 16 chỉ tiêu đổi mới sáng tạo; ' +
        '37 chỉ tiêu chuyển đổi số), trong đó 54 chỉ tiêu có mục tiêu năm 2025. ' +
        'Đến ngày 25/7/2025, có 11 chỉ tiêu cải thiện so với khi ban hành kế hoạch.',
    );
    expect(text).toContain(
      'Tỷ lệ hộ gia đình có băng rộng cố định tốc độ ≥ 1 Gb/s đạt 25%, tăng 5 điểm phần trăm và hoàn thành 41,67% kế hoạch năm 2025;',
    );
    expect(text.some((t) => t.startsWith('Các chỉ tiêu có nguy cơ không đạt mục tiêu: Chỉ tiêu mẫu; Tỷ lệ hộ'))).toBe(
      true,
    );
    expect(texts(indicatorParagraphs(snapshot({ plan: null, indicators: null })))).toEqual([
      'Chưa có kế hoạch có chỉ tiêu áp dụng cho đơn vị.',
    ]);
  });
});

describe('difficulties, recommendations and the frame', () => {
  it('groups what units reported, one line per issue, and says so when there is none', () => {
    const issues = [
      {
        text: 'Thiếu kinh phí và nhân lực chuyên trách.',
        units: ['Sở Y tế Thanh Hóa', 'Phường Hàm Rồng', 'Sở Xây dựng Thanh Hóa', 'Sở Tài chính Thanh Hóa'],
        taskCodes: ['266.01', '266.04', '266.07', '266.10'],
      },
      { text: 'Chậm phân bổ vốn', units: ['Sở Tài chính Thanh Hóa'], taskCodes: ['266.13'] },
    ];
    expect(texts(issueParagraphs(issues, 'difficulties'))).toEqual([
      'Các đơn vị báo cáo một số khó khăn, vướng mắc đối với các nhiệm vụ đang thực hiện:',
      'Thiếu kinh phí và nhân lực chuyên trách (4 nhiệm vụ của Sở Y tế Thanh Hóa, Phường Hàm Rồng và 2 đơn vị khác);',
      'Chậm phân bổ vốn (1 nhiệm vụ của Sở Tài chính Thanh Hóa).',
    ]);
    expect(texts(issueParagraphs([], 'recommendations'))).toEqual([
      'Các đơn vị không có đề xuất, kiến nghị đối với các nhiệm vụ đang thực hiện.',
    ]);
  });

  it('opens with the resolution and the period, and closes with the administrative ending', () => {
    const [intro, days] = texts(introParagraphs(snapshot()));
    expect(intro).toContain('và Kế hoạch số 266-KH/TU, Ủy ban nhân dân tỉnh Thanh Hóa báo cáo tình hình');
    expect(days).toBe(
      'Kỳ báo cáo từ ngày 15/7/2025 đến ngày 14/8/2025; số liệu trong báo cáo tính đến ngày 25/7/2025.',
    );
    expect(closingSentence(snapshot())).toMatch(/tháng 8\/2025 của Ủy ban nhân dân tỉnh Thanh Hóa\.\/\.$/);
    expect(texts(nextStepParagraphs(snapshot()))[0]).toBe('Đôn đốc hoàn thành 10 nhiệm vụ đã quá hạn;');
    expect(joinVi(['A', 'B', 'C'])).toBe('A, B và C');
  });
});
