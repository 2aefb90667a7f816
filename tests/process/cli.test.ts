import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loginOver, runCli, startServer } from '../helpers/server-process.ts';

const sharedUnits = new URL('../../../shared/data/admin-units/', import.meta.url);
const hasShared = existsSync(new URL('communes_2025-07-01.csv', sharedUnits));

describe('CLI and production start (embedded engine)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-cli-'));
  const env = { DATA_DIR: dataDir, GIAMSAT_DEMO: '0' };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints usage on --help', async () => {
    const { code, output } = await runCli(['--help'], env);
    expect(code).toBe(0);
    expect(output).toContain('import-units');
    expect(output).toContain('create-admin');
    expect(output).toContain('verify-audit');
  });

  it('refuses an unknown command and a bad configuration with clear messages', async () => {
    expect((await runCli(['nope'], env)).output).toContain('Lệnh không hợp lệ: nope');
    const bad = await runCli(['migrate'], { ...env, PORT: 'abc' });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('Cấu hình không hợp lệ');
  });

  it('starts in production mode with no account and no default password', async () => {
    const server = await startServer(env);
    try {
      const response = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
      });
      expect(response.status).toBe(401);
      expect(((await (await fetch(`${server.url}/api/health`)).json()) as { isDemo: boolean }).isDemo).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it('creates the first admin from the command line, who can then log in', async () => {
    const weak = await runCli(['create-admin', '--username', 'quantri', '--password', 'short'], env);
    expect(weak.code).toBe(1);
    expect(weak.output).toContain('ít nhất 10 ký tự');
    const created = await runCli(['create-admin', '--username', 'quantri', '--password', 'MatKhauManh2025'], env);
    expect(created.code).toBe(0);
    expect(created.output).toContain('Đã tạo quản trị viên quantri');
    const server = await startServer(env);
    try {
      await expect(loginOver(server.url, 'quantri', 'MatKhauManh2025')).resolves.toBeTruthy();
    } finally {
      await server.stop();
    }
  });

  it('rejects a wrong file with line, column and reason, importing nothing', async () => {
    const file = path.join(dataDir, 'bad.csv');
    (await import('node:fs')).writeFileSync(file, 'code,full_name,type,province_code\n123,Xã Sai,Xã,38\n');
    const { code, output } = await runCli(['import-units', file], env);
    expect(code).toBe(2);
    expect(output).toContain('dòng 2, cột code: Mã xã phải gồm 5 chữ số.');
    expect(output).toContain('KHÔNG nhập');
  });

  it.runIf(hasShared)(
    'imports the national list (34 provinces, 3,321 communes) and verifies the audit chain',
    async () => {
      const env = { DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'giamsat-national-')), GIAMSAT_DEMO: '0' };
      await runCli(['create-admin', '--username', 'quantri', '--password', 'MatKhauManh2025'], env);
      const provinces = await runCli(
        ['import-units', new URL('provinces_2025-07-01.csv', sharedUnits).pathname, '--parent', 'TW'],
        env,
      );
      expect(provinces.output).toContain('thêm 34');
      const started = Date.now();
      const communes = await runCli(['import-units', new URL('communes_2025-07-01.csv', sharedUnits).pathname], env);
      console.log(`national communes import (embedded engine, via CLI): ${Date.now() - started} ms`);
      expect(communes.code).toBe(0);
      expect(communes.output).toContain('thêm 3321');
      const again = await runCli(['import-units', new URL('vak_current-wards.json', sharedUnits).pathname], env);
      // The JSON copy differs from the CSV on a few units (see ../shared/data/README.md): it still applies whole.
      expect(again.code).toBe(0);
      expect(again.output).toContain('Đã nhập: 3321 dòng');
      const audit = await runCli(['verify-audit'], env);
      expect(audit.code).toBe(0);
      expect(audit.output).toMatch(/Nhật ký toàn vẹn: đã kiểm \d+ bản ghi/);
    },
  );
});
