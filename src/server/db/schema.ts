/** Every table, for drizzle-kit and for typed queries. Each feature owns its `*.table.ts`. */
export * from '../units/unit.table.ts';
export * from '../accounts/account.table.ts';
export * from '../audit/audit.table.ts';
export * from '../plans/plan.table.ts';
export * from '../tasks/task.table.ts';
export * from '../evidence/evidence.table.ts';
export * from '../urging/notification.table.ts';
export * from '../indicators/indicator.table.ts';
export * from '../indicators/machine-token.table.ts';
export * from '../boundaries/boundary.table.ts';
export * from '../reports/report.table.ts';
export * from '../publishing/publication.table.ts';
export * from '../figures/figure-versions.table.ts';
