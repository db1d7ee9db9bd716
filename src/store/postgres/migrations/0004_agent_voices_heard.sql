-- How each agent voice was heard (src/speakers/embedding.rs, VOICE_HEARD): only voices heard
-- alike are compared. Voices stored before were embedded as recorded: 'ge2e'.
ALTER TABLE agent_voices ADD COLUMN heard TEXT NOT NULL DEFAULT 'ge2e';
