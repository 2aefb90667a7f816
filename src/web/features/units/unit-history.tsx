import type { UnitDetail } from '../../../shared/api/units.ts';
import { formatDate } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { unitPath } from './unit-links.ts';
import { unitsText } from './units.i18n.ts';

type UnitLink = UnitDetail['predecessors'][number];

type ListProps = { title: string; links: UnitLink[]; ownCode: string };

function LinkList({ title, links, ownCode }: ListProps) {
  const text = useText(unitsText);
  const { lang } = useLang();
  if (links.length === 0) return null;
  return (
    <>
      <h4 className="history__title">{title}</h4>
      <ul className="history__list">
        {links.map((link) => (
          <li key={`${link.kind}-${link.unit.code}-${link.effectiveOn}`}>
            {/* An official code can be reused by the unit that absorbed it; /units/:code would open this one again. */}
            {link.unit.code === ownCode ? (
              <span>{link.unit.fullName}</span>
            ) : (
              <Link to={unitPath(link.unit.code)}>{link.unit.fullName}</Link>
            )}{' '}
            <span className="muted">
              ({link.unit.code}, {text.linkKind(link.kind)}, {formatDate(link.effectiveOn, lang)}
              {link.unit.validTo ? `; ${text.dissolvedOn(formatDate(link.unit.validTo, lang))}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Merge history survives the 2025 reform because links are keyed on official unit codes. */
export function UnitHistory({ unit }: { unit: UnitDetail }) {
  const text = useText(unitsText);
  const isEmpty = unit.predecessors.length === 0 && unit.successors.length === 0;
  return (
    <section className="history" aria-labelledby="unit-history-title">
      <h3 id="unit-history-title">{text.history}</h3>
      {isEmpty ? (
        <p className="muted">{text.noHistory}</p>
      ) : (
        <>
          <LinkList title={text.predecessors} links={unit.predecessors} ownCode={unit.code} />
          <LinkList title={text.successors} links={unit.successors} ownCode={unit.code} />
        </>
      )}
    </section>
  );
}
