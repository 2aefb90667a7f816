import { expect } from 'vitest';
import type { Task, TaskDetail } from '../../src/shared/api/tasks.ts';
import { addDays, vietnamDate } from '../../src/shared/dates.ts';
import type { Session, TestApp } from './test-app.ts';

export const PLAN = '266-KH/TU';
let codeSeq = 0;

/** A valid assignment to Phường Hàm Rồng, due in two months; override what the case is about. */
export const assignment = (overrides: Record<string, unknown> = {}) => ({
  planCode: PLAN,
  code: `TEST.${String(++codeSeq).padStart(3, '0')}`,
  title: 'Số hóa hồ sơ một cửa của phường',
  pillar: 'CDS',
  leadUnitCode: '14758',
  requiredOutput: 'Báo cáo kết quả',
  deadline: addDays(vietnamDate(new Date()), 60),
  ...overrides,
});

/** Sessions and shortcuts for one app; each workflow case assigns its own task through the API. */
export function driver(t: TestApp) {
  const sessions: Record<string, Session> = {};
  const as = async (username: string) => (sessions[username] ??= await t.login(username));
  const detail = async (username: string, id: number): Promise<TaskDetail> => {
    const response = await t.call('GET', `/api/tasks/${id}`, { session: await as(username) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const post = async (username: string, url: string, body?: unknown) =>
    t.call('POST', url, { session: await as(username), ...(body === undefined ? {} : { body }) });
  const assign = async (overrides: Record<string, unknown> = {}, username = 'thuongtruc.thanhhoa') => {
    const response = await post(username, '/api/tasks', assignment(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as TaskDetail;
  };
  const report = (username: string, id: number, percent: number) =>
    post(username, `/api/tasks/${id}/reports`, { text: `Đã triển khai được ${percent}% khối lượng.`, percent });
  const propose = (id: number, username = 'canbo.hamrong') =>
    post(username, `/api/tasks/${id}/completion`, { summary: 'Đã hoàn thành, kèm minh chứng.' });
  const list = async (username: string, query: string): Promise<{ items: Task[]; total: number }> => {
    const response = await t.call('GET', `/api/tasks?${query}`, { session: await as(username) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  return { as, detail, post, assign, report, propose, list };
}
