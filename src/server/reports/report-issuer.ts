import type { ReportSnapshot } from '../../shared/api/reports.ts';

type UnitFacts = { code: string; name: string; fullName: string; type: string; level: string };
export type Issuer = ReportSnapshot['issuer'];

const upper = (text: string) => text.toLocaleUpperCase('vi');
const CAPITAL = 'Hà Nội';

/** Heads of departments by type; anything else is signed by its head (thủ trưởng). */
const departmentHeads: Record<string, string> = {
  Sở: 'GIÁM ĐỐC',
  'Văn phòng': 'CHÁNH VĂN PHÒNG',
  'Công an': 'GIÁM ĐỐC',
};

/**
 * Who issues a unit's report and how the header, place and signature are written (Decree 30/2020/NĐ-CP,
 * Appendix I): a province or commune reports as its People's Committee (UBND), a department under
 * its province's committee, a central body or ministry in its own name from Hà Nội.
 */
export function issuerOf(unit: UnitFacts, parent: UnitFacts | null, signerName: string | null): Issuer {
  const base = { unitCode: unit.code, signerName };
  if (unit.level === 'province' || unit.level === 'commune') {
    // "Tỉnh Thanh Hóa" → "Ủy ban nhân dân tỉnh Thanh Hóa"; the place is the unit's own name.
    const localName = unit.fullName.charAt(0).toLocaleLowerCase('vi') + unit.fullName.slice(1);
    return {
      ...base,
      name: `Ủy ban nhân dân ${localName}`,
      parentLine: null,
      bodyLines: ['ỦY BAN NHÂN DÂN', upper(unit.fullName)],
      abbreviation: 'UBND',
      place: unit.name,
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerTitle: 'CHỦ TỊCH',
    };
  }
  if (unit.level === 'department') {
    return {
      ...base,
      name: unit.fullName,
      parentLine: parent ? `UBND ${upper(parent.fullName)}` : null,
      bodyLines: [upper(unit.name)],
      abbreviation: unit.code.includes('.') ? unit.code.slice(unit.code.lastIndexOf('.') + 1) : unit.code,
      place: parent?.name ?? unit.name,
      signerAuthority: null,
      signerTitle: departmentHeads[unit.type] ?? 'THỦ TRƯỞNG CƠ QUAN',
    };
  }
  const isCommittee = unit.type === 'Ban Chỉ đạo';
  return {
    ...base,
    name: isCommittee ? unit.name : unit.fullName,
    parentLine: null,
    bodyLines: [upper(isCommittee ? unit.name : unit.fullName)],
    abbreviation: isCommittee ? 'BCĐ' : unit.code,
    place: CAPITAL,
    signerAuthority: isCommittee ? 'TM. BAN CHỈ ĐẠO' : null,
    signerTitle: isCommittee ? 'TRƯỞNG BAN' : 'BỘ TRƯỞNG',
  };
}
