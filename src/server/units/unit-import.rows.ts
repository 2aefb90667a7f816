import { foldForSearch } from '../../shared/text.ts';

/** One record read from a file, with its 1-based line (CSV/XLSX row, JSON array index + 1). */
export type RawRecord = { line: number; values: Record<string, unknown> };
export type RowError = { line: number; column: string; message: string };
export type UnitImportRow = {
  line: number;
  code: string;
  name: string;
  fullName: string;
  type: string;
  level: 'province' | 'commune';
  provinceCode: string | null;
};

// Header spellings seen in the official list and its public copies (CSV, vak JSON, XLSX templates).
const columnAliases: Record<string, string[]> = {
  code: ['code', 'ma', 'mã', 'ma_dvhc', 'mã đvhc'],
  name: ['name', 'ten', 'tên'],
  fullName: ['full_name', 'namewithtype', 'fullname', 'ten_day_du', 'tên đầy đủ'],
  type: ['type', 'loai', 'loại', 'cap', 'cấp'],
  provinceCode: ['province_code', 'provincecode', 'ma_tinh', 'mã tỉnh'],
};

const typeAliases: Record<string, string> = {
  ward: 'Phường',
  phuong: 'Phường',
  commune: 'Xã',
  xa: 'Xã',
  'special zone': 'Đặc khu',
  'dac khu': 'Đặc khu',
  province: 'Tỉnh',
  tinh: 'Tỉnh',
  city: 'Thành phố',
  municipality: 'Thành phố',
  'thanh pho': 'Thành phố',
  'thanh pho truc thuoc trung uong': 'Thành phố',
};
const communeTypes = new Set(['Phường', 'Xã', 'Đặc khu']);

function pick(values: Record<string, unknown>, field: string): { column: string; value: string } {
  const wanted = columnAliases[field] ?? [field];
  for (const [key, raw] of Object.entries(values)) {
    if (wanted.includes(key.trim().toLowerCase())) {
      return { column: key, value: raw === null || raw === undefined ? '' : String(raw).trim() };
    }
  }
  return { column: wanted[0]!, value: '' };
}

/** Strips a type prefix ("Phường Hàm Rồng" → "Hàm Rồng") when the short name is missing. */
function shortName(fullName: string, type: string): string {
  const prefixes = type === 'Thành phố' ? ['Thành phố'] : [type];
  for (const prefix of prefixes) {
    if (fullName.startsWith(`${prefix} `)) return fullName.slice(prefix.length + 1);
  }
  return fullName;
}

/** Maps one raw record to a unit row, or to every reason it cannot be one. */
export function toUnitImportRow(record: RawRecord): UnitImportRow | RowError[] {
  const errors: RowError[] = [];
  const fail = (column: string, message: string) => errors.push({ line: record.line, column, message });
  const code = pick(record.values, 'code');
  const type = pick(record.values, 'type');
  const province = pick(record.values, 'provinceCode');
  const full = pick(record.values, 'fullName');
  const short = pick(record.values, 'name');

  const level = province.value ? 'commune' : 'province';
  if (!code.value) fail(code.column, 'Thiếu mã đơn vị.');
  else if (level === 'province' && !/^\d{2}$/.test(code.value)) fail(code.column, 'Mã tỉnh phải gồm 2 chữ số.');
  else if (level === 'commune' && !/^\d{5}$/.test(code.value)) fail(code.column, 'Mã xã phải gồm 5 chữ số.');
  if (province.value && !/^\d{2}$/.test(province.value)) fail(province.column, 'Mã tỉnh phải gồm 2 chữ số.');

  const normalizedType = typeAliases[foldForSearch(type.value).replace(/_/g, ' ')];
  const resolvedType = normalizedType ?? (type.value ? type.value : '');
  if (!type.value) fail(type.column, 'Thiếu loại đơn vị (xã, phường, đặc khu, tỉnh, thành phố).');
  else if (level === 'commune' && !communeTypes.has(resolvedType)) {
    fail(type.column, `Loại "${type.value}" không phải xã, phường hoặc đặc khu.`);
  } else if (level === 'province' && !['Tỉnh', 'Thành phố'].includes(resolvedType)) {
    fail(type.column, `Loại "${type.value}" không phải tỉnh hoặc thành phố.`);
  }

  if (!full.value && !short.value) fail(full.column, 'Thiếu tên đơn vị.');
  if (errors.length > 0) return errors;
  const fullName = full.value || `${resolvedType} ${short.value}`;
  return {
    line: record.line,
    code: code.value,
    name: short.value || shortName(fullName, resolvedType),
    fullName,
    type: resolvedType,
    level,
    provinceCode: province.value || null,
  };
}
