import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UnitDetail } from '../../../shared/api/units.ts';
import { unitLevelLabels, unitLevels, type UnitLevel } from '../../../shared/domain.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useMe, useCan } from '../../lib/session.ts';
import { useDebounced } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { UnitDetailPanel } from './unit-detail.tsx';
import { UnitImportPanel } from './unit-import-panel.tsx';
import { UnitSearchResults } from './unit-search-results.tsx';
import { UnitTree } from './unit-tree.tsx';
import { unitsText } from './units.i18n.ts';
import { useUnitTree } from './use-unit-tree.ts';

const PAGE_SIZE = 20;

/** /units and /units/:code: search or browse on the left, the selected unit on the right. */
export function UnitsPage({ code }: { code?: string }) {
  const text = useText(unitsText);
  const { lang } = useLang();
  const me = useMe();
  const canImport = useCan('units:import');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<UnitLevel | ''>('');
  const [offset, setOffset] = useState(0);
  const debouncedQ = useDebounced(q.trim());
  const isSearching = debouncedQ !== '' || level !== '';
  usePageTitle(code ? '' : text.title);

  const root = useMemo(() => ({ ...me.user.unit, childCount: null }), [me.user.unit]);
  const tree = useUnitTree(root);
  const { reveal } = tree;
  // Open the branches down to the unit shown, so the tree and the details agree.
  const handleLoaded = useCallback((unit: UnitDetail) => reveal(unit.ancestors.map((a) => a.code)), [reveal]);

  const detailRef = useRef<HTMLDivElement>(null);
  const shownCode = useRef(code);
  useEffect(() => {
    if (shownCode.current === code) return;
    shownCode.current = code;
    // On a phone the details sit above a long list; bring them into view when a unit is picked there.
    if (code && window.matchMedia('(max-width: 52rem)').matches) detailRef.current?.scrollIntoView({ block: 'start' });
  }, [code]);

  return (
    <div className="page">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <div className="split">
        <div className="split__side card">
          <search className="search-form">
            <TextField
              label={text.search}
              type="search"
              hint={text.searchHint}
              value={q}
              autoComplete="off"
              onChange={(event) => {
                setQ(event.target.value);
                setOffset(0);
              }}
            />
            <SelectField
              label={text.level}
              value={level}
              onChange={(event) => {
                setLevel(event.target.value as UnitLevel | '');
                setOffset(0);
              }}
            >
              <option value="">{text.allLevels}</option>
              {unitLevels.map((value) => (
                <option key={value} value={value}>
                  {unitLevelLabels[value][lang]}
                </option>
              ))}
            </SelectField>
          </search>
          {isSearching ? (
            <UnitSearchResults
              query={{ q: debouncedQ, level, limit: PAGE_SIZE, offset }}
              selectedCode={code}
              onPage={setOffset}
            />
          ) : (
            <UnitTree tree={tree} selectedCode={code} />
          )}
        </div>
        <div className={code ? 'split__main card' : 'split__main split__main--empty card'} ref={detailRef}>
          {code ? <UnitDetailPanel code={code} onLoaded={handleLoaded} /> : <p className="muted">{text.pickUnit}</p>}
        </div>
      </div>
      {canImport && <UnitImportPanel onApplied={tree.refresh} />}
    </div>
  );
}
