-- calltone's PostgreSQL store, first version: the same tables as the embedded SQLite store
-- (src/store/mod.rs and its modules), in PostgreSQL's types. Times are Unix milliseconds
-- (BIGINT), scores DOUBLE PRECISION, JSON documents JSONB.

CREATE TABLE calls (
    id                      TEXT PRIMARY KEY,
    external_id             TEXT,
    agent_id                TEXT,
    team                    TEXT,
    started_at_ms           BIGINT NOT NULL,
    language_hint           TEXT,
    roles                   TEXT,
    received_at_ms          BIGINT NOT NULL,
    status                  TEXT NOT NULL
                            CHECK (status IN ('queued', 'processing', 'succeeded', 'failed')),
    reason                  TEXT,
    attempts                INTEGER NOT NULL DEFAULT 0,
    claimed_at_ms           BIGINT,
    -- The claim's lease: a worker renews it while it analyses the call; once it has passed,
    -- the call may be claimed again (the worker is taken for dead).
    lease_until_ms          BIGINT,
    -- The node (process) that holds the claim: a restarted node gives its own calls back.
    claimed_by              TEXT,
    finished_at_ms          BIGINT,
    updated_at_ms           BIGINT NOT NULL,
    audio_key              TEXT,
    audio_bytes             BIGINT NOT NULL,
    content_type            TEXT,
    duration_ms             BIGINT,
    language                TEXT,
    report                  JSONB,
    sentiment_agent         DOUBLE PRECISION,
    sentiment_customer      DOUBLE PRECISION,
    stress_agent            DOUBLE PRECISION,
    stress_customer         DOUBLE PRECISION,
    smile_agent             DOUBLE PRECISION,
    smile_customer          DOUBLE PRECISION,
    abusive                 BOOLEAN,
    idempotency_key         TEXT UNIQUE,
    queued_at_ms            BIGINT,
    abusive_turns_customer  INTEGER,
    shouting_turns_customer INTEGER,
    tone_reference_agent    TEXT,
    speakers                TEXT,
    speaker_roles           TEXT
);
-- The queue: the waiting calls in order (a partial index holds only them, so a claim does not
-- walk the finished calls however many there are).
CREATE INDEX calls_waiting ON calls (queued_at_ms, id) WHERE status = 'queued';
-- Claims whose lease may have expired.
CREATE INDEX calls_leases ON calls (lease_until_ms) WHERE status = 'processing';
CREATE INDEX calls_status ON calls (status);
CREATE INDEX calls_started ON calls (started_at_ms, id);
CREATE INDEX calls_agent ON calls (agent_id, started_at_ms);
CREATE INDEX calls_team ON calls (team, started_at_ms);

CREATE TABLE agent_voice_summaries (
    call_id        TEXT PRIMARY KEY,
    agent_id       TEXT NOT NULL,
    extractor      TEXT NOT NULL,
    speech_ms      BIGINT NOT NULL,
    summary        JSONB NOT NULL,
    started_at_ms  BIGINT NOT NULL,
    created_at_ms  BIGINT NOT NULL
);
CREATE INDEX voice_summaries_agent
    ON agent_voice_summaries (agent_id, extractor, started_at_ms, call_id);

CREATE TABLE agent_voices (
    id             BIGSERIAL PRIMARY KEY,
    agent_id       TEXT NOT NULL,
    call_id        TEXT UNIQUE,
    embedding      JSONB NOT NULL,
    created_at_ms  BIGINT NOT NULL
);
CREATE INDEX agent_voices_agent ON agent_voices (agent_id, created_at_ms);

CREATE TABLE voice_enrolments (
    id             TEXT PRIMARY KEY,
    agent_id       TEXT NOT NULL,
    channel        INTEGER NOT NULL,
    audio_key     TEXT,
    status         TEXT NOT NULL
                   CHECK (status IN ('queued', 'processing', 'succeeded', 'failed')),
    reason         TEXT,
    received_at_ms BIGINT NOT NULL,
    finished_at_ms BIGINT,
    -- The node that took it (a restarted node gives its own back; see calls.claimed_by).
    claimed_by     TEXT
);
CREATE INDEX voice_enrolments_queue ON voice_enrolments (status, received_at_ms);
CREATE INDEX voice_enrolments_agent ON voice_enrolments (agent_id, received_at_ms);

-- The coach's moments, one row per moment of each stored report (src/store/moments.rs).
CREATE TABLE call_moments (
    call_id   TEXT NOT NULL,
    idx       INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    role      TEXT,
    start_ms  BIGINT NOT NULL,
    end_ms    BIGINT NOT NULL,
    severity  DOUBLE PRECISION NOT NULL,
    why       TEXT NOT NULL,
    turn      JSONB,
    PRIMARY KEY (call_id, idx)
);
CREATE INDEX call_moments_severity ON call_moments (severity, call_id);

-- Scorecards and reviews (src/store/review.rs).
CREATE TABLE scorecards (
    card_id        TEXT NOT NULL,
    version        INTEGER NOT NULL,
    hash           TEXT NOT NULL,
    definition     JSONB NOT NULL,
    created_at_ms  BIGINT NOT NULL,
    PRIMARY KEY (card_id, version),
    UNIQUE (card_id, hash)
);
CREATE TABLE reviews (
    call_id        TEXT PRIMARY KEY,
    card_id        TEXT NOT NULL,
    card_version   INTEGER NOT NULL,
    verdict        TEXT NOT NULL,
    answers        JSONB NOT NULL,
    total_points   DOUBLE PRECISION NOT NULL,
    max_points     DOUBLE PRECISION NOT NULL,
    score_pct      DOUBLE PRECISION NOT NULL,
    note           TEXT,
    reviewer       TEXT NOT NULL,
    reviewed_at_ms BIGINT NOT NULL
);
CREATE INDEX reviews_score ON reviews (score_pct);

-- Transcript search (src/store/search.rs): one row per turn of each stored report, its text
-- folded by text::normalize (the same fold as the phrase searched for) and tokenised by
-- PostgreSQL's `simple` configuration (no stemming: every language alike).
CREATE TABLE call_turns (
    call_id   TEXT NOT NULL,
    n         INTEGER NOT NULL,
    start_ms  BIGINT NOT NULL,
    role      TEXT,
    text      TEXT NOT NULL,
    folded    TEXT NOT NULL,
    tsv       tsvector GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED,
    PRIMARY KEY (call_id, n)
);
CREATE INDEX call_turns_tsv ON call_turns USING GIN (tsv);

-- Reviewers' corrections and the calibrations fitted from them (src/store/labels.rs).
CREATE TABLE labels (
    id              BIGSERIAL PRIMARY KEY,
    call_id         TEXT NOT NULL,
    turn_id         BIGINT NOT NULL,
    field           TEXT NOT NULL,
    machine_value   JSONB,
    raw_value       JSONB,
    reviewer_value  JSONB NOT NULL,
    language        TEXT,
    reviewer        TEXT NOT NULL,
    created_at_ms   BIGINT NOT NULL
);
CREATE INDEX labels_call ON labels (call_id, turn_id, field, id);
CREATE INDEX labels_field ON labels (field, created_at_ms);
CREATE TABLE calibrations (
    version            INTEGER PRIMARY KEY,
    created_at_ms      BIGINT NOT NULL,
    body               JSONB NOT NULL,
    rolled_back_at_ms  BIGINT
);
