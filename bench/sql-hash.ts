/**
 * Deterministic pseudo-random numbers inside SQL: a 32-bit integer hash (two multiply-xorshift rounds)
 * of an integer expression, written out as SQL text so it is inlined and runs the same on PostgreSQL
 * and PGlite. Same seed expression and salt, same number, on every run.
 */
export function hashSql(expr: string, salt: number): string {
  let e = `((((${expr})::bigint * 2654435761) + ${salt * 7919}) & 4294967295)`;
  for (let round = 0; round < 2; round++) e = `((((${e}) >> 16) # (${e})) * 73244475 & 4294967295)`;
  return `(((${e}) >> 16) # (${e}))`;
}

/** An integer in 0..n-1 from the hash of `expr`. */
export const pickSql = (expr: string, salt: number, n: number) => `(${hashSql(expr, salt)} % ${n})::int`;
