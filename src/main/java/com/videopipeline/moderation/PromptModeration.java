package com.videopipeline.moderation;

import com.videopipeline.intake.Candidate;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.request.VideoRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code moderate-prompt} step of {@code routes/accept-request.camel.yaml}, after enrichment so the prompt is
 * judged as it will be sent: our local policy first (it cleans the prompt and costs no call), then the moderation
 * API. A refused entry still becomes a job, REJECTED with the category and reason ({@link FailureKind#MODERATION}),
 * so it is in the ledger and the reports, and never reaches a provider.
 */
@Component("promptModeration")
public class PromptModeration {

    private static final Logger LOG = LoggerFactory.getLogger(PromptModeration.class);

    private final LocalPolicy policy;
    private final ModerationApi api;

    PromptModeration(LocalPolicy policy, ModerationApi api) {
        this.policy = policy;
        this.api = api;
    }

    /** The request as checked (cleaned) and, when a check refused it, why. */
    record Outcome(VideoRequest request, Refusal refusal) {
    }

    /** The candidate with its prompt cleaned, or refused with the first check's reason. */
    public Candidate moderate(Candidate candidate) {
        if (candidate.refused()) {
            return candidate;
        }
        Outcome outcome = check(candidate.request());
        if (outcome.request() != candidate.request()) {
            LOG.debug("{}: control characters removed from the prompt", candidate.describe());
        }
        Candidate checked = outcome.request() == candidate.request() ? candidate : candidate.with(outcome.request());
        return outcome.refusal() == null ? checked
                : checked.refuse(FailureKind.MODERATION, outcome.refusal().reason());
    }

    /** The chain: the local policy, then the API unless the policy already refused. */
    Outcome check(VideoRequest request) {
        VideoRequest checked = request;
        Optional<Refusal> refusal = Optional.empty();
        if (policy.enabled()) {
            checked = LocalPolicy.cleaned(request);
            refusal = policy.check(checked);
        }
        if (refusal.isEmpty() && api.enabled()) {
            refusal = api.check(checked);
        }
        return new Outcome(checked, refusal.orElse(null));
    }
}
