-- Webhook deliveries already taken in (their Standard Webhooks webhook-id), so a repeated delivery is acknowledged
-- and ignored, across restarts too. A row is kept until its signed timestamp leaves the tolerance, then pruned.
CREATE TABLE webhook_event (
    source       VARCHAR(40)   NOT NULL,
    webhook_id   VARCHAR(255)  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    keep_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, webhook_id)
);

CREATE INDEX webhook_event_keep_until ON webhook_event (keep_until);

-- A webhook names the provider's job id; finding our job by it must not scan the ledger.
CREATE INDEX job_provider_job_id ON job (provider, provider_job_id);
