import type { Publication, PublishBody, PublishingBoard, Snapshot } from '../../../shared/api/publishing.ts';
import { apiFetch } from '../../lib/api-client.ts';

export type { Publication, PublishingBoard, Snapshot };
export type Figure = PublishingBoard['figures'][number]['figure'];
export type DatasetName = PublishingBoard['datasets'][number]['name'];

export const boardUrl = '/api/publications';

export function fetchBoard(signal?: AbortSignal): Promise<PublishingBoard> {
  return apiFetch(boardUrl, { signal });
}

export function publish(body: PublishBody): Promise<Publication> {
  return apiFetch(boardUrl, { method: 'POST', body });
}

export function withdraw(id: number): Promise<Publication> {
  return apiFetch(`/api/publications/${id}`, { method: 'DELETE' });
}

export function issueVersion(dataset: DatasetName, versionNotes: string): Promise<Snapshot> {
  return apiFetch(`/api/datasets/${dataset}/snapshots`, {
    method: 'POST',
    body: versionNotes.trim() ? { versionNotes: versionNotes.trim() } : {},
  });
}
