import { useState } from 'react';
import { pillarLabels, pillars, type Pillar } from '../../../shared/pillars.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import type { Dashboard } from './dashboard.api.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { RankingTable } from './ranking-table.tsx';

type Props = { dashboard: Dashboard; plan?: string };

/**
 * The ranking overall or over one pillar's tasks: a group of toggle buttons (the pressed one is shown),
 * so the choice is one keystroke away and read out as "pressed" by screen readers.
 */
export function RankingSection({ dashboard, plan }: Props) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const [pillar, setPillar] = useState<Pillar | 'all'>('all');
  const available = pillars.filter((p) => (dashboard.rankingByPillar[p]?.length ?? 0) > 0);
  const rows = pillar === 'all' ? dashboard.ranking : (dashboard.rankingByPillar[pillar] ?? []);
  const choices: { key: Pillar | 'all'; label: string }[] = [
    { key: 'all', label: text.rankingAll },
    ...available.map((p) => ({ key: p, label: pillarLabels[p][lang] })),
  ];
  return (
    <>
      {available.length > 0 && (
        <div className="dash-toggles dash-screen-only" role="group" aria-label={text.rankingBy}>
          {choices.map((choice) => (
            <button
              key={choice.key}
              type="button"
              className="button button--small dash-toggle"
              aria-pressed={pillar === choice.key}
              onClick={() => setPillar(choice.key)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      <RankingTable ranking={rows} asOf={dashboard.asOf} plan={plan} />
    </>
  );
}
