-- The delivery targets chosen for a batch, kept from the moment they are decided: when its submission (a REST API
-- body, a queue message) names them, at intake; otherwise when its first job is delivered or it completes, from
-- its campaign file or pipeline.delivery.targets. A campaign file or a setting edited while the batch runs never
-- splits the batch between targets. A request's own targets override these for its job only.
-- targets: comma-separated, outbox first ('outbox,s3,email'); decided_by: batch, campaign, origin or default.
CREATE TABLE batch_targets (
    batch_id    VARCHAR(120) NOT NULL PRIMARY KEY,
    targets     VARCHAR(64)  NOT NULL,
    decided_by  VARCHAR(16)  NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
