import { useText } from '../../lib/i18n.ts';
import { tokensText } from './machine-tokens.i18n.ts';

const example = (origin: string, token: string) => `curl -X POST ${origin}/api/ingest/values \\
  -H 'Authorization: Bearer ${token}' \\
  -H 'Content-Type: application/json' \\
  -d '{
    "plan": "266-KH/TU",
    "indicator": "CDS.04",
    "periodEnd": "2026-06-14",
    "value": 94.12,
    "requestKey": "dvc-2026-06-14-CDS.04"
  }'`;

/** How a unit's system pushes values with its token: the request, the fields, the answers. */
export function IngestGuide() {
  const text = useText(tokensText);
  const fields: [string, string][] = [
    ['plan', text.guidePlan],
    ['indicator', text.guideIndicator],
    ['periodEnd', text.guidePeriodEnd],
    ['value', text.guideValue],
    ['requestKey', text.guideRequestKey],
  ];
  return (
    <>
      <p>{text.guideIntro}</p>
      <pre className="ind-code-block" tabIndex={0} role="region" aria-label={text.guideExample}>
        <code>{example(window.location.origin, text.guideToken)}</code>
      </pre>
      <h3>{text.guideFields}</h3>
      <dl className="ind-guide-fields">
        {fields.map(([name, meaning]) => (
          <div key={name}>
            <dt>
              <code>{name}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>{text.guideOptional}</p>
      <p>{text.guideAnswer}</p>
    </>
  );
}
