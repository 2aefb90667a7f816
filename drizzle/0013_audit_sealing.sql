ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_idx" ON "audit_events" USING btree ("chain_seq");--> statement-breakpoint
CREATE INDEX "audit_events_unsealed_idx" ON "audit_events" USING btree ("id") WHERE "audit_events"."hash" is null;--> statement-breakpoint
-- Rows written before sealing existed are already chained in id order.
ALTER TABLE "audit_events" DISABLE TRIGGER audit_events_append_only;--> statement-breakpoint
UPDATE "audit_events" SET "chain_seq" = "id";--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER audit_events_append_only;--> statement-breakpoint
-- Still append-only for the application, with one exception: the sealer may write the hash, the previous
-- hash and the chain position of a row that has none yet, and nothing else.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.chain_seq IS NOT NULL
     AND (to_jsonb(NEW) - 'prev_hash' - 'hash' - 'chain_seq') = (to_jsonb(OLD) - 'prev_hash' - 'hash' - 'chain_seq') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (nhật ký thay đổi không được sửa hoặc xóa)';
END
$$ LANGUAGE plpgsql;
