-- Delivery targets beside the outbox (S3 first): one row per job (kind JOB, item = job id) or per batch's files
-- (kind BATCH, item = '') and target, so each target is retried on its own and a failing one never loses the others.
-- state: PENDING (due at due_at), DELIVERED (location says where), FAILED (attempts exhausted; last_error says why).
CREATE TABLE delivery_target (
    target      VARCHAR(32)   NOT NULL,
    batch_id    VARCHAR(120)  NOT NULL,
    kind        VARCHAR(8)    NOT NULL,
    item        VARCHAR(80)   NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    attempts    INT           DEFAULT 0 NOT NULL,
    last_error  VARCHAR(2000),
    location    VARCHAR(1200),
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (target, batch_id, kind, item)
);
CREATE INDEX delivery_target_due ON delivery_target (state, due_at);
