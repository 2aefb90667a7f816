import { defineMessages } from '../i18n.ts';

export const uiText = defineMessages(
  {
    loading: 'Đang tải…',
    previous: 'Trang trước',
    next: 'Trang sau',
    range: (from: string, to: string, total: string) => `${from}–${to} trên tổng số ${total}`,
    pager: 'Phân trang',
    required: 'bắt buộc',
    errorTitle: 'Chưa thực hiện được',
    retry: 'Thử lại',
    requestId: (id: string) => `Mã yêu cầu: ${id}`,
    language: 'Ngôn ngữ',
  },
  {
    loading: 'Loading…',
    previous: 'Previous page',
    next: 'Next page',
    range: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
    pager: 'Pagination',
    required: 'required',
    errorTitle: 'That did not work',
    retry: 'Try again',
    requestId: (id: string) => `Request id: ${id}`,
    language: 'Language',
  },
);

/**
 * The server writes its messages in Vietnamese; in English we translate the codes we know and fall
 * back to the server's words otherwise.
 */
export const errorCodeEnglish: Record<string, string> = {
  NETWORK: 'Cannot reach the server. Check your connection and try again.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  LOGIN_FAILED: 'Wrong username or password.',
  ACCOUNT_LOCKED: 'This account is locked for a while after too many failed sign-ins. Try again later.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins. Try again in a few minutes.',
  FORBIDDEN: 'You are not allowed to do this.',
  CSRF_INVALID: 'Your session is no longer valid. Reload the page and try again.',
  NOT_FOUND: 'Not found, or outside your scope.',
  VALIDATION_FAILED: 'Some fields need attention.',
  USERNAME_TAKEN: 'This username is already taken.',
  SELF_LOCKOUT: 'You cannot deactivate your own account or change your own role.',
  FILE_EMPTY: 'No file was sent.',
  UNSUPPORTED_MEDIA_TYPE: 'Only CSV, JSON or XLSX files are accepted.',
  PAYLOAD_TOO_LARGE: 'The file is too large.',
  ALREADY_PUBLISHED: 'This is already public.',
  ALREADY_WITHDRAWN: 'This has already been withdrawn from the portal.',
  DATASET_EMPTY: 'Nothing published goes into this dataset yet: publish units or indicators first.',
  DATASET_VERSION_WITHDRAWN: 'This version is no longer available: part of its data has been withdrawn.',
  BOUNDARIES_REJECTED: 'The boundary file was refused; nothing was saved. See the list of features below.',
  GEOJSON_UNREADABLE: 'This file is not readable GeoJSON.',
  REPORT_SNAPSHOT_INVALID: 'This stored report can no longer be read.',
  INTERNAL: 'Something went wrong on the server. Please try again later or contact the administrator.',
};
