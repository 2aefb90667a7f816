import { openDatabase, runMigrations } from '../src/server/db/database.ts';
import { sql } from 'drizzle-orm';
const t0 = Date.now();
const d = await openDatabase({ dataDir: '/tmp/gsdata' });
console.log('open', Date.now() - t0);
await runMigrations(d);
console.log('migrated', Date.now() - t0);
const r = await d.db.execute(sql`select count(*)::int as n, version() as v from units`);
console.log(r.rows);
await d.db.transaction(async (tx) => {
  await tx.execute(sql`select 1`);
});
await d.close();
console.log('closed', Date.now() - t0);
