import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { ApiError, asApiError, type UploadProgress } from '../api/client';
import { library } from '../api/endpoints';
import type { LibraryArtefact } from '../api/types';
import { language, t } from '../i18n/i18n';
import { controlProps, FieldFrame } from './Fields';
import { problemText } from './Status';

/** The file types artefact-service accepts (its AllowedTypes), for the file picker. */
export const ACCEPTED_EXTENSIONS = [
  'pdf', 'docx', 'doc', 'odt', 'rtf', 'pptx', 'ppt', 'odp', 'xlsx', 'xls', 'ods', 'csv', 'png', 'jpg', 'jpeg', 'gif',
  'webp', 'mp3', 'm4a', 'wav', 'ogg', 'mp4', 'webm', 'mov', 'txt', 'md',
];

/** A file size in the portal's language: "93 bytes", "820 kB", "4.2 MB". */
export function formatSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
  // Bytes in full: the short form of "byte" does not take a plural in English ("93 byte").
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(value);
}

/** A whole percentage of an upload, or null when the browser cannot tell the total. */
export function percentOf(progress: UploadProgress | null): number | null {
  if (!progress || !progress.total) return null;
  return Math.min(100, Math.floor((progress.loaded / progress.total) * 100));
}

/**
 * Why an upload was refused: the service explains its refusals (an empty file, a type it does not
 * take, content that does not match the name, a file too large, the same file shared twice).
 */
export function uploadProblemText(error: ApiError): string {
  const explained = [400, 409, 413, 415, 422].includes(error.status);
  return explained && error.problem.detail ? error.problem.detail : problemText(error);
}

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; progress: UploadProgress | null }
  | { phase: 'failed'; error: ApiError };

/**
 * Uploads a file as the next version of an artefact, with its progress; cancel() stops it. The
 * promise resolves with the artefact as it is after the upload, or null when it was cancelled or refused.
 */
export function useArtefactUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (artefactId: string, file: File): Promise<LibraryArtefact | null> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ phase: 'uploading', progress: { loaded: 0, total: file.size || null } });
    try {
      const { data } = await library.upload(artefactId, file, (progress) => {
        if (!current.signal.aborted) setState({ phase: 'uploading', progress });
      }, current.signal);
      setState({ phase: 'idle' });
      return data;
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') {
        setState({ phase: 'idle' });
      } else {
        setState({ phase: 'failed', error: asApiError(caught) });
      }
      return null;
    } finally {
      if (controller.current === current) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}

/** The upload's progress bar with its label, the percentage in words, and a way to stop it. */
export function UploadProgressBar({
  id,
  fileName,
  progress,
  onCancel,
}: {
  id: string;
  fileName: string;
  progress: UploadProgress | null;
  onCancel: () => void;
}) {
  const percent = percentOf(progress);
  return (
    <div className="upload-progress">
      <label htmlFor={id} className="field__label">
        {t('upload.progressLabel', { name: fileName })}
      </label>
      <div className="upload-progress__bar">
        {percent === null ? (
          <progress id={id} className="upload-progress__meter" />
        ) : (
          <progress id={id} className="upload-progress__meter" max={100} value={percent} aria-valuetext={t('upload.percent', { percent })} />
        )}
        <span className="upload-progress__percent" aria-hidden="true">
          {percent === null ? t('upload.sending') : t('upload.percent', { percent })}
        </span>
      </div>
      {progress?.total ? (
        <p className="field__hint">
          {t('upload.sentOf', { sent: formatSize(progress.loaded), total: formatSize(progress.total) })}
        </p>
      ) : null}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('upload.cancel')}
      </button>
    </div>
  );
}

/** A file picker with its label, hint and errors, like the other fields (errors are whole sentences here). */
export function FileField({
  id,
  label,
  hint,
  errors = [],
  required,
  disabled,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  disabled?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  onChange: (file: File | null) => void;
}) {
  const field = { id, label, hint, errors, required };
  return (
    <FieldFrame {...field} sentences>
      <input
        {...controlProps(field)}
        ref={inputRef}
        type="file"
        className="input input--file"
        accept={ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
        disabled={disabled}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}
