-- Scheduled campaigns: each campaign's last firing (its scheduled time) and how it ended. Quartz keeps its schedule
-- in memory only, so this row is how the next start finds the firings missed while the service was down.
-- state: WATCHING (seen, nothing fired yet; scheduled_at = when watching began), STARTED, FIRED, REFUSED (over
-- budget), SKIPPED (missed, not made up), DISABLED (disabled or file removed: later firings are not missed ones).
CREATE TABLE campaign_firing (
    campaign      VARCHAR(128) NOT NULL PRIMARY KEY,
    scheduled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    batch_id      VARCHAR(120),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
