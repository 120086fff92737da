-- A drop file is identified by its content, so the same file is never ingested twice and an interrupted read
-- resumes into the same batch. A job served from the result cache names the job whose video it reuses.
ALTER TABLE batch ADD COLUMN source_sha256 CHAR(64);
CREATE INDEX batch_source_sha256 ON batch (source_sha256);
ALTER TABLE job ADD COLUMN cached_from VARCHAR(210);
