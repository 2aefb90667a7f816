import type { Executor } from '../db/database.ts';
import { indicatorTargets, indicators, indicatorValues } from '../indicators/indicator.table.ts';
import type { UnitRow } from '../units/unit.repository.ts';
import { demoIndicatorRows } from './demo-indicators.ts';
import type { TargetRow } from './demo-targets.ts';

const PLAN_ISSUED_ON = '2025-03-05';

/** The 65 indicators of 266-KH/TU with baselines, 2025 targets and an approved value history for Thanh Hóa. */
export async function seedDemoIndicators(tx: Executor, planId: number, byCode: Map<string, UnitRow>) {
  const province = byCode.get('38')!;
  const office = byCode.get('38.SKHCN')!;
  const created = await tx
    .insert(indicators)
    .values(
      demoIndicatorRows.map(({ pillar, row: [code, name, unit] }) => ({
        planId,
        code,
        name,
        pillar,
        tier: code.endsWith('.01') || code.endsWith('.02') ? 'strategic' : 'operational',
        unitOfMeasure: unit,
        direction: 'higher',
        kind: unit === '%' ? 'point' : 'cumulative',
        period: 'six-month',
        responsibleUnitId: office.id,
        rollup: unit === '%' ? 'weighted_average' : 'sum',
        minValue: 0,
        maxValue: unit === '%' ? 100 : null,
        isSample: demoIndicatorRows.find((r) => r.row[0] === code)!.row[6],
      })),
    )
    .returning({ id: indicators.id, code: indicators.code });
  const idOf = new Map(created.map((c) => [c.code, c.id]));
  const targets = demoIndicatorRows.flatMap(({ row: [code, , , baseline, , target] }) => [
    ...(baseline === null
      ? []
      : [
          {
            indicatorId: idOf.get(code)!,
            unitId: province.id,
            kind: 'baseline',
            year: null,
            on: PLAN_ISSUED_ON,
            value: baseline,
          },
        ]),
    ...(target === null
      ? []
      : [
          {
            indicatorId: idOf.get(code)!,
            unitId: province.id,
            kind: 'target',
            year: 2025,
            on: '2025-12-31',
            value: target,
          },
        ]),
  ]);
  await tx.insert(indicatorTargets).values(targets);
  // Six-month values (periods cut on the 15th: they end on 14/6 and 14/12), approved days later.
  const values = demoIndicatorRows.flatMap(({ row: [code, , , baseline, value] }) => {
    if (value === null) return [];
    const mid = baseline === null ? null : Math.round(((baseline + value) / 2) * 100) / 100;
    const base = {
      indicatorId: idOf.get(code)!,
      unitId: province.id,
      status: 'approved',
      source: 'seed',
      isSample: true,
    };
    return [
      ...(mid === null
        ? []
        : [{ ...base, periodEnd: '2025-06-14', value: mid, submittedOn: '2025-06-20', reviewedOn: '2025-06-25' }]),
      { ...base, periodEnd: '2025-12-14', value, submittedOn: '2025-12-20', reviewedOn: '2025-12-26' },
    ];
  });
  await tx.insert(indicatorValues).values(values);
  return { indicators: created.length, values: values.length };
}

/** Catalogue rows with milestone targets only (no values yet): grey until someone reports. */
export async function seedTargetCatalogue(tx: Executor, planId: number, unitId: number, rows: TargetRow[]) {
  const created = await tx
    .insert(indicators)
    .values(
      rows.map(([code, pillar, name, unit]) => ({
        planId,
        code,
        name,
        pillar,
        tier: 'strategic',
        unitOfMeasure: unit,
        direction: 'higher',
        kind: unit.startsWith('%') ? 'point' : 'period',
        period: 'annual',
        rollup: unit.startsWith('%') ? 'weighted_average' : 'sum',
        minValue: 0,
        maxValue: unit === '%' ? 100 : null,
        isSample: false,
      })),
    )
    .returning({ id: indicators.id, code: indicators.code });
  const idOf = new Map(created.map((c) => [c.code, c.id]));
  const targets = rows.flatMap(([code, , , , t2025, t2030]) =>
    (
      [
        [2025, t2025],
        [2030, t2030],
      ] as const
    )
      .filter(([, value]) => value !== null)
      .map(([year, value]) => ({
        indicatorId: idOf.get(code)!,
        unitId,
        kind: 'target',
        year,
        on: `${year}-12-31`,
        value: value!,
      })),
  );
  if (targets.length) await tx.insert(indicatorTargets).values(targets);
  return created.length;
}
