-- Every retry a job needed (passing 429s/5xx/timeouts in any stage, re-downloads, regenerations, reconciliations),
-- kept for its report: the per-stage failure count is cleared by each success and cannot tell it afterwards.
ALTER TABLE job ADD COLUMN retries INTEGER NOT NULL DEFAULT 0;
