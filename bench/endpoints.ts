/**
 * Every dashboard and statistics endpoint, for each unit a scenario looks at, paired with the
 * hand-written SQL that computes the same answer (bench/reference-sql.ts).
 */
import type pg from 'pg';
import { vietnamDate } from '../src/shared/dates.ts';
import type { Fixtures } from './fixtures.ts';
import { dashboardRef, indicatorsRef, taskCountsRef, trendRef } from './reference-sql.ts';

/** The "as of" date of the measured figures: a month before the end of the generated history. */
export const AS_OF = '2026-09-30';
export const NEAR_DEADLINE_DAYS = 7;

export type Endpoint = {
  label: string;
  path: string;
  reference: (client: pg.PoolClient) => Promise<unknown>;
  /** For the answer check: the API's total against the reference's counted rows. */
  totalOf?: { api: (json: Record<string, unknown>) => number; ref: (rows: unknown) => number };
};

const sumOfRows = (rows: unknown) => (rows as { n: number }[]).reduce((sum, row) => sum + row.n, 0);

export function endpointsOf(fx: Fixtures, today: string): Endpoint[] {
  const near = NEAR_DEADLINE_DAYS;
  return fx.views.flatMap((view) => {
    const unit = { id: view.id, path: view.path, planCode: view.planCode };
    const name = view.code === 'TW' ? 'TW (national)' : `${view.code} (province)`;
    const total = { api: (json: Record<string, unknown>) => json.total as number, ref: sumOfRows };
    return [
      {
        label: `GET /api/stats/tasks, ${name}, as of ${AS_OF}`,
        path: `/api/stats/tasks?unit=${view.code}&asOf=${AS_OF}`,
        reference: (client) => taskCountsRef(client, view.path, [AS_OF], near),
        totalOf: total,
      },
      {
        label: `GET /api/stats/tasks, ${name}, today`,
        path: `/api/stats/tasks?unit=${view.code}`,
        reference: (client) => taskCountsRef(client, view.path, [today], near),
        totalOf: total,
      },
      {
        label: `GET /api/stats/indicators, ${name}, plan ${view.planCode}`,
        path: `/api/stats/indicators?unit=${view.code}&plan=${encodeURIComponent(view.planCode)}&asOf=${AS_OF}`,
        reference: (client) => indicatorsRef(client, view.id, view.planCode, AS_OF),
      },
      {
        label: `GET /api/dashboard, ${name}`,
        path: `/api/dashboard?unit=${view.code}&asOf=${AS_OF}`,
        reference: (client) => dashboardRef(client, unit, AS_OF, near),
      },
      {
        label: `GET /api/dashboard/trend, ${name} (6 points)`,
        path: `/api/dashboard/trend?unit=${view.code}&asOf=${AS_OF}&points=6`,
        reference: (client) => trendRef(client, unit, AS_OF, near),
      },
    ] satisfies Endpoint[];
  });
}

/** The date the server calls today (Vietnam time), for the "today" references. */
export const todayInVietnam = () => vietnamDate(new Date());
