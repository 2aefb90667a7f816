/**
 * The one error type. Every failure a client can see is an AppError with a machine code, an HTTP
 * status and a message a Vietnamese user understands; the error handler renders it as
 * `{ error: { code, message, details }, requestId }`.
 */
export type ErrorDetail = { field?: string; line?: number; column?: string; message: string };

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ErrorDetail[];
  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const errors = {
  unauthenticated: () => new AppError(401, 'UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.'),
  forbidden: (what = 'thực hiện thao tác này') => new AppError(403, 'FORBIDDEN', `Bạn không có quyền ${what}.`),
  routeUndeclared: () =>
    new AppError(403, 'FORBIDDEN', 'Bạn không có quyền truy cập địa chỉ này (chưa được khai báo quyền).'),
  csrf: () => new AppError(403, 'CSRF_INVALID', 'Phiên làm việc không hợp lệ, vui lòng tải lại trang và thử lại.'),
  notFound: (what = 'Dữ liệu') => new AppError(404, 'NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem.`),
  invalid: (details: ErrorDetail[], message = 'Dữ liệu nhập chưa hợp lệ.') =>
    new AppError(400, 'VALIDATION_FAILED', message, details),
  conflict: (code: string, message: string, details: ErrorDetail[] = []) => new AppError(409, code, message, details),
};
