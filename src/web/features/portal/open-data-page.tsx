import { formatDate } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DatasetFacts } from './dataset-facts.tsx';
import { catalogueUrl, fetchCatalogue, portalPaths } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';
import { PortalState } from './portal-state.tsx';

const apiAddresses = [
  '/api/public/units',
  '/api/public/units/{mã đơn vị}',
  '/api/public/ranking',
  '/api/public/datasets',
  '/api/public/datasets/{bộ dữ liệu}',
  '/api/public/datasets/{bộ dữ liệu}/v/{phiên bản | latest}.csv',
  '/api/public/datasets/{bộ dữ liệu}/v/{phiên bản | latest}.json',
];

/** /portal/open-data: the catalogue, with the latest files of each dataset and the API. */
export function OpenDataPage() {
  const text = useText(portalText);
  const { lang } = useLang();
  const state = useApi(catalogueUrl, fetchCatalogue);
  usePageTitle(text.openDataTitle);
  return (
    <>
      <h1>{text.openDataTitle}</h1>
      <PortalState state={state}>
        {(catalogue) => (
          <>
            <p className="portal-lead">{catalogue.description[lang]}</p>
            {catalogue.datasets.length === 0 && <p>{text.datasetsNone}</p>}
            <ul className="portal-datasets">
              {catalogue.datasets.map((dataset) => (
                <li key={dataset.identifier} className="portal-dataset">
                  <h2 className="portal-dataset__title" id={`portal-ds-${dataset.identifier}`}>
                    <Link to={portalPaths.dataset(dataset.identifier)}>{dataset.title[lang]}</Link>
                  </h2>
                  <p>{dataset.description[lang]}</p>
                  <DatasetFacts dataset={dataset} />
                  {dataset.distributions.length > 0 ? (
                    <p className="portal-downloads">
                      {dataset.distributions.map((d) => (
                        <a
                          key={d.format}
                          className="button button--small"
                          href={d.downloadUrl}
                          aria-label={text.downloadOf(d.format, dataset.title[lang])}
                        >
                          {text.download(d.format)}
                        </a>
                      ))}
                    </p>
                  ) : (
                    <p className="muted">{text.noVersion}</p>
                  )}
                  {dataset.modified && (
                    <p className="muted">
                      {text.modified}: {formatDate(dataset.modified, lang)}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            <section className="portal-section" aria-labelledby="portal-api">
              <h2 id="portal-api">{text.apiTitle}</h2>
              <p>{text.apiIntro}</p>
              <ul className="portal-api">
                {apiAddresses.map((address) => (
                  <li key={address}>
                    <code>GET {address}</code>
                  </li>
                ))}
              </ul>
              <p>{text.csvNote}</p>
              <p>
                <a href="/api/docs">{text.apiDocs}</a>
              </p>
            </section>
          </>
        )}
      </PortalState>
    </>
  );
}
