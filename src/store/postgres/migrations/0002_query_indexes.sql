-- The indexes of the call list's default order and its filters (src/store/postgres/queries.rs;
-- plans on 100,000 calls in docs/postgres.md). The list pages newest received first with a
-- keyset cursor on (received_at_ms, id): each index below hands the page straight off its
-- end, with or without the agent, team or status asked for, instead of sorting every
-- matching call.
CREATE INDEX calls_received ON calls (received_at_ms, id);
CREATE INDEX calls_agent_received ON calls (agent_id, received_at_ms, id);
CREATE INDEX calls_team_received ON calls (team, received_at_ms, id);
CREATE INDEX calls_status_received ON calls (status, received_at_ms, id);
