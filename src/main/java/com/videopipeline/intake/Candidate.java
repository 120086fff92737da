package com.videopipeline.intake;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.request.VideoRequest;

/**
 * An entry on its way through the accept route once it has been read: the request as enrichment made it, and,
 * when a check refused it, why. A refused candidate still becomes a job, REJECTED with its reason, so the refusal
 * is in the ledger and the batch's reports; it never reaches a provider.
 */
public final class Candidate {

    private final Submission submission;
    private final VideoRequest request;
    private final FailureKind refusalKind;
    private final String refusal;

    Candidate(Submission submission, VideoRequest request) {
        this(submission, request, null, null);
    }

    private Candidate(Submission submission, VideoRequest request, FailureKind refusalKind, String refusal) {
        this.submission = submission;
        this.request = request;
        this.refusalKind = refusalKind;
        this.refusal = refusal;
    }

    public VideoRequest request() { return request; }
    public boolean refused() { return refusal != null; }
    public FailureKind refusalKind() { return refusalKind; }
    public String refusal() { return refusal; }
    /** How messages name this entry: "orders.csv line 3". */
    public String describe() { return submission.batch().describe(submission.entry().line()); }
    Submission submission() { return submission; }

    /** The same entry with the request a step made of it (enriched, expanded, one side of a comparison). */
    public Candidate with(VideoRequest changed) {
        return new Candidate(submission, changed, refusalKind, refusal);
    }

    /** The entry refused by a check; the first refusal stands, later checks need not run. */
    public Candidate refuse(FailureKind kind, String reason) {
        return refused() ? this : new Candidate(submission, request, kind, reason);
    }
}
