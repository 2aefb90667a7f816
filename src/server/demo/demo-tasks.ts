import { addDays } from '../../shared/dates.ts';
import type { TaskEventKind } from '../tasks/task.table.ts';
import { communeTaskTitles, departmentTaskTitles } from './demo-task-titles.ts';

/** The figures the articles give for Thanh Hóa on 25/7/2025: 91 tasks, 38 completed, 53 in progress. */
export const DEMO_CHECK_DATE = '2025-07-25';
const TOTAL = 91;
const ON_TIME = 30; // tasks 0..29 completed on time before the check date
const COMPLETED = 38; // 30..37 completed late
const OVERDUE_END = 48; // 38..47 overdue on the check date, all started

export type DemoEvent = { kind: TaskEventKind; on: string; payload: Record<string, unknown> };
export type DemoTask = {
  code: string;
  title: string;
  pillar: string;
  requiredOutput: string;
  leadCode: string;
  coordinatorCodes: string[];
  assignedOn: string;
  originalDeadline: string | null;
  isDailyReport: boolean;
  events: DemoEvent[];
};

/** Late tasks go to the demo accounts' own units, so their officers always have open work to report on. */
const demoLeads: Record<number, string> = { 83: '14758', 86: '38.SKHCN', 87: '14758', 89: '38.SKHCN' };

/** Small deterministic generator (mulberry32): the demo is the same on every machine. */
function random(seed: number) {
  let state = seed;
  return (min: number, max: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return min + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min + 1));
  };
}

type Plan = {
  deadline: string | null;
  firstReport: string;
  proposedOn?: string;
  confirmedOn?: string;
  extendTo?: string;
};

/** Decides each task's story so the check date shows exactly 38 completed and 53 in progress. */
function planTask(i: number, assignedOn: string, today: string, rand: ReturnType<typeof random>): Plan {
  const firstReport = addDays(assignedOn, rand(3, 12));
  if (i < COMPLETED) {
    const proposedOn = addDays('2025-05-10', rand(0, 68)); // ≤ 2025-07-17
    const confirmedOn = addDays(proposedOn, rand(1, 5));
    const deadline = i < ON_TIME ? addDays(proposedOn, rand(0, 30)) : addDays(proposedOn, -rand(3, 25));
    return { deadline, firstReport, proposedOn, confirmedOn };
  }
  if (i < OVERDUE_END) {
    const deadline = addDays('2025-06-15', rand(0, 35)); // ≤ 2025-07-20, so overdue on the check date
    if (i < 43)
      return {
        deadline,
        firstReport,
        extendTo: '2025-10-31',
        proposedOn: addDays('2025-10-10', rand(0, 15)),
        confirmedOn: addDays('2025-10-27', rand(0, 3)),
      };
    if (i < 46) {
      const proposedOn = addDays('2025-08-20', rand(0, 30));
      return { deadline, firstReport, proposedOn, confirmedOn: addDays(proposedOn, rand(2, 6)) };
    }
    return { deadline, firstReport };
  }
  const drawn = i % 9 === 0 ? null : addDays('2025-09-30', rand(0, 900));
  // The demo accounts' own tasks stay open, with deadlines a few weeks ahead of whatever today is.
  const deadline = i in demoLeads ? addDays(today, 20 + (i % 5) * 15) : drawn;
  if (deadline !== null && deadline < addDays(today, -10)) {
    const proposedOn = i % 7 === 0 ? addDays(deadline, rand(5, 20)) : addDays(deadline, -rand(0, 20));
    return { deadline, firstReport, proposedOn, confirmedOn: addDays(proposedOn, rand(2, 5)) };
  }
  if (i >= 85 && i <= 87) return { deadline, firstReport, proposedOn: addDays(today, -rand(1, 5)) };
  return { deadline, firstReport };
}

