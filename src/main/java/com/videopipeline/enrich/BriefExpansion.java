package com.videopipeline.enrich;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.request.VideoRequest;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a short brief into a shot description, once: an expansion already in the ledger is reused, so a restart, a
 * resumed batch or the same brief again costs no second completion. Passing failures are tried again a bounded
 * number of times; what still fails is thrown, never quietly replaced by the brief.
 */
@Component
class BriefExpansion {

    private static final Logger LOG = LoggerFactory.getLogger(BriefExpansion.class);

    private final ExpansionProperties props;
    private final ChatCompletions chat;
    private final ExpansionLedger ledger;

    BriefExpansion(ExpansionProperties props, ChatCompletions chat, ExpansionLedger ledger) {
        this.props = props;
        this.chat = chat;
        this.ledger = ledger;
    }

    /** The shot description of the request's prompt; empty when the request is not to be expanded. */
    Optional<String> expand(VideoRequest request) throws ExpansionException {
        if (!wanted(request)) {
            return Optional.empty();
        }
        String brief = request.prompt().strip();
        String key = ExpansionLedger.key(props.model(), props.systemPrompt(), brief);
        Optional<String> known = ledger.find(key);
        if (known.isPresent()) {
            LOG.debug("{}: brief expanded before, reused", request.id());
            return known;
        }
        String description = withRetries(request.id(), brief);
        ledger.record(key, props.model(), brief, description);
        return Optional.of(description);
    }

    /** Asked by the request ({@code expand}), else by configuration; and short enough to be a brief. */
    boolean wanted(VideoRequest request) {
        Boolean asked = request.options().expand();
        boolean on = asked != null ? asked : props.enabled();
        return on && request.prompt() != null && request.prompt().strip().length() < props.maxBriefChars();
    }

    private String withRetries(String requestId, String brief) throws ExpansionException {
        Duration delay = props.retryDelay();
        for (int attempt = 1; ; attempt++) {
            try {
                return chat.complete(brief);
            } catch (ExpansionException e) {
                if (!e.retryable()) {
                    throw e;
                }
                if (attempt >= props.maxAttempts()) {
                    throw new ExpansionException(e.kind(), e.getMessage() + " (" + attempt + " attempts)", e);
                }
                LOG.warn("{}: brief expansion attempt {} of {} failed ({}); trying again in {}", requestId, attempt,
                        props.maxAttempts(), e.getMessage(), delay);
                pause(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    /** A short wait on the intake thread: only entries that ask for expansion while the endpoint is failing wait. */
    private static void pause(Duration delay) throws ExpansionException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExpansionException(FailureKind.TIMEOUT, "interrupted before trying again", e);
        }
    }
}
