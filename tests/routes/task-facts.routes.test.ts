import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countTasksAsOf,
  missingDailyReportsAsOf,
  urgentTasksAsOf,
} from '../../src/server/tasks/task-stats.repository.ts';
import { addDays, vietnamDate } from '../../src/shared/dates.ts';
import { driver } from '../helpers/task-driver.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const byKey = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();

describe.each(testEngines)("today's figures from the task rows on $name", (engine) => {
  let t: TestApp;
  let d: ReturnType<typeof driver>;
  const today = vietnamDate(new Date());
  beforeAll(async () => {
    t = await createTestApp(engine);
    d = driver(t);
  });
  afterAll(() => t?.close());

  /** Both fact sources, for today and a later day, on the whole tree and one province. */
  const expectSameFacts = async () => {
    const { rows } = await t.database.db.execute<{ path: string }>(
      sql`select path from units where code in ('TW', '38') and valid_to is null`,
    );
    for (const { path } of rows) {
      for (const on of [today, addDays(today, 3)]) {
        const db = t.database.db;
        expect(byKey(await countTasksAsOf(db, path, on, 7, 'task_rows'))).toEqual(
          byKey(await countTasksAsOf(db, path, on, 7, 'events')),
        );
        expect(await urgentTasksAsOf(db, path, on, 7, 500, 'task_rows')).toEqual(
          await urgentTasksAsOf(db, path, on, 7, 500, 'events'),
        );
        expect(await missingDailyReportsAsOf(db, path, on, 500, 'task_rows')).toEqual(
          await missingDailyReportsAsOf(db, path, on, 500, 'events'),
        );
      }
    }
  };

  it('agree with the dated events on the demo data', async () => {
    await expectSameFacts();
  });

  it('agree after every kind of decision: start, extension, completion, reopening', async () => {
    const started = await d.assign({ deadline: addDays(today, 5) });
    expect((await d.report('canbo.hamrong', started.id, 30)).statusCode).toBe(200);

    const extended = await d.assign({ deadline: addDays(today, 3) });
    expect((await d.report('canbo.hamrong', extended.id, 10)).statusCode).toBe(200);
    const asked = await d.post('canbo.hamrong', `/api/tasks/${extended.id}/extensions`, {
      deadline: addDays(today, 40),
      reason: 'Chờ nguồn kinh phí bổ sung.',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const approved = await d.post('thuongtruc.thanhhoa', `/api/tasks/${extended.id}/extensions/approve`);
    expect(approved.statusCode, approved.body).toBe(200);

    const done = await d.assign();
    expect((await d.propose(done.id)).statusCode).toBe(200);
    expect((await d.post('thuongtruc.thanhhoa', `/api/tasks/${done.id}/completion/confirm`)).statusCode).toBe(200);

    const reopened = await d.assign();
    expect((await d.propose(reopened.id)).statusCode).toBe(200);
    expect((await d.post('thuongtruc.thanhhoa', `/api/tasks/${reopened.id}/completion/confirm`)).statusCode).toBe(200);
    const reopen = await d.post('admin', `/api/tasks/${reopened.id}/reopen`, { reason: 'Minh chứng chưa đầy đủ.' });
    expect(reopen.statusCode, reopen.body).toBe(200);

    await expectSameFacts();
  });
});
