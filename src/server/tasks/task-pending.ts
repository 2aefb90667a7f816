import type { taskEvents } from './task.table.ts';

type EventRow = typeof taskEvents.$inferSelect;

/**
 * Open requests read off the timeline (newest first): a completion proposal or an extension request
 * is pending until a later decision on it.
 */
export function pendingOf(newestFirst: EventRow[]) {
  const completion = newestFirst.find((e) =>
    ['completion_proposed', 'completion_confirmed', 'completion_returned', 'reopened'].includes(e.kind),
  );
  const extension = newestFirst.find((e) =>
    ['extension_requested', 'extension_approved', 'extension_refused'].includes(e.kind),
  );
  return {
    pendingCompletion:
      completion?.kind === 'completion_proposed' ? { eventId: completion.id, proposedOn: completion.occurredOn } : null,
    pendingExtension:
      extension?.kind === 'extension_requested'
        ? {
            eventId: extension.id,
            deadline: String(extension.payload.deadline),
            reason: String(extension.payload.reason),
          }
        : null,
  };
}
