import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { ReportIssue } from '../../shared/api/reports.ts';

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type IssueRow = { code: string; unitName: string; text: string };

/**
 * For each task led in the unit's subtree and still open on `asOf`, the latest progress report (on or
 * before that day) that named a difficulty (or a recommendation): what the units say stands in their way
 * now. A task is open unless its latest completion decision by then is a confirmation.
 */
async function latestIssueRows(
  db: Executor,
  unitPath: string,
  asOf: string,
  field: 'difficulties' | 'recommendations',
): Promise<IssueRow[]> {
  const result = await db.execute(sql`
    with open_tasks as (
      select t.id, t.code, t.lead_unit_id
      from tasks t join units lu on lu.id = t.lead_unit_id
      where lu.path like ${likePrefix(unitPath)} and t.assigned_on <= ${asOf}::date
        and coalesce((
          select d.kind from task_events d
          where d.task_id = t.id and d.occurred_on <= ${asOf}::date
            and d.kind in ('completion_confirmed', 'reopened')
          order by d.id desc limit 1), '') <> 'completion_confirmed'
    ), latest as (
      select distinct on (e.task_id) e.task_id, e.unit_id, btrim(e.payload->>${field}) as text
      from task_events e join open_tasks o on o.id = e.task_id
      where e.kind = 'progress_reported' and e.occurred_on <= ${asOf}::date
        and coalesce(btrim(e.payload->>${field}), '') <> ''
      order by e.task_id, e.occurred_on desc, e.id desc
    )
    select o.code, coalesce(ru.full_name, lu.full_name) as "unitName", l.text
    from latest l
    join open_tasks o on o.id = l.task_id
    join units lu on lu.id = o.lead_unit_id
    left join units ru on ru.id = l.unit_id
    order by o.code`);
  return result.rows as IssueRow[];
}

const keyOf = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/[.;:,\s]+$/, '');

/** The same text raised on several tasks is one issue, listing the units and the tasks; most raised first. */
export function groupIssues(rows: IssueRow[], limit = 20): ReportIssue[] {
  const groups = new Map<string, ReportIssue>();
  for (const row of rows) {
    const key = keyOf(row.text);
    const group = groups.get(key) ?? { text: row.text.replace(/\s+/g, ' '), units: [], taskCodes: [] };
    if (!group.units.includes(row.unitName)) group.units.push(row.unitName);
    group.taskCodes.push(row.code);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.taskCodes.length - a.taskCodes.length || a.text.localeCompare(b.text, 'vi'))
    .slice(0, limit);
}

export async function openIssues(db: Executor, unitPath: string, asOf: string) {
  const [difficulties, recommendations] = [
    await latestIssueRows(db, unitPath, asOf, 'difficulties'),
    await latestIssueRows(db, unitPath, asOf, 'recommendations'),
  ];
  return { difficulties: groupIssues(difficulties), recommendations: groupIssues(recommendations) };
}
