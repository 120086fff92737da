package com.videopipeline.api;

/** Where the API lives; routes/serve-api.camel.yaml spells the same paths. */
final class ApiPaths {

    static final String BASE = "/api";

    private ApiPaths() {
    }

    static String batch(String batchId) {
        return BASE + "/batches/" + batchId;
    }

    static String job(String batchId, String jobId) {
        return BASE + "/jobs/" + batchId + "/" + jobId;
    }
}
