import { formatDate, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DatasetFacts } from './dataset-facts.tsx';
import { datasetUrl, fetchDataset, portalPaths } from './portal.api.ts';
import { datatypeLabels, labelIn, portalText } from './portal.i18n.ts';
import { PortalState } from './portal-state.tsx';
import { ScrollBox } from './scroll-box.tsx';

/** /portal/open-data/:dataset: one dataset, its columns and every version with its stable files. */
export function DatasetPage({ name }: { name: string }) {
  const text = useText(portalText);
  const { lang } = useLang();
  const state = useApi(datasetUrl(name), (signal) => fetchDataset(name, signal));
  usePageTitle(state.data?.title[lang] ?? text.openDataTitle);
  const n = (value: number) => formatNumber(value, lang);
  return (
    <PortalState state={state}>
      {(dataset) => (
        <>
          <p>
            <Link to={portalPaths.openData}>{text.openDataTitle}</Link>
          </p>
          <h1>{dataset.title[lang]}</h1>
          <p className="portal-lead">{dataset.description[lang]}</p>
          <DatasetFacts dataset={dataset} />
          <p className="muted">
            {text.keywords}: {dataset.keywords.join(', ')}
          </p>
          <section className="portal-section" aria-labelledby="portal-versions">
            <h2 id="portal-versions">{text.versionsTitle}</h2>
            {dataset.versions.length === 0 ? (
              <p>{text.noVersion}</p>
            ) : (
              <>
                <ScrollBox label={text.tableOf(text.versionsTitle)}>
                  <table className="portal-table">
                    <thead>
                      <tr>
                        <th scope="col">{text.version}</th>
                        <th scope="col">{text.issuedOn}</th>
                        <th scope="col" className="portal-table__num">
                          {text.rows}
                        </th>
                        <th scope="col">{text.files}</th>
                        <th scope="col">{text.notes}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {dataset.versions.map((version) => (
                        <tr key={version.version}>
                          <th scope="row">{text.versionN(n(version.version))}</th>
                          <td>{formatDate(version.issued, lang)}</td>
                          <td className="portal-table__num">{n(version.rowCount)}</td>
                          <td>
                            {version.status === 'available' ? (
                              <span className="portal-downloads">
                                {version.distributions.map((d) => (
                                  <a
                                    key={d.format}
                                    href={d.downloadUrl}
                                    aria-label={text.downloadOf(d.format, text.versionN(n(version.version)))}
                                  >
                                    {text.download(d.format)}
                                  </a>
                                ))}
                              </span>
                            ) : (
                              <span className="badge badge--muted">{text.withdrawn}</span>
                            )}
                          </td>
                          <td>
                            {version.versionNotes}
                            {version.distributions
                              .filter((d) => d.sha256)
                              .map((d) => (
                                <span key={d.format} className="portal-checksum">
                                  {text.checksum}: <code>{d.sha256}</code>
                                </span>
                              ))}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
                {dataset.versions.some((v) => v.status === 'withdrawn') && (
                  <p className="muted">{text.withdrawnNote}</p>
                )}
              </>
            )}
          </section>
          <section className="portal-section" aria-labelledby="portal-columns">
            <h2 id="portal-columns">{text.columnsTitle}</h2>
            <ScrollBox label={text.tableOf(text.columnsTitle)}>
              <table className="portal-table">
                <thead>
                  <tr>
                    <th scope="col">{text.columnName}</th>
                    <th scope="col">{text.columnMeaning}</th>
                    <th scope="col">{text.columnType}</th>
                  </tr>
                </thead>
                <tbody>
                  {dataset.columns.map((column) => (
                    <tr key={column.name}>
                      <th scope="row">
                        <code>{column.name}</code>
                      </th>
                      <td>{column.title[lang]}</td>
                      <td>{labelIn(datatypeLabels, column.datatype, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
            <p className="muted">{text.csvNote}</p>
          </section>
        </>
      )}
    </PortalState>
  );
}
