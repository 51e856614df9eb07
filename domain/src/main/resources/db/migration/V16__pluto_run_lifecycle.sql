-- Pluto runs keep why AI scoring was given up (provider refused us, no LLM) after the run ended, so
-- /api/pluto/status can still say so; a run closed by an operator or the reconciler keeps the reason in message.
ALTER TABLE pluto_runs ADD COLUMN ai_unavailable TEXT;
