/** Accepted evidence types: office documents, PDF, images, archives, text. Checked by extension and content. */
const types: Record<string, { contentType: string; magic?: number[] }> = {
  pdf: { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  png: { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b] },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [0x50, 0x4b] },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: [0x50, 0x4b],
  },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', magic: [0x50, 0x4b] },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', magic: [0x50, 0x4b] },
  zip: { contentType: 'application/zip', magic: [0x50, 0x4b] },
  doc: { contentType: 'application/msword', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  xls: { contentType: 'application/vnd.ms-excel', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  txt: { contentType: 'text/plain; charset=utf-8' },
  csv: { contentType: 'text/csv; charset=utf-8' },
};

export const acceptedExtensions = Object.keys(types);

/** The content type to serve, or a Vietnamese reason for refusing the file. */
export function checkFileType(fileName: string, head: Buffer): { contentType: string } | { reason: string } {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const type = types[extension];
  if (!type || !fileName.includes('.')) {
    return { reason: `Không nhận tệp loại này. Chỉ nhận: ${acceptedExtensions.join(', ')}.` };
  }
  if (type.magic && !type.magic.every((byte, i) => head[i] === byte)) {
    return { reason: `Nội dung tệp không đúng định dạng .${extension}.` };
  }
  return { contentType: type.contentType };
}
