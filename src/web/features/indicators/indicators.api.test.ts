import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/api/plans.ts';
import { defaultPlan } from './indicators.api.ts';

const plan = (code: string, unit: string, parentCode: string | null) =>
  ({ code, unit: { code: unit, fullName: unit }, parentCode }) as Plan;
const plans = [
  plan('57-NQ/TW', 'TW', null),
  plan('266-KH/TU', '38', '71/NQ-CP'),
  plan('KH-57/TN', '19', '71/NQ-CP'),
  plan('71/NQ-CP', 'TW', '57-NQ/TW'),
];

describe('defaultPlan', () => {
  it('picks the plan of the user’s unit, the top one at the centre', () => {
    expect(defaultPlan(plans, '38')?.code).toBe('266-KH/TU');
    expect(defaultPlan(plans, '19')?.code).toBe('KH-57/TN');
    expect(defaultPlan(plans, 'TW')?.code).toBe('57-NQ/TW');
  });

  it('falls back to the plan of the unit above, then to the most local one', () => {
    expect(defaultPlan(plans, '38.SKHCN')?.code).toBe('266-KH/TU');
    expect(defaultPlan([plans[0]!, plans[3]!], '01')?.code).toBe('57-NQ/TW');
    expect(defaultPlan([], '38')).toBeUndefined();
  });
});
