-- The webhook outbox (src/store/webhooks.rs, SQL in src/store/postgres/webhooks.rs): one row
-- per call outcome, written in the outcome's transaction, the same columns as the SQLite
-- store's. `locked_until_ms` is the lease of the process delivering the event (claimed with
-- FOR UPDATE SKIP LOCKED, so two delivering processes never take one event at once);
-- `retry_since_ms` the start of its retry window. Times are Unix milliseconds.
CREATE TABLE webhook_events (
    id                 TEXT PRIMARY KEY,
    type               TEXT NOT NULL,
    call_id            TEXT NOT NULL,
    payload            TEXT NOT NULL,
    created_at_ms      BIGINT NOT NULL,
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms BIGINT NOT NULL,
    retry_since_ms     BIGINT NOT NULL,
    last_error         TEXT,
    delivered_at_ms    BIGINT,
    dead_at_ms         BIGINT,
    locked_until_ms    BIGINT
);
-- The due events (pending only: the delivered and dead ones are not walked by a claim).
CREATE INDEX webhook_events_due ON webhook_events (next_attempt_at_ms, id)
    WHERE delivered_at_ms IS NULL AND dead_at_ms IS NULL;
-- Pruning the delivered events.
CREATE INDEX webhook_events_delivered ON webhook_events (delivered_at_ms)
    WHERE delivered_at_ms IS NOT NULL;
