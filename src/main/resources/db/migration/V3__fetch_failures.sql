-- Unusable downloads (truncated, not an MP4) are counted apart from passing 429s and 5xx, so the weather on the
-- provider's side cannot use up the few re-downloads a broken file is allowed.
ALTER TABLE job ADD COLUMN fetch_failures INTEGER NOT NULL DEFAULT 0;
