package com.videopipeline.system;

/**
 * Names of the Camel exchange variables the flows in {@code routes/} share. Internal state travels in variables,
 * not headers, so it never leaks into an outbound HTTP or JMS message. The YAML files spell these names out; a test
 * ({@code RouteFilesTest}) checks every one of them is used there.
 */
public final class PipelineVariables {

    /** The {@code VideoJob} a job route works on; the shared error handler reads it to fail or retry the job. */
    public static final String JOB = "job";

    /** The {@code Submission} (one entry and its batch) the accept route works on, for its error handler. */
    public static final String SUBMISSION = "submission";

    /** The {@code IngestSession} of the drop file being read. */
    public static final String INGEST = "ingest";

    /** Where the file consumer moves a drop file when done: {@code .done/<name>} or {@code .error/<name>}. */
    public static final String INGEST_DESTINATION = "ingestDestination";

    /** The {@code WebhookReceipt} of the webhook delivery being answered: its status, answer and job to poll. */
    public static final String WEBHOOK = "webhook";

    /**
     * The {@code EntryRun} of a batch that arrived in one piece (an API submission, a queue message): its entries
     * and outcomes.
     */
    public static final String ENTRY_RUN = "entryRun";

    /** The name of the campaign to run, for {@code direct:run-campaign}. */
    public static final String CAMPAIGN = "campaign";

    /** The {@code CampaignFiring} run-campaign works on: the campaign, its entries, their cost, its budget forecast. */
    public static final String CAMPAIGN_FIRING = "campaignFiring";

    /** A {@code PipelineEvent} on its way to the events destination (sent by a wire tap, on its own thread). */
    public static final String EVENT = "event";

    /** The {@code Batch} whose manifest complete-batch is writing, for its completion event. */
    public static final String COMPLETED_BATCH = "completedBatch";

    /** The {@code DigestLedger.Owed} email digest send-digests is sending, to record its outcome. */
    public static final String DIGEST = "digest";

    private PipelineVariables() {
    }
}
