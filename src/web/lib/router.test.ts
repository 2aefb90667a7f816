import { describe, expect, it } from 'vitest';
import { matchPath, safeNextPath } from './router.tsx';

describe('matchPath', () => {
  it('reads params and rejects other shapes', () => {
    expect(matchPath('/units/:code', '/units/38.SKHCN')).toEqual({ code: '38.SKHCN' });
    expect(matchPath('/units/:code', '/units')).toBeNull();
    expect(matchPath('/units', '/units/')).toEqual({});
    expect(matchPath('/users', '/units')).toBeNull();
  });
});

describe('safeNextPath', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeNextPath('/units/38?x=1')).toBe('/units/38?x=1');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/login?next=/users')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
