-- Issue 8: approvals and governance requests can be closed without a decision. approvals.status is free
-- text (no CHECK), so 'cancelled' needs no change there; governance requests had only approved true/false/null,
-- so a request cancelled or lost in Temporal gets its own closed status and reason.
ALTER TABLE governance_requests
    ADD COLUMN closed_status TEXT CHECK (closed_status IN ('cancelled', 'error')),
    ADD COLUMN closed_reason TEXT;
DROP INDEX IF EXISTS governance_pending_idx;
CREATE INDEX governance_pending_idx ON governance_requests (org_id, created_at DESC)
    WHERE approved IS NULL AND closed_status IS NULL;
