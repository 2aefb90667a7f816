/**
 * Writes bench/results/<date>[-quick].md: machine, versions, command, then every figure beside its
 * limit with a verdict, and a closing list of missed targets with by how much and why.
 */
import { analysis } from './analysis.ts';
import { ms } from './measure.ts';
import { dataSection, endpointSection, importSection, serverSection } from './report-sections.ts';
import type { ScenarioResult } from './scenario.ts';
import { atMost, misses, n, table } from './verdicts.ts';

export type RunInfo = {
  date: string;
  preset: string;
  command: string;
  machine: string;
  versions: string;
  wallSeconds: number;
  web: { firstLoadBytes: number; allBytes: number; dashboardBytes?: number };
};

export function writeReport(info: RunInfo, results: ScenarioResult[]): string {
  misses.length = 0;
  const lines = [
    `# Benchmark ${info.date} (${info.preset} preset)`,
    '',
    `Command: \`${info.command}\` — wall time ${(info.wallSeconds / 60).toFixed(1)} min.`,
    `Machine: ${info.machine}.`,
    `Versions: ${info.versions}.`,
    '',
    'The server runs as its own process (`node src/server/cli.ts serve`, GIAMSAT_DEMO=0, JOBS=0, the event-loop',
    'probe bench/loop-probe.ts preloaded); single-user timings are sequential fetches and load comes from autocannon',
    'in the benchmark process. Direct SQL is bench/reference-sql.ts on its own connection (jit off), same answers.',
    'The server keeps computed figures per subtree until a change in that subtree (src/server/figures), so repeated',
    'single-user and load timings are mostly served from that cache; the "computed, cache off" column times the',
    'same requests on a second server started with FIGURE_CACHE_ENTRIES=0: what the first viewer after a change waits.',
    `Statistics are asked as of ${'2026-09-30'} (history runs to 1/11/2026) unless marked "today".`,
    '',
    '## Data',
    '',
    ...dataSection(results),
    '',
    'Province scale: the generated tasks, reports and values belong to Thanh Hóa (38), its 166 communes and 20',
    "departments; the other units are the demo's (all 34 provinces, Thái Nguyên's communes). National scale: every",
    'commune and department of the 34 provinces, plus tasks assigned by the centre to provinces and split into',
    "sub-tasks. Counts include the demo's 91 tasks; the audit trail is not back-filled for generated history.",
    '',
    ...results.flatMap((r) =>
      r.dataset.unitList
        ? [
            `Unit list (${r.spec.title}): ${r.dataset.unitList.source}; product importer: ${n(r.dataset.unitList.rows)} rows (${n(r.dataset.unitList.inserted)} new) in ${r.dataset.unitList.seconds.toFixed(1)} s.`,
            '',
          ]
        : [],
    ),
    '## Bulk import against COPY',
    '',
    ...importSection(results),
    '',
    "Rates include the target's indexes, constraints and foreign keys. PGlite has no COPY yardstick of its own: its rows",
    "are compared with PostgreSQL's COPY of the same rows (same generator and scale) in this run. Product imports go",
    'through HTTP as a user does (one request per file); progress reports have no bulk path (see the sustained rate).',
    '',
  ];
  for (const r of results) {
    const loadAvg = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
    lines.push(
      `## ${r.spec.title}`,
      '',
      `Database: ${r.spec.engine === 'pglite' ? 'PGlite data directory' : 'PostgreSQL database'} \`${r.location}\`; scenario took ${(r.seconds / 60).toFixed(1)} min; machine load average ${loadAvg(r.loadAverage.before)} before, ${loadAvg(r.loadAverage.after)} after (other work on the machine inflates latencies).`,
      '',
    );
    lines.push(...endpointSection(r), '', ...serverSection(r), '');
    for (const e of r.explain) {
      lines.push(
        `EXPLAIN ANALYZE of the product's task statistics query for ${e.view} (as of 2026-09-30): ${ms(e.totalMs)}, JIT ${ms(e.jitMs)}; ${e.ctes.join(', ')}; slowest scans: ${e.scans.join('; ')}.`,
        '',
      );
    }
    if (r.failures.length) lines.push('Measurements that failed:', ...r.failures.map((f) => `- ${f}`), '');
  }
  const web = info.web;
  lines.push(
    '## Web',
    '',
    ...table(
      ['figure', 'measured', 'limit', 'verdict'],
      [
        [
          'JavaScript on first load (index.html entry, gzip)',
          `${(web.firstLoadBytes / 1024).toFixed(1)} KB`,
          '≤ 250 KB',
          atMost(web.firstLoadBytes / 1024, 250, 'JavaScript on first load (KB gzip)').text,
        ],
        ...(web.dashboardBytes === undefined
          ? []
          : [
              [
                'JavaScript loaded by opening the dashboard (entry + lazy chunks, gzip)',
                `${(web.dashboardBytes / 1024).toFixed(1)} KB`,
                '≤ 250 KB',
                atMost(web.dashboardBytes / 1024, 250, 'JavaScript of the dashboard visit (KB gzip)').text,
              ],
            ]),
        ['all JavaScript built (gzip)', `${(web.allBytes / 1024).toFixed(1)} KB`, 'reported', ''],
      ],
    ),
    '',
    '## Targets missed: by how much',
    '',
    ...(misses.length ? misses.map((m) => `- ${m}`) : ['None.']),
    '',
    ...analysis,
  );
  return lines.join('\n');
}
