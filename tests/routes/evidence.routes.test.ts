import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../helpers/multipart.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const pdf = Buffer.from('%PDF-1.4\n% minh chứng mẫu\n');

describe.each(testEngines)('evidence files on $name', (engine) => {
  let t: TestApp;
  let officer: Session;
  let taskId: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { MAX_UPLOAD_MB: '1' });
    officer = await t.login('canbo.skhcn.thanhhoa');
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const assigned = await t.call('POST', '/api/tasks', {
      session: secretariat,
      body: {
        planCode: '266-KH/TU',
        code: 'TEST.EVIDENCE',
        title: 'Nhiệm vụ thử nghiệm minh chứng',
        pillar: 'CDS',
        leadUnitCode: '38.SKHCN',
        deadline: '2099-12-31',
        requiredOutput: 'Báo cáo',
      },
    });
    if (assigned.statusCode !== 201) throw new Error(assigned.body);
    taskId = assigned.json().id;
  });
  afterAll(() => t?.close());

  const upload = (session: Session | undefined, name: string, bytes: Buffer, id = taskId) => {
    const { payload, headers } = multipartFile(name, bytes);
    return t.call('POST', `/api/tasks/${id}/evidence`, { session, payload, headers });
  };

  it('answers 401 anonymous, 404 out of scope, 403 for a leader', async () => {
    expect((await upload(undefined, 'a.pdf', pdf)).statusCode).toBe(401);
    const commune = await t.login('canbo.hamrong');
    expect((await upload(commune, 'a.pdf', pdf)).statusCode).toBe(404);
    const leader = await t.login('lanhdao.thanhhoa');
    expect((await upload(leader, 'a.pdf', pdf)).statusCode).toBe(403);
  });

  it('refuses a wrong type, a disguised file and a file over the limit', async () => {
    const exe = await upload(officer, 'setup.exe', Buffer.from('MZ...'));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_REFUSED');
    const disguised = await upload(officer, 'anh.png', pdf);
    expect(disguised.json().error.message).toBe('Nội dung tệp không đúng định dạng .png.');
    const big = await upload(officer, 'lon.pdf', Buffer.concat([pdf, Buffer.alloc(1024 * 1024 + 10)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('Tệp vượt quá giới hạn 1 MB.');
  });

  it('stores a file by content, lists it, and lets those in scope download it with its Vietnamese name', async () => {
    const created = await upload(officer, 'Báo cáo kết quả.pdf', pdf);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      taskId,
      name: 'Báo cáo kết quả.pdf',
      size: pdf.length,
      contentType: 'application/pdf',
    });
    const list = (await t.call('GET', `/api/tasks/${taskId}/evidence`, { session: officer })).json();
    expect(list.items[0].id).toBe(created.json().id);
    const leader = await t.login('lanhdao.thanhhoa');
    const download = await t.call('GET', created.json().url, { session: leader });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o");
    const commune = await t.login('canbo.hamrong');
    expect((await t.call('GET', created.json().url, { session: commune })).statusCode).toBe(404);
  });

  it('links uploaded evidence to a progress report, refusing files of another task', async () => {
    const file = (await upload(officer, 'anh-hien-truong.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]))).json();
    const body = { text: 'Đã lắp đặt thiết bị, kèm ảnh hiện trường.', percent: 40, evidenceFileIds: [file.id] };
    const ok = await t.call('POST', `/api/tasks/${taskId}/reports`, { session: officer, body });
    expect(ok.statusCode).toBe(200);
    const detail = (await t.call('GET', `/api/tasks/${taskId}`, { session: officer })).json();
    expect(detail.timeline[0]).toMatchObject({ kind: 'progress_reported', payload: { evidenceFileIds: [file.id] } });
    const wrong = await t.call('POST', `/api/tasks/${taskId}/reports`, {
      session: officer,
      body: { ...body, evidenceFileIds: [file.id, 999999] },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([
      { field: 'body.evidenceFileIds', message: 'Có tệp minh chứng không thuộc nhiệm vụ này.' },
    ]);
  });
});
