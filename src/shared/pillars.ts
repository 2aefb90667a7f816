/** Pillars and reporting cycles: plain data, safe to import in the browser without zod. */
export const pillars = ['KHCN', 'DMST', 'CDS'] as const;
export type Pillar = (typeof pillars)[number];
export const pillarLabels: Record<Pillar, { vi: string; en: string }> = {
  KHCN: { vi: 'Khoa học, công nghệ', en: 'Science & technology' },
  DMST: { vi: 'Đổi mới sáng tạo', en: 'Innovation' },
  CDS: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
};
export const reportingCycles = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
