package com.videopipeline.webhook;

import com.videopipeline.job.VideoJob;

/**
 * How a delivery was taken: the HTTP status and short JSON answer for the sender, and the job to poll at once, if
 * any. The answer never echoes what was sent.
 *
 * @param status HTTP status: 2xx tells the sender to stop, anything else makes it try again later
 * @param answer JSON body of the response
 * @param job    the job leased for an immediate poll; null when there is none
 */
record WebhookReceipt(int status, String answer, VideoJob job) {

    static WebhookReceipt refused(Verdict verdict) {
        return new WebhookReceipt(verdict.status(), answer("refused", verdict.reason()), null);
    }

    /** Webhooks are off (the route is not started then; this is for a call from elsewhere). */
    static WebhookReceipt disabled() {
        return new WebhookReceipt(404, answer("refused", "webhooks are not enabled"), null);
    }

    /** A malformed event under a valid signature: the sender's bug; retrying will not help, so 400. */
    static WebhookReceipt unreadable() {
        return new WebhookReceipt(400, answer("refused", "not an event object with a type"), null);
    }

    /** Taken and done with (or with nothing to do): 200, so the sender does not retry. */
    static WebhookReceipt taken(String outcome) {
        return new WebhookReceipt(200, answer("accepted", outcome), null);
    }

    static WebhookReceipt poll(VideoJob job) {
        return new WebhookReceipt(200, answer("accepted", "polling the job now"), job);
    }

    /** The job is held by another stage this moment: 503, so the sender tries again shortly. */
    static WebhookReceipt busy() {
        return new WebhookReceipt(503, answer("retry", "the job is busy; deliver again later"), null);
    }

    /** Only fixed texts from this class go in, so no escaping is needed. */
    private static String answer(String status, String detail) {
        return "{\"status\":\"" + status + "\",\"detail\":\"" + detail + "\"}";
    }
}
