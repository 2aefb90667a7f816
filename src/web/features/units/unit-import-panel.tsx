import { useId, useState, type FormEvent } from 'react';
import type { ImportReport } from '../../../shared/api/units.ts';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { ImportReportView } from './import-report.tsx';
import { importFormatOf, importUnits } from './units.api.ts';
import { unitsText } from './units.i18n.ts';

/** Admins only (ability units:import): send a unit list, dry run first by default. */
export function UnitImportPanel({ onApplied }: { onApplied: () => void }) {
  const text = useText(unitsText);
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [isDryRun, setDryRun] = useState(true);
  const [isBusy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<ApiError>();
  const [isMissingFile, setMissingFile] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReport(undefined);
    setError(undefined);
    setMissingFile(!file);
    if (!file) return;
    setBusy(true);
    try {
      const result = await importUnits(file, { format: importFormatOf(file), isDryRun });
      setReport(result);
      if (result.isApplied) onApplied();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{text.importTitle}</h2>
      <p className="muted">{text.importIntro}</p>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <div className={isMissingFile ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={fileId}>
            {text.importFile}
          </label>
          <input
            id={fileId}
            className="input input--file"
            type="file"
            accept=".csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint${isMissingFile ? ` ${fileId}-error` : ''}`}
            aria-invalid={isMissingFile || undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <p className="field__hint" id={`${fileId}-hint`}>
            {text.importFileHint}
          </p>
          {isMissingFile && (
            <p className="field__error" id={`${fileId}-error`}>
              {text.chooseFile}
            </p>
          )}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={isDryRun} onChange={(event) => setDryRun(event.target.checked)} />
          <span>{text.dryRun}</span>
        </label>
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? text.importing : isDryRun ? text.checkSubmit : text.importSubmit}
        </button>
      </form>
      <div aria-live="polite">
        <ErrorAlert error={error} />
        {report && <ImportReportView report={report} />}
      </div>
    </section>
  );
}
