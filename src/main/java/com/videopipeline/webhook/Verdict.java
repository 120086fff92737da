package com.videopipeline.webhook;

/** What the signature check made of a delivery, and the HTTP status a refusal is answered with. */
enum Verdict {

    VALID(200, "verified"),
    /** a header is missing or not in the Standard Webhooks form: the sender's bug or a stranger's request */
    MALFORMED(400, "missing or malformed webhook-id, webhook-timestamp or webhook-signature"),
    /** signed with another key, or the body or headers changed after signing */
    FORGED(401, "no signature matches"),
    /** correctly signed, but the signed time is too far from ours: an old copy replayed, or a wrong clock */
    STALE(400, "signed timestamp outside the tolerance");

    private final int status;
    private final String reason;

    Verdict(int status, String reason) {
        this.status = status;
        this.reason = reason;
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }
}
