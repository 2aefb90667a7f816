import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/server-process.ts';

const square = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 0.05, lat],
  [lon + 0.05, lat + 0.05],
  [lon, lat + 0.05],
  [lon, lat],
];
const collection = (...features: [Record<string, unknown>, unknown][]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: features.map(([properties, geometry]) => ({ type: 'Feature', properties, geometry })),
  });

describe('CLI: import-boundaries (embedded engine)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-boundaries-cli-'));
  const env = { DATA_DIR: dataDir, GIAMSAT_DEMO: '0' };
  const file = (name: string, content: string) => {
    const full = path.join(dataDir, name);
    writeFileSync(full, content);
    return full;
  };
  beforeAll(async () => {
    const provinces = file('provinces.csv', 'code,full_name,type\n38,Tỉnh Thanh Hóa,Tỉnh\n');
    expect((await runCli(['import-units', provinces], env)).code).toBe(0);
    const communes = file('communes.csv', 'code,full_name,type,province_code\n14758,Phường Hàm Rồng,Phường,38\n');
    expect((await runCli(['import-units', communes], env)).code).toBe(0);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is listed in the usage, and asks for the file', async () => {
    expect((await runCli(['--help'], env)).output).toContain('import-boundaries <tệp>');
    const missing = await runCli(['import-boundaries'], env);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('Thiếu đường dẫn tệp');
  });

  it('refuses a file with a wrong feature, naming it, and imports nothing (exit 2)', async () => {
    const bad = file(
      'bad.geojson',
      collection(
        [{ code: '14758' }, { type: 'Polygon', coordinates: [square(105.7, 19.8)] }],
        [{ code: '99999' }, { type: 'Polygon', coordinates: [square(105.8, 19.8)] }],
        [{ code: '38' }, { type: 'Point', coordinates: [105.8, 19.8] }],
      ),
    );
    const { code, output } = await runCli(['import-boundaries', bad], env);
    expect(code).toBe(2);
    expect(output).toContain('đối tượng 1 (mã 99999): Không có đơn vị mã 99999 trong phạm vi quản lý của bạn.');
    expect(output).toContain('đối tượng 2 (mã 38): Hình học phải là Polygon hoặc MultiPolygon (tệp có: Point).');
    expect(output).toContain('KHÔNG nhập: 3 đối tượng; thêm 0, thay 0, lỗi 2');
  });

  it('checks with --dry-run, then imports with the code in another property', async () => {
    const good = file(
      'ranh-gioi.geojson',
      collection(
        [{ ma: '38' }, { type: 'Polygon', coordinates: [square(105, 19.5)] }],
        [{ ma: '14758' }, { type: 'Polygon', coordinates: [square(105.7, 19.8)] }],
      ),
    );
    const dry = await runCli(['import-boundaries', good, '--property', 'ma', '--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain('KHÔNG nhập: 2 đối tượng; thêm 2, thay 0, lỗi 0');
    const real = await runCli(['import-boundaries', good, '--property', 'ma'], env);
    expect(real.code).toBe(0);
    expect(real.output).toMatch(/Đã nhập: 2 đối tượng; thêm 2, thay 0, lỗi 0; \d+ KB → \d+ KB sau giản lược/);
    const again = await runCli(['import-boundaries', good, '--property', 'ma'], env);
    expect(again.output).toContain('thêm 0, thay 2');
    expect((await runCli(['verify-audit'], env)).code).toBe(0);
  });
});
