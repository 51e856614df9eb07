-- Fleet-wide LLM budget per (provider, model): every worker process takes a slot row before a call and gives it
-- back after; a lease that its process renews brings back the slots of a process that died.
CREATE TABLE llm_slots (
    provider    TEXT        NOT NULL,
    model       TEXT        NOT NULL,
    slot        INT         NOT NULL,
    holder      UUID,
    lease       UUID,
    lease_until TIMESTAMPTZ,
    PRIMARY KEY (provider, model, slot)
);

-- A 429 pauses the whole fleet until paused_until; the requests-per-minute window counts calls started.
CREATE UNLOGGED TABLE llm_budgets (
    provider     TEXT        NOT NULL,
    model        TEXT        NOT NULL,
    paused_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity',
    rate_limits  INT         NOT NULL DEFAULT 0,
    window_start TIMESTAMPTZ NOT NULL DEFAULT '-infinity',
    window_calls INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (provider, model)
);
