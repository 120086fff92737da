package com.videopipeline.moderation;

import com.videopipeline.request.VideoRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The first link of the moderation chain: our own rules ({@link LocalPolicyProperties}), with no network. A prompt
 * is cleaned first ({@link PromptText#clean}), then judged: its length, prompt-injection markers (in the prompt and
 * the negative prompt), protected names, blocked terms and blocked patterns (in the prompt only: a negative prompt
 * names what the video must avoid, so "no gore" there is no reason to refuse).
 */
@Component
class LocalPolicy {

    private final LocalPolicyProperties props;
    private final TermMatcher blockedTerms;
    private final TermMatcher protectedNames;
    private final List<Pattern> blockedPatterns;
    private final List<String> markers;

    LocalPolicy(LocalPolicyProperties props) {
        this.props = props;
        this.blockedTerms = new TermMatcher(props.blockedTerms());
        this.protectedNames = new TermMatcher(props.protectedNames());
        this.blockedPatterns = props.compiledPatterns();
        this.markers = props.injectionMarkers().stream().map(m -> PromptText.folded(m).toLowerCase(Locale.ROOT))
                .toList();
    }

    boolean enabled() {
        return props.enabled();
    }

    /** The request with its prompt and negative prompt cleaned; the same request when nothing was removed. */
    static VideoRequest cleaned(VideoRequest request) {
        String prompt = PromptText.clean(request.prompt());
        String negative = PromptText.clean(request.negativePrompt());
        if (prompt.equals(request.prompt()) && Objects.equals(negative, request.negativePrompt())) {
            return request;
        }
        return request.withPrompts(prompt, negative);
    }

    /** Why the (cleaned) request breaks the policy, or empty. */
    Optional<Refusal> check(VideoRequest request) {
        Optional<Refusal> length = length("prompt", request.prompt())
                .or(() -> length("negative prompt", request.negativePrompt()));
        if (length.isPresent()) {
            return length;
        }
        String prompt = PromptText.folded(request.prompt());
        String negative = request.negativePrompt() == null ? "" : PromptText.folded(request.negativePrompt());
        return injection(prompt).or(() -> injection(negative))
                .or(() -> protectedNames.find(prompt).map(name -> new Refusal("policy/protected-name",
                        "'" + name + "' is a protected name")))
                .or(() -> blockedTerms.find(prompt).map(term -> new Refusal("policy/blocked-term",
                        "'" + term + "' is a blocked term")))
                .or(() -> blockedPattern(prompt));
    }

    private Optional<Refusal> length(String what, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (what.equals("prompt") && text.isBlank()) {
            return Optional.of(new Refusal("policy/length", "the prompt is empty once control characters are "
                    + "removed"));
        }
        return text.length() <= props.maxLength() ? Optional.empty() : Optional.of(new Refusal("policy/length",
                "the " + what + " is " + text.length() + " characters long (at most " + props.maxLength() + ")"));
    }

    private Optional<Refusal> injection(String folded) {
        String lower = folded.toLowerCase(Locale.ROOT);
        return markers.stream().filter(lower::contains).findFirst().map(marker -> new Refusal("policy/injection",
                "'" + marker + "' reads as an instruction to a language model, not a description of a video"));
    }

    private Optional<Refusal> blockedPattern(String folded) {
        for (int i = 0; i < blockedPatterns.size(); i++) {
            Matcher m = blockedPatterns.get(i).matcher(folded);
            if (m.find()) {
                return Optional.of(new Refusal("policy/blocked-pattern", "'" + shortened(m.group())
                        + "' matches blocked pattern " + (i + 1) + " (" + blockedPatterns.get(i).pattern() + ")"));
            }
        }
        return Optional.empty();
    }

    /** A match as quoted in a reason: a pattern such as {@code .*secret.*} may match the whole prompt. */
    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
