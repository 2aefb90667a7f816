import type { ErrorBody } from '../../../shared/api/common.ts';
import type { EvidenceFile } from '../../../shared/api/evidence.ts';
import { ApiError, apiFetch } from '../../lib/api-client.ts';

/** The request URL doubles as the cache key for useApi. */
export const evidenceListUrl = (taskId: number) => `/api/tasks/${taskId}/evidence`;

export function fetchEvidence(taskId: number, signal?: AbortSignal): Promise<EvidenceFile[]> {
  return apiFetch<{ items: EvidenceFile[] }>(evidenceListUrl(taskId), { signal }).then((body) => body.items);
}

/** Ids named in an event's payload (`evidenceFileIds`), ignoring anything that is not a positive integer. */
export function evidenceIdsOf(payload: Record<string, unknown>): number[] {
  const ids = payload.evidenceFileIds;
  return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
}

type UploadOptions = {
  csrfToken: string;
  signal: AbortSignal;
  /** Percent of the request body sent, 0–100. */
  onProgress: (percent: number) => void;
};

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return text;
  }
}

function errorOf(status: number, data: unknown): ApiError {
  const error = (data as ErrorBody | null)?.error;
  if (typeof error?.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, error.details ?? [], (data as ErrorBody).requestId, data);
  }
  return new ApiError(status, `HTTP_${status}`, 'Máy chủ trả lời không như mong đợi.', [], undefined, data);
}

/**
 * POST /api/tasks/:id/evidence, one file per request. XMLHttpRequest rather than fetch (lib/api-client)
 * because fetch reports no upload progress; so this one request sets the CSRF header and reads the error
 * body itself, the same way api-client does.
 */
export function uploadEvidence(taskId: number, file: File, options: UploadOptions): Promise<EvidenceFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', evidenceListUrl(taskId));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const data = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as EvidenceFile);
      else reject(errorOf(xhr.status, data));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.', []));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    if (options.signal.aborted) return xhr.abort();
    options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}
