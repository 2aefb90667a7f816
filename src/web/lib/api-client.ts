import type { ErrorBody } from '../../shared/api/common.ts';

export type ErrorDetail = ErrorBody['error']['details'][number];

/** Every non-2xx answer of the API, parsed from `{ error: { code, message, details }, requestId }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly requestId: string | undefined;
  /** The body as sent, for answers such as an import report that carry data on 4xx. */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    details: ErrorDetail[],
    requestId?: string,
    body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
    this.body = body;
  }

  /** Message of the detail for one form field; fields arrive as `body.username`. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((detail) => detail.field === `body.${field}` || detail.field === field)?.message;
  }
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | boolean | undefined | null>;
  /** A plain object is sent as JSON; a Blob or File is sent raw with its own content type. */
  body?: unknown;
  signal?: AbortSignal;
  /** Status codes whose body is returned as data instead of thrown (e.g. 422 import report). */
  acceptStatus?: number[];
};

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set after login or /me; sent as `x-csrf-token` on every unsafe request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 (session expired elsewhere), so the app can show the login page. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export function buildUrl(path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as ErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (options.body instanceof Blob) {
    body = options.body;
    headers['content-type'] = options.body.type || 'application/octet-stream';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.', []);
  }
  const data = await readBody(response);
  if (response.ok || options.acceptStatus?.includes(response.status)) return data as T;
  if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me') onUnauthorized?.();
  if (isErrorBody(data)) {
    const { code, message, details } = data.error;
    throw new ApiError(response.status, code, message, details ?? [], data.requestId, data);
  }
  throw new ApiError(
    response.status,
    'HTTP_' + response.status,
    'Máy chủ trả lời không như mong đợi.',
    [],
    undefined,
    data,
  );
}

/** Anything a request can throw, as an ApiError, so every form shows failures the same way. */
export function toApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, 'CLIENT', String(caught), []);
}
