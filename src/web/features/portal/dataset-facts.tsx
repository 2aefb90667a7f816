import { formatDate, formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import type { PublicDataset } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';

/** A dataset's DCAT-style facts: licence, publisher, time covered, version. */
export function DatasetFacts({ dataset }: { dataset: PublicDataset }) {
  const text = useText(portalText);
  const { lang } = useLang();
  return (
    <dl className="portal-facts">
      <div>
        <dt>{text.license}</dt>
        <dd>
          <a href={dataset.license.url} rel="license">
            {dataset.license.title}
          </a>
        </dd>
      </div>
      {dataset.publisher && (
        <div>
          <dt>{text.publisher}</dt>
          <dd>{dataset.publisher}</dd>
        </div>
      )}
      {dataset.temporal && (
        <div>
          <dt>{text.temporal}</dt>
          <dd>{text.temporalRange(formatDay(dataset.temporal.start, lang), formatDay(dataset.temporal.end, lang))}</dd>
        </div>
      )}
      {dataset.version !== null && (
        <div>
          <dt>{text.version}</dt>
          <dd>{formatNumber(dataset.version, lang)}</dd>
        </div>
      )}
      {dataset.issued && (
        <div>
          <dt>{text.issued}</dt>
          <dd>{formatDate(dataset.issued, lang)}</dd>
        </div>
      )}
    </dl>
  );
}
