package com.videopipeline.system;

/**
 * Names of the Camel exchange variables the flows in {@code routes/} share. Internal state travels in variables,
 * not headers, so it never leaks into an outbound HTTP or JMS message. The YAML files spell these names out; a test
 * ({@code RouteFilesTest}) checks every one of them is used there.
 */
public final class PipelineVariables {

    /** The {@code VideoJob} a job route works on; the shared error handler reads it to fail or retry the job. */
    public static final String JOB = "job";

    /** The {@code IngestSession} of the drop file being read. */
    public static final String INGEST = "ingest";

    /** Where the file consumer moves a drop file when done: {@code .done/<name>} or {@code .error/<name>}. */
    public static final String INGEST_DESTINATION = "ingestDestination";

    private PipelineVariables() {
    }
}
