package com.videopipeline.provider;

import com.videopipeline.request.VideoRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises, page by page in a newest-first video list, the job a lost submit created. OpenAI has no idempotency
 * key, so the request's own fields (prompt, model, size, seconds) are the only fingerprint; the verdict errs
 * towards UNKNOWN whenever a wrong NOT_FOUND could make us pay twice.
 */
final class SoraSubmitSearch {

    /** Our clock and OpenAI's may disagree, and created_at is whole seconds. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** The date suffix of a model snapshot, e.g. {@code -2025-10-06}. */
    private static final Pattern SNAPSHOT = Pattern.compile("-\\d{4}-\\d{2}-\\d{2}");

    private final ProviderRequest request;
    private final Instant cutoff;
    private final Set<String> knownIds;
    private SoraVideoPage.Listed oldestMatch;
    private boolean undecidable;
    private boolean complete;

    SoraSubmitSearch(ProviderRequest request, Instant since, Set<String> knownIds) {
        this.request = request;
        this.cutoff = since.minus(CLOCK_SKEW);
        this.knownIds = Set.copyOf(knownIds);
    }

    /** Reads the next page; true when an older page may still hold a job created after the cutoff. */
    boolean scan(SoraVideoPage page) {
        for (SoraVideoPage.Listed video : page.videos()) {
            if (video.createdAt().isBefore(cutoff)) {
                complete = true;
            } else if (!knownIds.contains(video.id())) {
                consider(video);
            }
        }
        if (!page.hasMore()) {
            complete = true;
        }
        return !complete && page.continues();
    }

    /**
     * FOUND with the oldest match (the first job our lost call created; later ones are retries the ledger may
     * still claim); NOT_FOUND only after the list went back past the cutoff without any candidate; else UNKNOWN.
     */
    SubmitLookup result() {
        if (oldestMatch != null) {
            return SubmitLookup.found(oldestMatch.id());
        }
        return complete && !undecidable ? SubmitLookup.notFound() : SubmitLookup.unknown();
    }

    private void consider(SoraVideoPage.Listed video) {
        switch (compare(video)) {
            // equal created_at: the later one in a newest-first list is the older one
            case MATCH -> oldestMatch = oldestMatch == null || !video.createdAt().isAfter(oldestMatch.createdAt())
                    ? video : oldestMatch;
            case UNDECIDABLE -> undecidable = true;
            case MISMATCH -> { }
        }
    }

    private Verdict compare(SoraVideoPage.Listed video) {
        VideoRequest wanted = request.request();
        String size = wanted.size() == null ? null : wanted.size().toString();
        return Verdict.of(wanted.prompt(), video.prompt(), Objects.equals(wanted.prompt(), video.prompt()))
                .and(Verdict.of(request.model(), video.model(), sameModel(request.model(), video.model())))
                .and(Verdict.of(size, video.size(), Objects.equals(size, video.size())))
                .and(Verdict.of(wanted.seconds(), video.seconds(),
                        String.valueOf(wanted.seconds()).equals(video.seconds())));
    }

    /** OpenAI may report the dated snapshot an alias resolved to, e.g. sora-2-2025-10-06 for sora-2. */
    private static boolean sameModel(String wanted, String listed) {
        return Objects.equals(wanted, listed) || wanted != null && listed != null
                && listed.startsWith(wanted) && SNAPSHOT.matcher(listed.substring(wanted.length())).matches();
    }

    /** One field, or the whole fingerprint, compared; null on our side means we did not send it. */
    private enum Verdict {
        MATCH, MISMATCH, UNDECIDABLE;

        static Verdict of(Object wanted, Object listed, boolean equal) {
            if (wanted == null) {
                return MATCH;
            }
            if (listed == null) {
                return UNDECIDABLE;
            }
            return equal ? MATCH : MISMATCH;
        }

        Verdict and(Verdict other) {
            if (this == MISMATCH || other == MISMATCH) {
                return MISMATCH;
            }
            return this == UNDECIDABLE || other == UNDECIDABLE ? UNDECIDABLE : MATCH;
        }
    }
}
