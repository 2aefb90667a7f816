import type { EvidenceFile } from '../../../shared/api/evidence.ts';
import { vietnamDate } from '../../../shared/dates.ts';
import type { ApiError } from '../../lib/api-client.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { evidenceText } from './evidence.i18n.ts';
import { formatFileSize } from './file-size.ts';

type Props = {
  files: EvidenceFile[] | undefined;
  /** Ids some report or proposal named; the others were uploaded but not (yet) sent with one. */
  sentIds: ReadonlySet<number>;
  error: ApiError | undefined;
  onRetry: () => void;
};

/** "Minh chứng" on the task page: every file uploaded to the task, newest first, each a download link. */
export function EvidenceSection({ files, sentIds, error, onRetry }: Props) {
  const text = useText(evidenceText);
  const { lang } = useLang();
  return (
    <section className="card task-layout__main" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{text.sectionTitle}</h2>
      <ErrorAlert error={error} onRetry={onRetry} />
      {!files && !error && <Loading />}
      {files?.length === 0 && <p className="muted">{text.sectionEmpty}</p>}
      {files && files.length > 0 && (
        <>
          <p className="muted">{text.sectionNote}</p>
          <ul className="evidence-list" aria-label={text.sectionCaption}>
            {files.map((file) => (
              <li key={file.id} className="evidence-list__item">
                <a href={file.url} className="evidence-list__link">
                  {file.name}
                  <span className="visually-hidden"> ({text.download})</span>
                </a>
                <span className="muted">
                  {formatFileSize(file.size, lang)} ·{' '}
                  {text.uploadedOn(formatDay(vietnamDate(new Date(file.uploadedAt)), lang))}
                  {!sentIds.has(file.id) && ` · ${text.notSent}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The files a report or proposal named. Ids missing from the task's list (still loading, or it failed)
 * still get a working link: GET /api/evidence/:id is the address the API gives every file.
 */
export function EvidenceLinks({ ids, files }: { ids: number[]; files: EvidenceFile[] | undefined }) {
  const text = useText(evidenceText);
  const { lang } = useLang();
  if (ids.length === 0) return null;
  const byId = new Map(files?.map((file) => [file.id, file]));
  return (
    <div className="evidence-links">
      <p className="evidence-links__label">{text.attached}:</p>
      <ul className="evidence-links__list">
        {ids.map((id) => {
          const file = byId.get(id);
          return (
            <li key={id}>
              <a href={file?.url ?? `/api/evidence/${id}`}>
                {file?.name ?? text.fileNumber(id)}
                <span className="visually-hidden"> ({text.download})</span>
              </a>
              {file && <span className="muted"> ({formatFileSize(file.size, lang)})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
