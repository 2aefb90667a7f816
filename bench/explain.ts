/**
 * Why a statistics query costs what it costs: EXPLAIN (ANALYZE) of the product's own task statistics
 * query (captured from tasks/task-stats.repository.ts, not copied), summarised as total time, JIT time,
 * the time of each CTE (inclusive) and the slowest table scans. Instrumentation adds overhead of its own.
 */
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Executor } from '../src/server/db/database.ts';
import { countTasksAsOf } from '../src/server/tasks/task-stats.repository.ts';

type PlanNode = {
  'Node Type': string;
  'Subplan Name'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time': number;
  'Actual Loops': number;
  'Actual Rows': number;
  Plans?: PlanNode[];
};

const timeOf = (node: PlanNode) => node['Actual Total Time'] * Math.max(1, node['Actual Loops']);

function walk(node: PlanNode, visit: (node: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

export type ExplainSummary = { totalMs: number; jitMs: number; ctes: string[]; scans: string[] };

export async function explainTaskStats(client: pg.PoolClient, unitPath: string, asOf: string, near: number) {
  let captured: SQL | undefined;
  const recorder = { execute: async (query: SQL) => ((captured = query), { rows: [] }) } as unknown as Executor;
  await countTasksAsOf(recorder, unitPath, asOf, near);
  const query = new PgDialect().sqlToQuery(captured!);
  type Explained = { Plan: PlanNode; 'Execution Time': number; JIT?: { Timing: { Total: number } } };
  const { rows } = await client.query<{ 'QUERY PLAN': [Explained] }>(
    `explain (analyze, format json) ${query.sql}`,
    query.params as unknown[],
  );
  const [result] = rows[0]!['QUERY PLAN'];
  const ctes: string[] = [];
  const scans: { text: string; ms: number }[] = [];
  walk(result.Plan, (node) => {
    if (node['Subplan Name']?.startsWith('CTE ')) ctes.push(`${node['Subplan Name']} ${timeOf(node).toFixed(1)} ms`);
    if (/Scan$/.test(node['Node Type']) && node['Relation Name']) {
      const how = node['Index Name'] ? ` using ${node['Index Name']}` : '';
      scans.push({
        text: `${node['Node Type']} on ${node['Relation Name']}${how} (${node['Actual Rows'] * Math.max(1, node['Actual Loops'])} rows) ${timeOf(node).toFixed(1)} ms`,
        ms: timeOf(node),
      });
    }
  });
  return {
    totalMs: result['Execution Time'],
    jitMs: result.JIT?.Timing.Total ?? 0,
    ctes,
    scans: scans
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 2)
      .map((s) => s.text),
  } satisfies ExplainSummary;
}
