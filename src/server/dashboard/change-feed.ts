import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

type Listener = { path: string; isRoot: boolean; notify: () => void };

/**
 * Live updates without a message broker: one poller per process reads the audit trail's new rows
 * (every change writes one, in its own transaction, so a row is only seen once committed) and wakes
 * the open dashboards whose scope holds the changed unit. Works the same on both engines and across
 * server processes.
 */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private lastId = -1;
  private timer: NodeJS.Timeout | undefined;
  private readonly db: Db;
  private readonly intervalMs: number;
  constructor(db: Db, intervalMs = 1000) {
    this.db = db;
    this.intervalMs = intervalMs;
  }

  subscribe(scope: { path: string; isRoot: boolean }, notify: () => void): () => void {
    const listener = { ...scope, notify };
    this.listeners.add(listener);
    if (!this.timer) {
      void this.poll().catch(() => {}); // take the baseline now, so changes from this moment on count
      this.timer = setInterval(() => void this.poll().catch(() => {}), this.intervalMs);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.lastId = -1;
  }

  private async poll(): Promise<void> {
    if (this.lastId < 0) {
      const { rows } = await this.db.execute(sql`select coalesce(max(id), 0)::int as id from audit_events`);
      this.lastId = (rows[0] as { id: number }).id;
      return;
    }
    const { rows } = await this.db.execute(sql`
      select a.id, u.path, a.action like 'auth.%' as "isSession" from audit_events a left join units u on u.id = a.unit_id
      where a.id > ${this.lastId} order by a.id limit 1000`);
    // Signing in and out changes no figure: those rows only move the cursor.
    const all = rows as { id: number; path: string | null; isSession: boolean }[];
    if (all.length === 0) return;
    this.lastId = all.at(-1)!.id;
    const changes = all.filter((c) => !c.isSession);
    for (const listener of this.listeners) {
      const touches = changes.some((c) => (c.path === null ? listener.isRoot : c.path.startsWith(listener.path)));
      if (touches) listener.notify();
    }
  }
}
