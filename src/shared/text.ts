/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces.
 * "Thanh Hóa" and "thanh hoa" fold to the same key.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
