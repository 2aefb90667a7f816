/**
 * The two presets. Quick (≤ 10 min on 2 cores): province scale on both engines and a tenth of the
 * national scale on PostgreSQL. Full: the sizes, national scale on PostgreSQL (100,000 tasks,
 * 5,000,000 reports, 2,000,000 values) and province scale on both engines (10,000 tasks, 500,000 reports).
 */
import type { EngineName } from '../src/server/db/database.ts';
import type { Scale } from './dataset.ts';
import type { Sampling } from './measure.ts';

export type ScenarioSpec = { tag: string; title: string; engine: EngineName; scale: Scale };

export type Preset = {
  name: 'quick' | 'full';
  scenarios: ScenarioSpec[];
  singles: Sampling;
  /** Single-user timings with the figure cache off (each answer computed). */
  colds: Sampling;
  loadSeconds: number;
  /** Slow endpoints get longer loads (each connection completes ~1.5 requests), up to this. */
  loadMaxSeconds: number;
  loadConnections: number;
  reportRate: number;
  reportSeconds: number;
  imports: { tasks: number; values: number };
  lcpRuns: number;
};

const province = (tasks: number, reports: number, values: number): Scale => ({
  kind: 'province',
  tasks,
  reports,
  values,
});

export function presetOf(name: 'quick' | 'full'): Preset {
  if (name === 'full') {
    const scale = province(10_000, 500_000, 90_000);
    return {
      name,
      scenarios: [
        { tag: 'full_province_pglite', title: 'Province scale, embedded (PGlite)', engine: 'pglite', scale },
        { tag: 'full_province_pg', title: 'Province scale, PostgreSQL', engine: 'postgresql', scale },
        {
          tag: 'full_national_pg',
          title: 'National scale, PostgreSQL',
          engine: 'postgresql',
          scale: { kind: 'national', tasks: 100_000, reports: 5_000_000, values: 2_000_000 },
        },
      ],
      singles: { min: 5, max: 100, seconds: 20 },
      colds: { min: 5, max: 40, seconds: 15 },
      loadSeconds: 10,
      loadMaxSeconds: 60,
      loadConnections: 8,
      reportRate: 1000,
      reportSeconds: 15,
      imports: { tasks: 1000, values: 3320 },
      lcpRuns: 5,
    };
  }
  const scale = province(2_000, 50_000, 20_000);
  return {
    name,
    scenarios: [
      { tag: 'quick_province_pglite', title: 'Province scale (reduced), embedded (PGlite)', engine: 'pglite', scale },
      { tag: 'quick_province_pg', title: 'Province scale (reduced), PostgreSQL', engine: 'postgresql', scale },
      {
        tag: 'quick_national_pg',
        title: 'National scale (1/10), PostgreSQL',
        engine: 'postgresql',
        scale: { kind: 'national', tasks: 10_000, reports: 500_000, values: 200_000 },
      },
    ],
    singles: { min: 5, max: 30, seconds: 6 },
    colds: { min: 3, max: 15, seconds: 4 },
    loadSeconds: 3,
    loadMaxSeconds: 20,
    loadConnections: 8,
    reportRate: 1000,
    reportSeconds: 5,
    imports: { tasks: 200, values: 1000 },
    lcpRuns: 3,
  };
}
