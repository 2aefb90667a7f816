import type { z } from 'zod';
import type { Me } from '../../../shared/api/auth.ts';
import type { notificationSchema, urgingResultSchema } from '../../../shared/api/notifications.ts';
import { apiFetch } from '../../lib/api-client.ts';

// src/shared/api/notifications.ts exports only the schemas; the types are inferred here, type-only,
// so zod stays out of the bundle.
export type Notification = z.infer<typeof notificationSchema>;
export type UrgingResult = z.infer<typeof urgingResultSchema>;
export type EmailMode = Me['user']['emailMode'];

export const emailModes = ['immediate', 'digest', 'off'] as const satisfies readonly EmailMode[];

/** The request URL doubles as the cache key for useApi. */
export const notificationsUrl = '/api/notifications';

/** The caller's notices, newest first (the server keeps the latest 50). */
export function fetchNotifications(signal?: AbortSignal): Promise<Notification[]> {
  return apiFetch<{ items: Notification[] }>(notificationsUrl, { signal }).then((body) => body.items);
}

export function markNotificationRead(id: number): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/api/notifications/${id}/read`, { method: 'POST', body: {} });
}

/** Answers with the updated Me, which the session then keeps. */
export function saveEmailMode(emailMode: EmailMode): Promise<Me> {
  return apiFetch<Me>('/api/auth/preferences', { method: 'PATCH', body: { emailMode } });
}

/** Root administrators only; the server checks the ability and the scope again. */
export function runUrgingNow(): Promise<UrgingResult> {
  return apiFetch<UrgingResult>('/api/urging/run', { method: 'POST', body: {} });
}

export const countUnread = (items: readonly Notification[]) => items.filter((item) => !item.isRead).length;
