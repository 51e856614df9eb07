-- Profile embeddings for candidate/job matching (seed 000 section 5).
-- One row per (kind, profile id, model). vector is float32 big-endian (as float4send writes it), L2-normalised; NULL marks a
-- deleted profile (a tombstone), so API replicas that refresh their in-memory index by seq also see deletes.
-- seq is taken from a sequence on every write: replicas reload deltas with seq > their watermark.
CREATE SEQUENCE profile_embeddings_seq;

CREATE TABLE profile_embeddings (
    org_id        BIGINT      NOT NULL REFERENCES organizations (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('job', 'candidate')),
    profile_id    BIGINT      NOT NULL,
    model         TEXT        NOT NULL,
    content_hash  TEXT,
    dimensions    INTEGER,
    vector        BYTEA,
    seq           BIGINT      NOT NULL DEFAULT nextval('profile_embeddings_seq'),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, profile_id, model),
    CHECK ((vector IS NULL) = (content_hash IS NULL))
);
CREATE INDEX profile_embeddings_delta_idx ON profile_embeddings (org_id, kind, model, seq);
