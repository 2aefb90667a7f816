/**
 * Time from a write to its effect in the statistics, through the API as users do it:
 * a progress report (a not-started task becomes started), a confirmed completion (completed + 1) and an
 * approved indicator value (the unit's figure changes). "Visible" is the first statistics read that
 * shows it; "on an open dashboard" adds the live feed's change event and the dashboard's refetch.
 */
import type { Fixtures } from './fixtures.ts';
import { ms } from './measure.ts';
import { login, writeHeaders, type Session } from './session.ts';
import { officerOf } from './users.ts';

type Json = Record<string, unknown>;

async function call(base: string, path: string, session: Session, body?: unknown): Promise<Json> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? { cookie: session.cookie } : writeHeaders(session),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Json;
  if (!response.ok) throw Object.assign(new Error(`${path}: ${response.status} ${JSON.stringify(json)}`), { json });
  return json;
}

/** The live feed as a browser holds it: resolves with the time of the next `change` event. */
async function openLive(base: string, session: Session) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/live`, { headers: { cookie: session.cookie }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let waiters: ((at: number) => void)[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        if (buffer.includes('event: ready')) onReady();
        while (buffer.includes('event: change')) {
          buffer = buffer.slice(buffer.indexOf('event: change') + 13);
          const at = performance.now();
          for (const resolve of waiters) resolve(at);
          waiters = [];
        }
      }
    } catch {
      // aborted
    }
  })();
  await ready;
  return {
    nextChange: () => new Promise<number>((resolve) => waiters.push(resolve)),
    close: () => controller.abort(),
  };
}

/** Writes, then reads until `isVisible`; also times the live path to a refreshed dashboard. */
async function timeWrite(
  base: string,
  viewer: Session,
  write: () => Promise<unknown>,
  read: () => Promise<Json>,
  isVisible: (json: Json) => boolean,
  dashboardPath: string,
) {
  const live = await openLive(base, viewer);
  const changed = live.nextChange();
  const started = performance.now();
  await write();
  const written = performance.now();
  let reads = 0;
  while (!isVisible(await read())) {
    if (++reads > 200) throw new Error('write never became visible');
  }
  const visible = performance.now();
  const eventAt = await Promise.race([changed, new Promise<number>((r) => setTimeout(() => r(NaN), 10_000))]);
  await call(base, dashboardPath, viewer);
  const refreshed = performance.now();
  live.close();
  return {
    write: written - started,
    visible: visible - started,
    event: eventAt - started,
    dashboard: Number.isNaN(eventAt) ? NaN : refreshed - started,
  };
}

const describe = (t: Awaited<ReturnType<typeof timeWrite>>) =>
  `${ms(t.visible)} (write ${ms(t.write)}); open dashboard: change event ${ms(t.event)}, refreshed ${ms(t.dashboard)} (+0.5 s web debounce)`;

export async function measureFreshness(base: string, fx: Fixtures): Promise<Record<string, string>> {
  const secretariat = await login(base, 'thuongtruc.thanhhoa');
  const leader = await login(base, 'lanhdao.thanhhoa');
  const lead = fx.communes[0]!;
  const officer = await login(base, officerOf(lead));
  const stats = () => call(base, '/api/stats/tasks?unit=38', leader);
  const dashboard = '/api/dashboard?unit=38';

  const created = await call(base, '/api/tasks', secretariat, {
    planCode: '266-KH/TU',
    code: `BENCH-FRESH-${Date.now()}`,
    title: 'Nhiệm vụ kiểm tra độ trễ thống kê (benchmark)',
    pillar: 'CDS',
    leadUnitCode: lead,
    deadline: '2027-06-30',
    reportingCycle: 'monthly',
    requiredOutput: 'Báo cáo kết quả',
  });
  const taskId = created.id as number;
  const before = (await stats()) as { notStarted: number; completed: number };
  const report = await timeWrite(
    base,
    leader,
    () => call(base, `/api/tasks/${taskId}/reports`, officer, { text: 'Đã triển khai bước đầu.', percent: 10 }),
    stats,
    (json) => json.notStarted === before.notStarted - 1,
    dashboard,
  );
  await call(base, `/api/tasks/${taskId}/completion`, officer, { summary: 'Đã hoàn thành, gửi kèm báo cáo.' });
  const confirm = await timeWrite(
    base,
    leader,
    () => call(base, `/api/tasks/${taskId}/completion/confirm`, secretariat, {}),
    stats,
    (json) => json.completed === before.completed + 1,
    dashboard,
  );

  // A correction of the latest month at the first commune with no value awaiting review.
  let valueId: number | undefined;
  let unit = '';
  for (const code of fx.communes.slice(0, 20)) {
    const submitter = await login(base, officerOf(code));
    try {
      const body = { unitCode: code, periodEnd: '2026-10-14', value: 77.7 };
      valueId = (await call(base, `/api/indicators/${fx.indicatorId}/values`, submitter, body)).id as number;
      unit = code;
      break;
    } catch (error) {
      if (!String(error).includes('VALUE_PENDING')) throw error;
    }
  }
  if (valueId === undefined) throw new Error('no commune without a pending value');
  const items = async () => call(base, `/api/stats/indicators?unit=${unit}&plan=266-KH/TU`, leader);
  const approve = await timeWrite(
    base,
    leader,
    () => call(base, `/api/indicator-values/${valueId}/approve`, secretariat, {}),
    items,
    (json) =>
      (json.items as { code: string; value: number | null }[]).some((i) => i.code === 'BM.01' && i.value === 77.7),
    `/api/dashboard?unit=${unit}`,
  );
  return {
    'progress report → statistics': describe(report),
    'confirmed completion → statistics': describe(confirm),
    'approved value → indicator statistics': describe(approve),
  };
}
