package com.videopipeline.job;

import com.videopipeline.media.Mp4Info;
import com.videopipeline.provider.Download;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderStatus;
import com.videopipeline.request.VideoRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One video job and everything learned about it on its way. Only one stage works on a job at a time (the store
 * hands it out under a lease), so the fields need no locking of their own.
 */
public class VideoJob {

    private final String batchId;
    private final String sourceFile;
    private final int sourceLine;
    private VideoRequest request;
    private String provider;
    private String model;
    private BigDecimal estimatedCost;
    private final JobTimeline timeline = new JobTimeline();
    private JobState state = JobState.QUEUED;
    private Instant dueAt;
    private String providerJobId;
    private Double progress;
    private int attempts;
    private int failures;
    private int fetchFailures;
    private int retries;
    private ProviderStatus lastStatus;
    private Download video;
    private Download thumbnail;
    private Mp4Info verified;
    private Path deliveredVideo;
    private String cachedFrom;
    private BigDecimal actualCost;
    private FailureKind failureKind;
    private String failureMessage;
    private String budgetNote;
    private final DiscardedVideos discarded = new DiscardedVideos();

    public VideoJob(String batchId, String sourceFile, int sourceLine, VideoRequest request,
                    String provider, String model, BigDecimal estimatedCost, Instant now) {
        this.batchId = batchId;
        this.sourceFile = sourceFile;
        this.sourceLine = sourceLine;
        this.request = request;
        this.provider = provider;
        this.model = model;
        this.estimatedCost = estimatedCost;
        this.dueAt = now;
        timeline.accepted = now;
    }

    /**
     * Sends a job no provider has accepted yet (or whose generation was given up) to another provider, its own resting
     * or having made a video that failed verification; refused otherwise.
     */
    public void reroute(String newProvider, String newModel, BigDecimal newEstimate) {
        if (state != JobState.QUEUED || providerJobId != null) {
            throw new IllegalStateException("job " + key() + " may only change provider before one accepted it");
        }
        provider = newProvider;
        model = newModel;
        estimatedCost = newEstimate;
    }

    /**
     * Moves a job its budget cannot pay for as asked to a cheaper model or size before any provider accepted it;
     * {@code note} says from what to what and why, for its reports.
     */
    public void downgrade(String newModel, VideoRequest cheaper, BigDecimal newEstimate, String note) {
        if (!cheaper.id().equals(request.id())) {
            throw new IllegalArgumentException("a downgrade keeps the job's id " + request.id());
        }
        reroute(provider, newModel, newEstimate);
        request = cheaper;
        budgetNote = note;
    }

    /** Ends a job its budget could not pay for, never submitted, with the reason; a replay can queue it again. */
    public void holdForBudget(String reason, Instant now) {
        moveTo(JobState.HELD, now);
        failureKind = FailureKind.BUDGET;
        failureMessage = reason;
    }

    /** What the budget changed about the job ("downgraded from ... to ...: budget"), or null. */
    public String budgetNote() {
        return budgetNote;
    }

    void restoreBudgetNote(String note) {
        budgetNote = note;
    }

    /** Queues the job for a new generation after the provider failed the last one with a retryable code. */
    public void regenerate(Instant due) {
        moveTo(JobState.QUEUED, due);
        providerJobId = null;
        lastStatus = null;
        progress = null;
        failures = 0;
        fetchFailures = 0;
    }

    /** Puts an ended job back to {@code state} for an operator's replay, forgetting why it ended. */
    public void replay(JobState state, Instant now) {
        moveTo(state, now);
        failureKind = null;
        failureMessage = null;
        failures = 0;
        fetchFailures = 0;
        timeline.finished = null;
    }

    /** Serves the job from a video already delivered by job {@code madeBy}: nothing is sent to a provider. */
    public void fromCache(String madeBy, Download video, Instant now) {
        cachedFrom = madeBy;
        this.video = video;
        actualCost = BigDecimal.ZERO;
        moveTo(JobState.VERIFIED, now);
    }

    /**
     * What the job's videos cost: the delivered one at its real duration and the model's price, plus every video
     * discarded on the way (see {@link #discard}); 0 when served from the cache.
     */
    public BigDecimal actualCost() {
        return actualCost;
    }

    public void actualCost(BigDecimal cost) {
        actualCost = cost;
    }

    /** The job whose video this one reuses, or null when it was made for this job. */
    public String cachedFrom() {
        return cachedFrom;
    }

    void restoreCachedFrom(String madeBy) {
        cachedFrom = madeBy;
    }

    /** Ends a job whose output could no longer be downloaded. */
    public void expire(Instant now, String reason) {
        moveTo(JobState.EXPIRED, now);
        failureKind = FailureKind.DOWNLOAD_FAILED;
        failureMessage = reason;
    }

    /** Holds a job whose submit outcome is unknown as UNCERTAIN, with the reason, for an operator. */
    public void hold(Instant now, String reason) {
        moveTo(JobState.UNCERTAIN, now);
        failureKind = FailureKind.SUBMIT_UNCERTAIN;
        failureMessage = reason;
    }

    /**
     * Records a paid video that failed verification; its cost joins the job's actual cost. A video already recorded
     * (the same provider job downloaded again after a replay) is not counted twice.
     */
    public void discard(DiscardedVideo video) {
        discarded.add(video);
        actualCost = discarded.cost();
    }

    /** Queues the job for a new generation at another provider, its last video having failed verification. */
    public void fallBack(String newProvider, String newModel, BigDecimal newEstimate, Instant now) {
        regenerate(now);
        video = null;
        thumbnail = null;
        verified = null;
        reroute(newProvider, newModel, newEstimate);
    }

