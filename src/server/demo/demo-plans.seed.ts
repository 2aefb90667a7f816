import type { Executor } from '../db/database.ts';
import { plans } from '../plans/plan.table.ts';
import { taskCoordinators, taskEvents, tasks } from '../tasks/task.table.ts';
import type { UnitRow } from '../units/unit.repository.ts';
import { buildDemoTasks, currentState } from './demo-tasks.ts';
import { seedDemoIndicators, seedTargetCatalogue } from './demo-indicators.seed.ts';
import { nationalTargets, thaiNguyenTargets } from './demo-targets.ts';
import { taskSearchText } from '../tasks/task-search.ts';

/** Resolution 57 → Resolution 71/NQ-CP → Thanh Hóa's Kế hoạch 266-KH/TU, with its 91 sample tasks. */
export async function seedDemoPlansAndTasks(tx: Executor, byCode: Map<string, UnitRow>, today: string) {
  const unit = (code: string) => byCode.get(code)!;
  const [nq57] = await tx
    .insert(plans)
    .values({
      code: '57-NQ/TW',
      title: 'Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      kind: 'Nghị quyết',
      unitId: unit('TW').id,
      documentNumber: '57-NQ/TW',
      documentDate: '2024-12-22',
      issuer: 'Bộ Chính trị',
    })
    .returning();
  const [nq71] = await tx
    .insert(plans)
    .values({
      code: '71/NQ-CP',
      title: 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW',
      kind: 'Chương trình',
      unitId: unit('TW').id,
      parentPlanId: nq57!.id,
      documentNumber: '71/NQ-CP',
      documentDate: '2025-04-01',
      issuer: 'Chính phủ',
    })
    .returning();
  const [kh266] = await tx
    .insert(plans)
    .values({
      code: '266-KH/TU',
      title: 'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh Thanh Hóa',
      kind: 'Kế hoạch',
      unitId: unit('38').id,
      parentPlanId: nq71!.id,
      documentNumber: '266-KH/TU',
      documentDate: '2025-03-05',
      issuer: 'Tỉnh ủy Thanh Hóa',
      isSample: true,
    })
    .returning();

  const departments = [...byCode.values()].filter((u) => u.code.startsWith('38.')).map((u) => u.code);
  const communes = [...byCode.values()]
    .filter((u) => u.level === 'commune' && u.parentId === unit('38').id && u.validTo === null)
    .map((u) => u.code);
  const demo = buildDemoTasks(departments.sort(), communes.sort(), today);
  const rows = await tx
    .insert(tasks)
    .values(
      demo.map((task) => ({
        planId: kh266!.id,
        code: task.code,
        title: task.title,
        searchText: taskSearchText(task.code, task.title),
        pillar: task.pillar,
        requiredOutput: task.requiredOutput,
        assigningUnitId: unit('38').id,
        leadUnitId: unit(task.leadCode).id,
        assignedOn: task.assignedOn,
        originalDeadline: task.originalDeadline,
        reportingCycle: task.isDailyReport ? 'daily' : 'monthly',
        isDailyReport: task.isDailyReport,
        isSample: true,
        ...currentState(task),
      })),
    )
    .returning({ id: tasks.id, code: tasks.code });
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  const coordinators = demo.flatMap((task) =>
    task.coordinatorCodes.map((code) => ({ taskId: idOf.get(task.code)!, unitId: unit(code).id })),
  );
  if (coordinators.length) await tx.insert(taskCoordinators).values(coordinators);
  const events = demo.flatMap((task) =>
    task.events.map((event) => ({
      taskId: idOf.get(task.code)!,
      kind: event.kind,
      occurredOn: event.on,
      occurredAt: new Date(`${event.on}T09:00:00+07:00`),
      unitId:
        event.kind === 'progress_reported' || event.kind === 'completion_proposed'
          ? unit(task.leadCode).id
          : unit('38').id,
      payload: event.payload,
    })),
  );
  for (let i = 0; i < events.length; i += 1000) await tx.insert(taskEvents).values(events.slice(i, i + 1000));
  const indicatorCounts = await seedDemoIndicators(tx, kh266!.id, byCode);
  await seedTargetCatalogue(tx, nq57!.id, unit('TW').id, nationalTargets);
  const [thaiNguyen] = await tx
    .insert(plans)
    .values({
      code: 'KH-57/TN',
      title: 'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh Thái Nguyên (số hiệu mẫu)',
      kind: 'Kế hoạch',
      unitId: unit('19').id,
      parentPlanId: nq71!.id,
      documentNumber: 'KH-57/TN',
      documentDate: '2025-03-20',
      issuer: 'Tỉnh ủy Thái Nguyên',
      isSample: true,
    })
    .returning();
  await seedTargetCatalogue(tx, thaiNguyen!.id, unit('19').id, thaiNguyenTargets);
  return { plans: 4, tasks: demo.length, events: events.length, ...indicatorCounts };
}
