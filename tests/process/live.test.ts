import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginOver, startServer, type ServerProcess } from '../helpers/server-process.ts';

/** Reads server-sent events until `until` returns true or the time runs out; returns the event names. */
async function collectEvents(url: string, cookie: string, ms: number, action: () => Promise<void>) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.getReader();
  const events: string[] = [];
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += new TextDecoder().decode(value);
      for (const match of buffer.matchAll(/event: (\w+)/g)) events.push(match[1]!);
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await action();
  await new Promise((resolve) => setTimeout(resolve, ms));
  controller.abort();
  await reading;
  return events;
}

describe('live updates over server-sent events (embedded engine)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-live-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells open dashboards in scope that something changed, and nobody else', async () => {
    const leader = await loginOver(server.url, 'lanhdao.thanhhoa');
    const other = await loginOver(server.url, 'lanhdao.thainguyen');
    const officer = await loginOver(server.url, 'canbo.skhcn.thanhhoa');
    const mine = (await (
      await fetch(`${server.url}/api/tasks?mine=true&limit=50`, { headers: { cookie: officer.cookie } })
    ).json()) as {
      items: { id: number; isLocked: boolean; leadUnit: { code: string } }[];
    };
    const task = mine.items.find((item) => !item.isLocked && item.leadUnit.code === '38.SKHCN')!;
    const report = async () => {
      const response = await fetch(`${server.url}/api/tasks/${task.id}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: officer.cookie, 'x-csrf-token': officer.csrfToken },
        body: JSON.stringify({ text: 'Cập nhật tiến độ trực tiếp.', percent: 70 }),
      });
      expect(response.status).toBe(200);
    };
    const [inScope, outOfScope] = await Promise.all([
      collectEvents(`${server.url}/api/live`, leader.cookie, 3000, report),
      collectEvents(`${server.url}/api/live`, other.cookie, 3000, async () => {}),
    ]);
    expect(inScope).toEqual(['ready', 'change']);
    expect(outOfScope).toEqual(['ready']);
  });
});
