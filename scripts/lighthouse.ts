/**
 * Lighthouse against Debian's Chromium on a fresh demo server: the login page, the leaders' dashboard
 * (signed in, Thanh Hóa on 25/7/2025) and the public portal, mobile and desktop presets. Writes docs/quality/lighthouse.md.
 *   npm run lighthouse
 * Targets (issue 5): accessibility and best practices 100, performance at least 95 on the dashboard.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { loginOver, startServer } from '../tests/helpers/server-process.ts';

const categories = ['performance', 'accessibility', 'best-practices'] as const;
const targets: Record<(typeof categories)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
};
type Row = { page: string; preset: string; scores: Record<string, number>; lcpMs: number; failed: string[] };

async function audit(url: string, preset: 'mobile' | 'desktop', port: number, cookie?: string): Promise<Row> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', extraHeaders: cookie ? { Cookie: cookie } : undefined },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  // The audits that cost points, so the file says what to fix, not only that something is wrong.
  const failed = categories.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
  );
  const lcpMs = Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
  return { page: new URL(url).pathname + new URL(url).search, preset, scores, lcpMs, failed };
}

function markdown(rows: Row[], versions: { lighthouse: string; chromium: string }): string {
  const cell = (row: Row, c: (typeof categories)[number]) =>
    `${row.scores[c]}${row.scores[c]! >= targets[c] ? '' : ' ⚠'} / ${targets[c]}`;
  return [
    `# Lighthouse (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Command: \`npm run lighthouse\` (scripts/lighthouse.ts): a fresh demo server on the embedded engine,`,
    `Lighthouse ${versions.lighthouse} driving ${versions.chromium} headless, default mobile preset (simulated`,
    `slow 4G and 4× CPU slowdown) and the desktop preset. Score / target; ⚠ marks a miss.`,
    '',
    '| page | preset | performance | accessibility | best practices | LCP (ms) |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| \`${row.page}\` | ${row.preset} | ${cell(row, 'performance')} | ${cell(row, 'accessibility')} | ${cell(row, 'best-practices')} | ${row.lcpMs} |`,
    ),
    '',
    '## Audits that cost points',
    '',
    ...rows.flatMap((row) => [
      `- \`${row.page}\` (${row.preset}): ${row.failed.length ? row.failed.join('; ') : 'none'}`,
    ]),
    '',
  ].join('\n');
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-lighthouse-'));
  const server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const { cookie } = await loginOver(server.url, 'lanhdao.thanhhoa');
    const dashboard = `${server.url}/dashboard?unit=38&asOf=2025-07-25`;
    const rows: Row[] = [];
    for (const preset of ['mobile', 'desktop'] as const) {
      rows.push(await audit(`${server.url}/login`, preset, chrome.port));
      rows.push(await audit(dashboard, preset, chrome.port, cookie));
      rows.push(await audit(`${server.url}/portal`, preset, chrome.port));
      console.log(rows.slice(-3));
    }
    const version = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json();
    const lighthouseVersion = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
    const file = path.join(import.meta.dirname, '..', 'docs', 'quality', 'lighthouse.md');
    writeFileSync(file, markdown(rows, { lighthouse: lighthouseVersion, chromium: version.Browser }));
    console.log(`written ${file}`);
  } finally {
    chrome.kill();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
