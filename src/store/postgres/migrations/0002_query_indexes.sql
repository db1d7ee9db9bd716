-- The indexes of the call list's default order and its filters (src/store/postgres/queries.rs;
-- plans on 100,000 calls in docs/postgres.md). The list pages newest received first with a
-- keyset cursor on (received_at_ms, id): each index below hands the page straight off its
-- end, with or without the agent, team or status asked for, instead of sorting every
-- matching call.
CREATE INDEX calls_received ON calls (received_at_ms, id);
CREATE INDEX calls_agent_received ON calls (agent_id, received_at_ms, id);
CREATE INDEX calls_team_received ON calls (team, received_at_ms, id);
CREATE INDEX calls_status_received ON calls (status, received_at_ms, id);
-- The list sorted by a score, highest first (a score column's first click on the page), NULL
-- scores last as on SQLite: the first page and the next ones are read off the index instead
-- of a sort of every call. Lowest first is a sort (one index serves one of the two orders).
CREATE INDEX calls_sentiment_agent_desc ON calls (sentiment_agent DESC NULLS LAST, id DESC);
CREATE INDEX calls_sentiment_customer_desc ON calls (sentiment_customer DESC NULLS LAST, id DESC);
CREATE INDEX calls_stress_agent_desc ON calls (stress_agent DESC NULLS LAST, id DESC);
CREATE INDEX calls_stress_customer_desc ON calls (stress_customer DESC NULLS LAST, id DESC);
CREATE INDEX calls_smile_agent_desc ON calls (smile_agent DESC NULLS LAST, id DESC);
CREATE INDEX calls_smile_customer_desc ON calls (smile_customer DESC NULLS LAST, id DESC);
