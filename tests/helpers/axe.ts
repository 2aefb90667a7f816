import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA and best-practice rules) in the page as it stands and returns the
 * violations, each with the CSS targets of its failing nodes so a failure message says where to look.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected inline script.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.map(withoutKnownFalsePositives).filter((v) => v.targets.length > 0);
}

/**
 * axe's experimental label-in-name rule compares an open tree item's name with the text of its whole
 * subtree, child items included; in the WAI-ARIA tree pattern the children belong inside the item, so
 * an expanded unit in the unit tree always "fails". Only that case is dropped.
 */
function withoutKnownFalsePositives(violation: AxeViolation): AxeViolation {
  if (violation.id !== 'label-content-name-mismatch') return violation;
  return { ...violation, targets: violation.targets.filter((target) => !/^#unit-tree-/.test(target)) };
}
