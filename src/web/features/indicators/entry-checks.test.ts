import { describe, expect, it } from 'vitest';
import { checkEntry } from './entry-checks.ts';

const percent = { kind: 'point', minValue: 0, maxValue: 100 };
const count = { kind: 'cumulative', minValue: 0, maxValue: null };
const typed = (valueText: string, explanation = '') => ({ valueText, explanation, lang: 'vi' as const });

describe('checkEntry', () => {
  it('reads Vietnamese numbers and checks the range', () => {
    expect(checkEntry(percent, 25, typed('94,12'))).toMatchObject({ value: 94.12, valueProblem: null });
    expect(checkEntry(percent, 25, typed('130'))).toMatchObject({ value: 130, valueProblem: 'outOfRange' });
    expect(checkEntry(percent, 25, typed('-1'))).toMatchObject({ valueProblem: 'outOfRange' });
    expect(checkEntry(percent, 25, typed('9x'))).toMatchObject({ value: null, valueProblem: 'notNumber' });
    expect(checkEntry(percent, 25, typed('  '))).toMatchObject({ value: null, valueProblem: 'required' });
  });

  it('asks to explain a cumulative count that falls, and only that', () => {
    expect(checkEntry(count, 60, typed('55'))).toMatchObject({
      needsExplanation: true,
      explanationProblem: 'required',
    });
    expect(checkEntry(count, 60, typed('55', 'Rà soát, loại trùng'))).toMatchObject({
      needsExplanation: true,
      explanationProblem: null,
    });
    expect(checkEntry(count, 60, typed('408.984'))).toMatchObject({ value: 408984, needsExplanation: false });
    expect(checkEntry(count, null, typed('5'))).toMatchObject({ needsExplanation: false });
    expect(checkEntry(percent, 60, typed('55'))).toMatchObject({ needsExplanation: false });
  });
});
