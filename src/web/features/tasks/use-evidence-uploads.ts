import { useEffect, useRef, useState } from 'react';
import type { EvidenceFile } from '../../../shared/api/evidence.ts';
import { ApiError, toApiError } from '../../lib/api-client.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useMe } from '../../lib/session.ts';
import { useErrorMessage } from '../../lib/ui/error-alert.tsx';
import { uploadEvidence } from './evidence.api.ts';
import { evidenceText, maxFilesPerSubmission, uploadErrorEnglish } from './evidence.i18n.ts';

export type Upload = {
  key: number;
  name: string;
  size: number;
  percent: number;
  state: 'uploading' | 'done' | 'failed';
  file?: EvidenceFile;
  error?: ApiError;
};

/** The server's words in Vietnamese; in English, ours for the refusals we know. */
export function useUploadErrorMessage(): (error: ApiError) => string {
  const { lang } = useLang();
  const general = useErrorMessage();
  return (error) => (lang === 'en' ? (uploadErrorEnglish[error.code] ?? general(error)) : error.message);
}

/**
 * The files attached to one report or proposal: each is uploaded as soon as it is chosen, so the form
 * only sends the ids. A file removed here stays in the task's evidence (the API has no delete); it is
 * just not named in this submission.
 */
export function useEvidenceUploads(taskId: number) {
  const { csrfToken } = useMe();
  const text = useText(evidenceText);
  const messageOf = useUploadErrorMessage();
  const [uploads, setUploads] = useState<Upload[]>([]);
  // The count makes a repeated message (two files of the same name) a new text node, so it is read again.
  const [announcement, setAnnouncement] = useState({ message: '', count: 0 });
  const [isWaitAsked, setWaitAsked] = useState(false);
  const nextKey = useRef(1);
  const controllers = useRef(new Map<number, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const announce = (message: string) => setAnnouncement((current) => ({ message, count: current.count + 1 }));
  const update = (key: number, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  async function start(file: File, key: number) {
    const controller = new AbortController();
    controllers.current.set(key, controller);
    try {
      const uploaded = await uploadEvidence(taskId, file, {
        csrfToken,
        signal: controller.signal,
        onProgress: (percent) => update(key, { percent }),
      });
      update(key, { state: 'done', percent: 100, file: uploaded });
      announce(text.doneOne(file.name));
    } catch (caught) {
      if (controller.signal.aborted) return;
      const error = toApiError(caught);
      update(key, { state: 'failed', error });
      announce(text.failedOne(file.name, messageOf(error)));
    } finally {
      controllers.current.delete(key);
    }
  }

  function add(files: File[]) {
    if (files.length === 0) return;
    let room = maxFilesPerSubmission - uploads.filter((upload) => upload.state !== 'failed').length;
    const added = files.map((file): Upload => {
      const upload: Upload = {
        key: nextKey.current++,
        name: file.name,
        size: file.size,
        percent: 0,
        state: 'uploading',
      };
      if (room-- > 0) return upload;
      return { ...upload, state: 'failed', error: new ApiError(0, 'TOO_MANY_FILES', evidenceText.vi.tooMany, []) };
    });
    setUploads((current) => [...current, ...added]);
    added.forEach((upload, index) => {
      if (upload.state === 'uploading') void start(files[index]!, upload.key);
    });
    const started = added.filter((upload) => upload.state === 'uploading');
    const message = started.length === 1 ? text.startedOne(started[0]!.name) : text.startedMany(started.length);
    announce(started.length === added.length ? message : `${started.length > 0 ? message : ''} ${text.tooMany}`.trim());
  }

  function remove(key: number) {
    const upload = uploads.find((item) => item.key === key);
    controllers.current.get(key)?.abort();
    setUploads((current) => current.filter((item) => item.key !== key));
    if (upload) announce(text.removed(upload.name));
  }

  const isUploading = uploads.some((upload) => upload.state === 'uploading');
  return {
    uploads,
    announcement,
    /** Asked to send while a file is still uploading: the field says to wait until it is done. */
    isWaiting: isWaitAsked && isUploading,
    fileIds: uploads.flatMap((upload) => (upload.file ? [upload.file.id] : [])),
    add,
    remove,
    /** False (and the field says why) while a file is still on its way. */
    isReadyToSend(): boolean {
      setWaitAsked(isUploading);
      if (isUploading) announce(text.waitForUploads);
      return !isUploading;
    },
    /** After the form was sent: the files are now part of the report. */
    clear() {
      setUploads([]);
      setWaitAsked(false);
    },
  };
}

export type EvidenceUploads = ReturnType<typeof useEvidenceUploads>;
