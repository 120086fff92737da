-- Batches come from several sources now (drop folder, queue, REST API, campaigns); jobs are listed by campaign.
ALTER TABLE batch ADD COLUMN origin VARCHAR(16) DEFAULT 'folder' NOT NULL;
ALTER TABLE batch ADD COLUMN campaign VARCHAR(128);
CREATE INDEX batch_campaign ON batch (campaign);
