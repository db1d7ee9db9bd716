-- The voices of the speakers of an agent's mono calls, whichever was the agent: the voice
-- that recurs in them tells the agent apart on their later mono calls while none of theirs
-- is enrolled or learned (src/speakers/recurring.rs).
CREATE TABLE speaker_voices (
    call_id        TEXT NOT NULL,
    speaker        INTEGER NOT NULL,
    agent_id       TEXT NOT NULL,
    embedding      JSONB NOT NULL,
    heard          TEXT NOT NULL,
    created_at_ms  BIGINT NOT NULL,
    PRIMARY KEY (call_id, speaker)
);
CREATE INDEX speaker_voices_agent ON speaker_voices (agent_id, created_at_ms);
