import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.ts';

describe('LoginLimiter', () => {
  it('blocks an address after the allowed failures within the window', () => {
    const limiter = new LoginLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) limiter.recordFailure('1.2.3.4', 1000 + i);
    expect(limiter.isBlocked('1.2.3.4', 2000)).toBe(true);
    expect(limiter.isBlocked('5.6.7.8', 2000)).toBe(false);
  });
  it('forgets failures older than the window', () => {
    const limiter = new LoginLimiter(2, 1000);
    limiter.recordFailure('a', 0);
    limiter.recordFailure('a', 10);
    expect(limiter.isBlocked('a', 500)).toBe(true);
    expect(limiter.isBlocked('a', 1500)).toBe(false);
  });
});
