/** Domain vocabulary shared by server and web. Glossary: docs/GLOSSARY.md. */
export const unitLevels = ['central', 'ministry', 'province', 'department', 'commune'] as const;
export type UnitLevel = (typeof unitLevels)[number];

export const roles = ['admin', 'leader', 'secretariat', 'officer', 'inspector'] as const;
export type Role = (typeof roles)[number];

export const unitLevelLabels: Record<UnitLevel, { vi: string; en: string }> = {
  central: { vi: 'Trung ương', en: 'Central body' },
  ministry: { vi: 'Bộ, ngành trung ương', en: 'Ministry or central agency' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  department: { vi: 'Sở, ban, ngành', en: 'Department or agency' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
};

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  secretariat: { vi: 'Thường trực', en: 'Secretariat' },
  officer: { vi: 'Cán bộ đầu mối', en: 'Unit officer' },
  inspector: { vi: 'Kiểm tra (chỉ xem)', en: 'Inspector (read-only)' },
};
