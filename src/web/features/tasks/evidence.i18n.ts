import { defineMessages } from '../../lib/i18n.ts';

/**
 * Mirrors src/server/evidence/file-types.ts (the web app may not import server code); the server checks
 * again, by extension and content, and its message lists the types it really accepts.
 */
export const acceptedExtensions = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'zip',
  'doc',
  'xls',
  'txt',
  'csv',
];
/** The API takes at most 20 ids in `evidenceFileIds` (reportProgressBodySchema, proposeCompletionBodySchema). */
export const maxFilesPerSubmission = 20;

const types = acceptedExtensions.join(', ');

/** Evidence (minh chứng): the upload field on the report and proposal forms, the task's list, timeline links. */
export const evidenceText = defineMessages(
  {
    fieldLabel: 'Tệp minh chứng',
    optional: '(không bắt buộc)',
    // 20 MB is the server's default MAX_UPLOAD_MB; a different limit still comes back in the server's message.
    fieldHint: `Chọn được nhiều tệp; mỗi tệp được tải lên ngay, tối đa 20 MB. Nhận: ${types}.`,
    listLabel: 'Tệp đã chọn',
    progressOf: (name: string) => `Tiến độ tải lên ${name}`,
    uploaded: 'Đã tải lên',
    failed: 'Không tải lên được',
    remove: 'Bỏ đính kèm',
    cancel: 'Hủy tải lên',
    dismiss: 'Bỏ qua',
    startedOne: (name: string) => `Đang tải lên ${name}.`,
    startedMany: (count: number) => `Đang tải lên ${count} tệp.`,
    doneOne: (name: string) => `Đã tải lên ${name}.`,
    failedOne: (name: string, reason: string) => `Không tải lên được ${name}: ${reason}`,
    removed: (name: string) => `Đã bỏ ${name}.`,
    waitForUploads: 'Tệp đang được tải lên; vui lòng chờ tải xong rồi gửi.',
    tooMany: `Mỗi lần gửi đính kèm tối đa ${maxFilesPerSubmission} tệp.`,
    sectionTitle: 'Minh chứng',
    sectionNote: 'Tệp do đơn vị tải lên khi báo cáo tiến độ hoặc đề xuất hoàn thành; bấm tên tệp để tải về.',
    sectionEmpty: 'Chưa có tệp minh chứng nào.',
    sectionCaption: 'Tệp minh chứng của nhiệm vụ',
    uploadedOn: (date: string) => `tải lên ngày ${date}`,
    notSent: 'chưa gửi kèm báo cáo nào',
    download: 'tải về',
    attached: 'Tệp minh chứng',
    fileNumber: (id: number) => `Tệp minh chứng số ${id}`,
  },
  {
    fieldLabel: 'Evidence files',
    optional: '(optional)',
    fieldHint: `You can choose several files; each one is uploaded straight away, up to 20 MB. Accepted: ${types}.`,
    listLabel: 'Chosen files',
    progressOf: (name: string) => `Upload progress of ${name}`,
    uploaded: 'Uploaded',
    failed: 'Not uploaded',
    remove: 'Remove',
    cancel: 'Cancel upload',
    dismiss: 'Dismiss',
    startedOne: (name: string) => `Uploading ${name}.`,
    startedMany: (count: number) => `Uploading ${count} files.`,
    doneOne: (name: string) => `${name} uploaded.`,
    failedOne: (name: string, reason: string) => `${name} was not uploaded: ${reason}`,
    removed: (name: string) => `${name} removed.`,
    waitForUploads: 'Files are still uploading; please wait until they finish, then send.',
    tooMany: `At most ${maxFilesPerSubmission} files can be attached at a time.`,
    sectionTitle: 'Evidence',
    sectionNote: 'Files the units uploaded with progress reports or completion proposals; select a name to download.',
    sectionEmpty: 'No evidence files yet.',
    sectionCaption: 'Evidence files of this task',
    uploadedOn: (date: string) => `uploaded on ${date}`,
    notSent: 'not sent with any report yet',
    download: 'download',
    attached: 'Evidence',
    fileNumber: (id: number) => `Evidence file no. ${id}`,
  },
);

/** English for the upload refusals lib/ui does not know; Vietnamese shows the server's own message. */
export const uploadErrorEnglish: Record<string, string> = {
  FILE_TYPE_REFUSED: `This file was refused: its type is not accepted or its content does not match its extension. Accepted: ${types}.`,
  TASK_LOCKED: 'The task is locked; no more evidence can be added.',
  FILE_EMPTY: 'The file is empty.',
  TOO_MANY_FILES: `At most ${maxFilesPerSubmission} files can be attached at a time.`,
};
