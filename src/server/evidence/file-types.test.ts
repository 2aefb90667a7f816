import { describe, expect, it } from 'vitest';
import { checkFileType } from './file-types.ts';

describe('checkFileType', () => {
  it('accepts a PDF whose content is a PDF', () => {
    expect(checkFileType('Báo cáo.pdf', Buffer.from('%PDF-1.7'))).toEqual({ contentType: 'application/pdf' });
  });
  it('refuses a file whose content does not match its extension', () => {
    expect(checkFileType('anh.png', Buffer.from('%PDF-1.7'))).toEqual({
      reason: 'Nội dung tệp không đúng định dạng .png.',
    });
  });
  it('refuses executables and files without an extension', () => {
    expect(checkFileType('setup.exe', Buffer.from('MZ'))).toHaveProperty('reason');
    expect(checkFileType('README', Buffer.from('x'))).toHaveProperty('reason');
  });
  it('accepts text without a signature', () => {
    expect(checkFileType('ghi-chu.TXT', Buffer.from('xin chào'))).toEqual({ contentType: 'text/plain; charset=utf-8' });
  });
});
