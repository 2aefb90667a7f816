import type { Lang } from '../../lib/i18n.ts';
import { parseLocaleNumber } from './parse-number.ts';

export type EntryRules = { kind: string; minValue: number | null; maxValue: number | null };
export type EntryInput = { valueText: string; explanation: string; lang: Lang };

export type EntryCheck = {
  /** The number as read, when the text is one. */
  value: number | null;
  valueProblem: 'required' | 'notNumber' | 'outOfRange' | null;
  /** A cumulative count below the last approved one must be explained (the server asks the same). */
  needsExplanation: boolean;
  explanationProblem: 'required' | null;
};

/** The server's rules for a value, checked as the user types so most mistakes never make a round trip. */
export function checkEntry(rules: EntryRules, lastApproved: number | null, input: EntryInput): EntryCheck {
  const text = input.valueText.trim();
  const value = text === '' ? null : parseLocaleNumber(text, input.lang);
  const { minValue: min, maxValue: max } = rules;
  const isOutOfRange = value !== null && ((min !== null && value < min) || (max !== null && value > max));
  const valueProblem = text === '' ? 'required' : value === null ? 'notNumber' : isOutOfRange ? 'outOfRange' : null;
  const needsExplanation =
    rules.kind === 'cumulative' && value !== null && lastApproved !== null && value < lastApproved;
  return {
    value,
    valueProblem,
    needsExplanation,
    explanationProblem: needsExplanation && input.explanation.trim() === '' ? 'required' : null,
  };
}