function progressReports(i: number, plan: Plan, today: string, isDaily: boolean): DemoEvent[] {
  const end = plan.proposedOn ?? today;
  const reports: DemoEvent[] = [];
  const dates: string[] = [plan.firstReport];
  for (let day = addDays(plan.firstReport, 30); day < end; day = addDays(day, 30)) dates.push(day);
  if (isDaily) {
    // Daily reporting over the last two weeks, with one missing day to show the gap.
    for (let d = 14; d >= 1; d--) if (d !== 4) dates.push(addDays(today, -d));
  }
  const unique = [...new Set(dates)].filter((d) => d < end).sort();
  unique.forEach((on, k) => {
    const percent = Math.min(90, Math.round(((k + 1) / (unique.length + 1)) * 90));
    reports.push({
      kind: 'progress_reported',
      on,
      payload: {
        text: `Báo cáo tiến độ lần ${k + 1}: đã triển khai các bước theo kế hoạch (dữ liệu mẫu).`,
        percent,
        difficulties: k === 1 && i % 3 === 0 ? 'Thiếu kinh phí và nhân lực chuyên trách về công nghệ thông tin.' : null,
        recommendations: k === 1 && i % 3 === 0 ? 'Đề nghị bổ sung kinh phí và tập huấn cho cán bộ đầu mối.' : null,
        isLead: true,
      },
    });
  });
  return reports;
}

function storyEvents(plan: Plan): DemoEvent[] {
  const events: DemoEvent[] = [];
  if (plan.extendTo) {
    events.push({
      kind: 'extension_requested',
      on: '2025-07-28',
      payload: {
        deadline: plan.extendTo,
        reason: 'Chờ bố trí kinh phí bổ sung (dữ liệu mẫu).',
        previousDeadline: plan.deadline,
      },
    });
    events.push({ kind: 'extension_approved', on: '2025-08-02', payload: { deadline: plan.extendTo } });
  }
  if (plan.proposedOn) {
    events.push({
      kind: 'completion_proposed',
      on: plan.proposedOn,
      payload: {
        summary: 'Đã hoàn thành sản phẩm đầu ra, kèm minh chứng (dữ liệu mẫu).',
        completedOn: plan.proposedOn,
      },
    });
  }
  if (plan.proposedOn && plan.confirmedOn) {
    events.push({ kind: 'completion_confirmed', on: plan.confirmedOn, payload: { completedOn: plan.proposedOn } });
  }
  return events;
}

/** 91 sample tasks of plan 266-KH/TU for Thanh Hóa's departments and communes, with their history up to today. */
export function buildDemoTasks(departments: string[], communes: string[], today: string): DemoTask[] {
  const rand = random(266);
  return Array.from({ length: TOTAL }, (_, i) => {
    const isCommune = i % 4 === 3;
    const [pillar, title, output] = isCommune
      ? communeTaskTitles[i % communeTaskTitles.length]!
      : departmentTaskTitles[i % departmentTaskTitles.length]!;
    const leadCode =
      demoLeads[i] ?? (isCommune ? communes[(i * 7) % communes.length]! : departments[i % departments.length]!);
    const assignedOn = addDays('2025-03-10', i % 30);
    const plan = planTask(i, assignedOn, today, rand);
    const isDailyReport = i >= OVERDUE_END && i % 10 === 0;
    const events: DemoEvent[] = [
      { kind: 'assigned' as const, on: assignedOn, payload: { leadUnitCode: leadCode, deadline: plan.deadline } },
      ...progressReports(i, plan, today, isDailyReport),
      ...storyEvents(plan),
    ].filter((e) => e.on <= today);
    return {
      code: `266.${String(i + 1).padStart(2, '0')}`,
      title: isCommune ? `${title} (${leadCode})` : title,
      pillar,
      requiredOutput: output,
      leadCode,
      coordinatorCodes: isCommune ? [] : [departments[(i + 3) % departments.length]!],
      assignedOn,
      originalDeadline: plan.deadline,
      isDailyReport,
      events: events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
    };
  });
}

/** The task row's current state, read off its events (the same facts the statistics use). */
export function currentState(task: DemoTask) {
  const started = task.events.find((e) => e.kind === 'progress_reported' || e.kind === 'completion_proposed');
  const extension = task.events.filter((e) => e.kind === 'extension_approved').at(-1);
  const confirmed = task.events.filter((e) => e.kind === 'completion_confirmed').at(-1);
  const lastReport = task.events.filter((e) => e.kind === 'progress_reported').at(-1);
  return {
    startedOn: started?.on ?? null,
    deadline: (extension?.payload.deadline as string | undefined) ?? task.originalDeadline,
    completedOn: (confirmed?.payload.completedOn as string | undefined) ?? null,
    isLocked: confirmed !== undefined,
    progressPercent: confirmed ? 100 : ((lastReport?.payload.percent as number | undefined) ?? 0),
  };
}
