import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, sealAuditChain, systemActor, verifyAuditChain } from '../../src/server/audit/audit.service.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/test-database.ts';

const entry = (n: number) => ({ action: 'probe.write', entityType: 'probe', entityId: n, after: { n, note: 'Thử' } });

describe.each(testEngines)('audit sealing on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { isDemo: false });
  });
  afterAll(() => database?.drop());

  const unsealed = async () =>
    Number(
      (await database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_events where hash is null`))
        .rows[0]!.n,
    );

  it('writes records unsealed and seals them in one pass, keeping the chain intact', async () => {
    await sealAuditChain(database.db, { wait: true });
    for (let n = 1; n <= 5; n++) await recordAudit(database.db, systemActor(), entry(n));
    expect(await unsealed()).toBe(5);
    expect(await sealAuditChain(database.db)).toBe(5);
    expect(await unsealed()).toBe(0);
    expect(await verifyAuditChain(database.db)).toMatchObject({ isIntact: true, firstBrokenId: null });
  });

  it('lets the sealer set the hash once, and refuses any other change', async () => {
    await recordAudit(database.db, systemActor(), entry(6));
    const refuse = (statement: ReturnType<typeof sql>) =>
      expect(database.db.execute(statement)).rejects.toMatchObject({ cause: { message: /append-only/ } });
    // Content of an unsealed record, even together with a hash.
    await refuse(sql`update audit_events set action = 'x', hash = 'h', chain_seq = 999999 where hash is null`);
    await sealAuditChain(database.db, { wait: true });
    // A sealed record's hash, and deletion.
    await refuse(sql`update audit_events set hash = 'h' where entity_id = '6'`);
    await refuse(sql`delete from audit_events where entity_id = '6'`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ isIntact: true });
  });

  it.runIf(engine.name === 'postgresql')(
    'chains a record that commits after a later one, in sealing order',
    async () => {
      // Transaction A takes the lower id but commits last: the sealer must not skip it.
      const early = await database.pool.connect();
      try {
        await early.query('begin');
        await early.query(
          `insert into audit_events (at, actor_name, action, entity_type, entity_id) values (now(), 'A', 'probe.slow', 'probe', 'A')`,
        );
        await recordAudit(database.db, systemActor(), entry(7));
        expect(await sealAuditChain(database.db)).toBe(1);
        await early.query('commit');
      } finally {
        early.release();
      }
      expect(await sealAuditChain(database.db)).toBe(1);
      const { rows } = await database.db.execute<{ entityId: string }>(
        sql`select entity_id as "entityId" from audit_events order by chain_seq desc limit 2`,
      );
      expect(rows.map((r) => r.entityId)).toEqual(['A', '7']);
      expect(await verifyAuditChain(database.db)).toMatchObject({ isIntact: true, firstBrokenId: null });
    },
  );
});