    /** Paid videos that failed verification, oldest first. */
    public List<DiscardedVideo> discardedVideos() {
        return discarded.list();
    }

    /** Providers that already made a video for this job that failed verification: never asked again. */
    public Set<String> providersThatFailedVerification() {
        return discarded.providers();
    }

    /** Sets the actual cost of a verified job: its video plus every discarded one, all paid for. */
    public void verifiedCost(BigDecimal videoCost) {
        actualCost = videoCost == null && discarded.isEmpty() ? null
                : discarded.cost().add(videoCost == null ? BigDecimal.ZERO : videoCost);
    }

    void restoreDiscarded(List<DiscardedVideo> saved) {
        discarded.restore(saved);
    }

    /** Puts back what the ledger recorded; only the ledger calls this, when it reads a job. */
    void restore(JobState savedState, Instant savedDueAt, String savedProviderJobId, int savedAttempts,
                 int savedFailures) {
        state = savedState;
        dueAt = savedDueAt;
        providerJobId = savedProviderJobId;
        attempts = savedAttempts;
        failures = savedFailures;
    }

    void restoreResults(Download savedVideo, Download savedThumbnail, Mp4Info savedInfo, Path savedDelivery,
                        FailureKind savedKind, String savedMessage) {
        video = savedVideo;
        thumbnail = savedThumbnail;
        verified = savedInfo;
        deliveredVideo = savedDelivery;
        failureKind = savedKind;
        failureMessage = savedMessage;
    }

    /** True once the job has had longer than {@code deadline} since it was accepted. */
    public boolean pastDeadline(java.time.Duration deadline, Instant now) {
        return now.isAfter(timeline.accepted.plus(deadline));
    }

    /** Unique across batches: the request id is only unique within its drop file. */
    public String key() {
        return batchId + "/" + request.id();
    }

    /** Moves to {@code next}, refusing moves the state machine does not allow. */
    public void moveTo(JobState next, Instant now) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("job " + key() + " cannot move from " + state + " to " + next);
        }
        state = next;
        dueAt = now;
        if (next.isTerminal()) {
            timeline.finished = now;
        }
    }

    /** Ends the job as CANCELLED by someone's decision, with what they were told; refused once it has ended. */
    public void cancel(String reason, Instant now) {
        moveTo(JobState.CANCELLED, now);
        failureKind = FailureKind.CANCELLED;
        failureMessage = reason;
    }

    /** Ends a job before anything was paid for it: a check refused its request. */
    public void reject(FailureKind kind, String reason, Instant now) {
        moveTo(JobState.REJECTED, now);
        failureKind = kind;
        failureMessage = reason;
    }

    /** Ends the job as FAILED with a classified reason; a job that already ended keeps its outcome. */
    public void fail(FailureKind kind, String message, Instant now) {
        if (state.isTerminal()) {
            return;
        }
        failureKind = kind;
        failureMessage = message;
        state = JobState.FAILED;
        timeline.finished = now;
    }

    public String id() { return request.id(); }
    public String batchId() { return batchId; }
    public String sourceFile() { return sourceFile; }
    public int sourceLine() { return sourceLine; }
    public VideoRequest request() { return request; }
    public String provider() { return provider; }
    public String model() { return model; }
    public BigDecimal estimatedCost() { return estimatedCost; }
    public JobTimeline timeline() { return timeline; }
    public JobState state() { return state; }
    public Instant dueAt() { return dueAt; }
    public void dueAt(Instant when) { dueAt = when; }
    public String providerJobId() { return providerJobId; }
    public void providerJobId(String id) { providerJobId = id; }
    public Double progress() { return progress; }
    public void progress(Double value) { progress = value; }
    public int attempts() { return attempts; }
    /** Counts a submit to the provider; what the ledger reports as attempts. */
    public int nextAttempt() { return ++attempts; }
    /** Takes back the count of a submit the provider certainly refused: attempts are generations it may bill. */
    void submitRefused() { attempts = Math.max(0, attempts - 1); }
    /** Consecutive failures in the current stage; decides when retrying stops. */
    public int failures() { return failures; }
    public int countFailure() { return ++failures; }
    public void clearFailures() { failures = 0; }
    /** Downloads of this job that arrived unusable (truncated, not an MP4), apart from passing HTTP trouble. */
    public int fetchFailures() { return fetchFailures; }
    public int countFetchFailure() { return ++fetchFailures; }
    void restoreFetchFailures(int count) { fetchFailures = count; }
    /** Every retry the job needed, in any stage; never cleared, so the report can tell how hard it was. */
    public int retries() { return retries; }
    public void countRetry() { retries++; }
    void restoreRetries(int count) { retries = count; }
    public ProviderStatus lastStatus() { return lastStatus; }
    public void lastStatus(ProviderStatus status) { lastStatus = status; }
    public Download video() { return video; }
    public void video(Download download) { video = download; }
    public Download thumbnail() { return thumbnail; }
    public void thumbnail(Download download) { thumbnail = download; }
    public Mp4Info verified() { return verified; }
    public void verified(Mp4Info info) { verified = info; }
    public Path deliveredVideo() { return deliveredVideo; }
    public void deliveredVideo(Path path) { deliveredVideo = path; }
    public FailureKind failureKind() { return failureKind; }
    public String failureMessage() { return failureMessage; }

    @Override
    public String toString() {
        return "job " + key() + " [" + state + ", " + provider + "/" + model + "]";
    }
}
