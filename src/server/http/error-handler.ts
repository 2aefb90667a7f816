import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail } from './errors.ts';

export type ErrorBody = { error: { code: string; message: string; details: ErrorDetail[] }; requestId: string };

/** Postgres constraint violations are the last line of validation; translate the common ones. */
function fromDatabase(error: { code?: string; constraint?: string }): AppError | undefined {
  if (error.code === '23505') {
    return new AppError(409, 'DUPLICATE', 'Dữ liệu bị trùng với bản ghi đã có.', [
      { field: error.constraint, message: 'Giá trị đã tồn tại.' },
    ]);
  }
  if (error.code === '23503') return new AppError(409, 'REFERENCE_MISSING', 'Dữ liệu tham chiếu không tồn tại.');
  if (error.code === '23514') return new AppError(400, 'VALIDATION_FAILED', 'Dữ liệu không thỏa ràng buộc.');
  // Class 22 (data exception: out of range, bad format, NUL byte): bad input the schemas let through.
  if (error.code?.startsWith('22')) {
    return new AppError(
      400,
      'VALIDATION_FAILED',
      'Dữ liệu nhập có giá trị không hợp lệ (quá lớn, sai định dạng hoặc chứa ký tự không cho phép).',
    );
  }
  return undefined;
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      field: [error.validationContext, ...String(issue.instancePath).split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'Giá trị không hợp lệ.',
    }));
    return new AppError(400, 'VALIDATION_FAILED', 'Dữ liệu nhập chưa hợp lệ.', details);
  }
  const database = fromDatabase(error as { code?: string; constraint?: string });
  if (database) return database;
  if (error.statusCode === 413) return new AppError(413, 'PAYLOAD_TOO_LARGE', 'Tệp hoặc dữ liệu gửi lên quá lớn.');
  if (error.statusCode === 415) {
    return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Định dạng dữ liệu gửi lên không được hỗ trợ.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.', [{ message: error.message }]);
  }
  return new AppError(500, 'INTERNAL', 'Đã có lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên.');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'unhandled error');
    else if (!(error instanceof AppError) && (error as { code?: string }).code?.startsWith('22')) {
      request.log.warn({ err: error }, 'bad input reached the database; tighten its schema');
    }
    const body: ErrorBody = {
      error: { code: appError.code, message: appError.message, details: appError.details },
      requestId: request.id,
    };
    return reply.status(appError.status).send(body);
  });
}

export function routeNotFoundBody(requestId: string): ErrorBody {
  return { error: { code: 'ROUTE_NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu.', details: [] }, requestId };
}
