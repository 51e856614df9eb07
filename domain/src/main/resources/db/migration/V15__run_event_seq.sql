-- Per-run event sequence (issue 8): an event's position in its run (1, 2, 3...) is its SSE id, so a stream's
-- ids never jump by other runs' events and Last-Event-ID resumes within the run.
ALTER TABLE run_events ADD COLUMN seq BIGINT;

UPDATE run_events e SET seq = numbered.position
FROM (SELECT id, row_number() OVER (PARTITION BY run_id ORDER BY id) AS position FROM run_events) numbered
WHERE e.id = numbered.id;

ALTER TABLE run_events ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX run_events_run_seq_uq ON run_events (run_id, seq);
DROP INDEX run_events_run_idx;
