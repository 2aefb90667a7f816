-- The audit trail is append-only for the application: changing or deleting a record fails loudly.
-- (A database owner can still disable this trigger; the hash chain is what detects that.)
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (nhật ký thay đổi không được sửa hoặc xóa)';
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
