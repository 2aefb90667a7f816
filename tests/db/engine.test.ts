import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/test-database.ts';

describe.each(testEngines)('database engine $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { isDemo: false });
  });
  afterAll(() => database?.drop());

  it('keeps serving queries after a failed one', async () => {
    // Regression: pg drops the connection after an error; the embedded server must accept the next one.
    for (let i = 0; i < 3; i++) {
      await expect(database.db.execute(sql`select 1 / ${0}::int`)).rejects.toThrow();
      const { rows } = await database.db.execute(sql`select ${i}::int as n`);
      expect(rows).toEqual([{ n: i }]);
    }
  });

  it('rolls back a transaction that throws', async () => {
    await database.db.execute(sql`create table if not exists probe (n int)`);
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into probe values (1)`);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const { rows } = await database.db.execute(sql`select count(*)::int as n from probe`);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('serves concurrent requests without interleaving transactions', async () => {
    await database.db.execute(sql`create table if not exists counter (n int)`);
    await database.db.execute(sql`insert into counter values (0)`);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        database.db.transaction(async (tx) => {
          const { rows } = await tx.execute(sql`select n from counter for update`);
          await tx.execute(sql`update counter set n = ${(rows[0] as { n: number }).n + 1}`);
        }),
      ),
    );
    const { rows } = await database.db.execute(sql`select n from counter`);
    expect(rows).toEqual([{ n: 20 }]);
  });
});
