/**
 * A message carried across one navigation, e.g. "task assigned" shown on the new task's page. Kept in
 * memory only: a reload or a shared link does not repeat it.
 */
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** Read during render (may run twice in development), cleared in an effect once the page is shown. */
export function peekFlash(): string | null {
  return pending;
}

export function clearFlash(): void {
  pending = null;
}
