-- Embedding intents, written in the same transaction as the job/candidate change (the outbox of issue 8).
-- One row per profile: a newer change replaces the row's id (taken from a sequence), so a dispatcher that
-- started a workflow for the older id deletes only that id and the newer change stays pending.
-- A dispatcher claims rows by setting claimed_until (a lease, rows taken with FOR UPDATE SKIP LOCKED); a row
-- whose lease ran out (crash between claim and start) is claimed again.
CREATE SEQUENCE embedding_outbox_seq;

CREATE TABLE embedding_outbox (
    id            BIGINT      NOT NULL DEFAULT nextval('embedding_outbox_seq') PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('job', 'candidate')),
    profile_id    BIGINT      NOT NULL,
    deleted       BOOLEAN     NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_until TIMESTAMPTZ,
    UNIQUE (kind, profile_id)
);
