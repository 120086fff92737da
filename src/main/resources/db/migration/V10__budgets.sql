-- Budgets: a limit in US dollars and/or seconds of video for one batch (an API batch, a campaign firing) or for all
-- of a campaign's batches (id 'batch:<batch>' or 'campaign:<name>'). A job's estimate is reserved here before it is
-- submitted, by one conditional UPDATE (spent + reserved + estimate <= limit), so two claims racing on one budget,
-- in one process or in several sharing a PostgreSQL ledger, can never both take the last of it. On the job's end the
-- reservation is settled (what was paid moves to spent) and the rest released.
-- over_budget: what a job that no longer fits becomes: hold (HELD) or downgrade (a cheaper model or size, else HELD).
CREATE TABLE budget (
    id                VARCHAR(200)   NOT NULL PRIMARY KEY,
    campaign          VARCHAR(128),
    limit_usd         NUMERIC(14, 4),
    limit_seconds     NUMERIC(14, 3),
    over_budget       VARCHAR(16)    NOT NULL,
    reserved_usd      NUMERIC(14, 4) DEFAULT 0 NOT NULL,
    reserved_seconds  NUMERIC(14, 3) DEFAULT 0 NOT NULL,
    spent_usd         NUMERIC(14, 4) DEFAULT 0 NOT NULL,
    spent_seconds     NUMERIC(14, 3) DEFAULT 0 NOT NULL,
    released_usd      NUMERIC(14, 4) DEFAULT 0 NOT NULL,
    released_seconds  NUMERIC(14, 3) DEFAULT 0 NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which budget pays for a batch's jobs; a batch without a row has no limit.
CREATE TABLE budget_batch (
    batch_id   VARCHAR(120) NOT NULL PRIMARY KEY,
    budget_id  VARCHAR(200) NOT NULL REFERENCES budget (id)
);

-- One row per job that ever reserved: what it holds now (reserved_*, the generation under way) and what it has
-- cost (spent_*). state: RESERVED (a generation is paid for in advance), SPENT (its generation was paid and
-- discarded, the job goes on and reserves again before its next submit), SETTLED (ended, something was paid),
-- RELEASED (ended, nothing paid). discarded_seen: the job's discarded videos already counted as spent.
CREATE TABLE budget_reservation (
    batch_id          VARCHAR(120)   NOT NULL,
    job_id            VARCHAR(80)    NOT NULL,
    budget_id         VARCHAR(200)   NOT NULL REFERENCES budget (id),
    state             VARCHAR(16)    NOT NULL,
    reserved_usd      NUMERIC(14, 4) DEFAULT 0 NOT NULL,
    reserved_seconds  NUMERIC(14, 3) DEFAULT 0 NOT NULL,
    spent_usd         NUMERIC(14, 4) DEFAULT 0 NOT NULL,
    spent_seconds     NUMERIC(14, 3) DEFAULT 0 NOT NULL,
    discarded_seen    INTEGER        DEFAULT 0 NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, job_id)
);
CREATE INDEX budget_reservation_budget ON budget_reservation (budget_id, state);

-- What a budget changed about a job that still went ahead: "downgraded from sora-2-pro 1920x1080 to sora-2 ...".
ALTER TABLE job ADD COLUMN budget_note VARCHAR(1000);
