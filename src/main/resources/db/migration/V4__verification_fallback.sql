-- Videos a provider made, and was paid for, that failed verification (wrong duration or size): kept per job as a
-- JSON list (provider, model, provider job id, reason, cost, where the job went instead), so a job generated again
-- at another provider still shows the first provider job and the money it cost. NULL when there are none.
ALTER TABLE job ADD COLUMN discarded_json VARCHAR;
