import { useState, type FormEvent } from 'react';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { issueVersion, type DatasetName, type PublishingBoard } from './publishing.api.ts';
import { publishingText } from './publishing.i18n.ts';
import type { PublishingAction } from './use-publishing-action.ts';

type Props = { board: PublishingBoard; action: PublishingAction };

/** The open datasets with their latest version, and the form that issues the next one. */
export function DatasetSection({ board, action }: Props) {
  const text = useText(publishingText);
  const { lang } = useLang();
  const [dataset, setDataset] = useState<DatasetName>(board.datasets[0]?.name ?? 'task-figures');
  const [notes, setNotes] = useState('');
  const title = board.datasets.find((d) => d.name === dataset)?.title ?? dataset;

  async function submit(event: FormEvent) {
    event.preventDefault();
    let notice = '';
    const isDone = await action.run(
      'issue',
      async () => {
        const version = await issueVersion(dataset, notes);
        notice = text.issuedNotice(title, formatNumber(version.version, lang), formatNumber(version.rowCount, lang));
      },
      '',
    );
    if (isDone) {
      setNotes('');
      action.announce(notice);
    }
  }

  return (
    <section className="card" aria-labelledby="pub-datasets">
      <h2 id="pub-datasets">{text.datasetsTitle}</h2>
      <p className="muted">{text.datasetsIntro}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={text.datasetsTable}>
        <table className="table pub-table">
          <thead>
            <tr>
              <th scope="col">{text.dataset}</th>
              <th scope="col">{text.latestVersion}</th>
              <th scope="col">{text.viewOnPortal}</th>
            </tr>
          </thead>
          <tbody>
            {board.datasets.map((d) => (
              <tr key={d.name}>
                <td>{d.title}</td>
                <td>
                  {d.latestVersion === null
                    ? text.noVersion
                    : text.versionOn(formatNumber(d.latestVersion, lang), formatDate(d.modified, lang))}
                </td>
                <td>
                  <a href={`/portal/open-data/${d.name}`}>
                    {text.viewOnPortal}
                    <span className="visually-hidden"> {d.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ErrorAlert error={action.error} shownFields={['versionNotes']} />
      <form className="pub-add" onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          label={text.dataset}
          value={dataset}
          onChange={(event) => setDataset(event.target.value as DatasetName)}
        >
          {board.datasets.map((d) => (
            <option key={d.name} value={d.name}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <TextField
          label={text.versionNotes}
          value={notes}
          maxLength={2000}
          onChange={(event) => setNotes(event.target.value)}
          error={action.error?.fieldMessage('versionNotes')}
        />
        <button type="submit" className="button button--primary" disabled={action.busyKey === 'issue'}>
          {text.issue}
        </button>
      </form>
    </section>
  );
}
