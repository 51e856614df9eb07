-- Governance requests get the Telegram message id (idempotent send, outcome edit) like approvals have.
ALTER TABLE governance_requests ADD COLUMN telegram_message_id BIGINT;
CREATE INDEX approvals_phase_pending_idx ON approvals (phase_id, requested_at DESC) WHERE status = 'pending';
