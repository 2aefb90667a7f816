import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults: port 3000, embedded engine under ./data, demo on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, isDemo: true, firstAdmin: undefined });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('names every wrong setting in one clear message', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', GIAMSAT_DEMO: 'yes' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toContain('Cấu hình không hợp lệ');
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('DATABASE_URL: phải là chuỗi kết nối postgres://...');
    }
  });

  it('needs the first admin username and password together, with a long enough password', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'root' })).toThrow('ADMIN_USERNAME và ADMIN_PASSWORD');
    expect(() => loadConfig({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' })).toThrow('ít nhất 10 ký tự');
    expect(loadConfig({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'long-enough-1' }).firstAdmin).toEqual({
      username: 'root',
      password: 'long-enough-1',
      unitCode: undefined,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });
});
