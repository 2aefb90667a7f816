import { useId, useRef, type ChangeEvent } from 'react';
import { formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { acceptedExtensions, evidenceText } from './evidence.i18n.ts';
import { formatFileSize } from './file-size.ts';
import { useUploadErrorMessage, type EvidenceUploads, type Upload } from './use-evidence-uploads.ts';

const accept = acceptedExtensions.map((extension) => `.${extension}`).join(',');

type Props = {
  uploads: EvidenceUploads;
  /** The server's message for `evidenceFileIds` when the form was refused. */
  error?: string;
};

/** "Tệp minh chứng": choose files, watch each upload, drop one from this submission, read why one failed. */
export function EvidenceUploadField({ uploads, error }: Props) {
  const text = useText(evidenceText);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldError = uploads.isWaiting ? text.waitForUploads : error;
  const describedBy = [`${id}-hint`, fieldError ? `${id}-error` : ''].filter(Boolean).join(' ');

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    uploads.add(Array.from(event.target.files ?? []));
    // The list below is what will be sent; an emptied input lets the same file be chosen again.
    event.target.value = '';
  }

  function handleRemove(key: number) {
    uploads.remove(key);
    // The button is gone with its row; keep keyboard users in the field rather than on <body>.
    inputRef.current?.focus();
  }

  return (
    <div className={fieldError ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {text.fieldLabel} {text.optional}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="input input--file"
        type="file"
        multiple
        accept={accept}
        aria-describedby={describedBy}
        aria-invalid={fieldError ? true : undefined}
        onChange={handleChange}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {text.fieldHint}
      </p>
      {fieldError && (
        <p className="field__error" id={`${id}-error`}>
          {fieldError}
        </p>
      )}
      {uploads.uploads.length > 0 && (
        <ul className="uploads" aria-label={text.listLabel}>
          {uploads.uploads.map((upload) => (
            <UploadRow key={upload.key} upload={upload} onRemove={() => handleRemove(upload.key)} />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {uploads.announcement.message && <span key={uploads.announcement.count}>{uploads.announcement.message}</span>}
      </p>
    </div>
  );
}

function UploadRow({ upload, onRemove }: { upload: Upload; onRemove: () => void }) {
  const text = useText(evidenceText);
  const { lang } = useLang();
  const messageOf = useUploadErrorMessage();
  const buttonLabel = { uploading: text.cancel, done: text.remove, failed: text.dismiss }[upload.state];
  return (
    <li className={`upload upload--${upload.state}`}>
      <p className="upload__file">
        <span className="upload__name">{upload.name}</span>{' '}
        <span className="upload__size">({formatFileSize(upload.size, lang)})</span>
      </p>
      {upload.state === 'uploading' && (
        <span className="upload__progress">
          <progress max={100} value={upload.percent} aria-label={text.progressOf(upload.name)} />
          <span className="upload__percent">{formatPercent(upload.percent, lang, 0)}</span>
        </span>
      )}
      {upload.state === 'done' && <p className="upload__state">{text.uploaded}</p>}
      {upload.error && (
        <p className="field__error upload__error">
          {text.failed}: {messageOf(upload.error)}
        </p>
      )}
      <button type="button" className="button button--small upload__remove" onClick={onRemove}>
        {buttonLabel}
        <span className="visually-hidden"> {upload.name}</span>
      </button>
    </li>
  );
}
