package com.videopipeline.enrich;

import com.videopipeline.enrich.StyleWording.Wording;
import com.videopipeline.intake.Candidate;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.request.RequestMapper;
import com.videopipeline.request.RequestOptions;
import com.videopipeline.request.VideoRequest;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code enrich-prompt} step of {@code routes/accept-request.camel.yaml}: expands a short brief when asked, then
 * puts the brand's and preset's wording around it ({@link StyleWording}) and merges their negative prompts where the
 * request's model takes one ({@link StyleNegatives}). The entry's own prompt is kept as the request's brief. An entry
 * whose expansion failed, or whose wording would make the prompt too long, is refused with the reason, never sent as
 * something it did not ask for.
 */
@Component("promptEnrichment")
public class PromptEnrichment {

    private static final Logger LOG = LoggerFactory.getLogger(PromptEnrichment.class);
    private static final int MAX = RequestMapper.MAX_PROMPT_CHARS;

    private final StyleProperties styles;
    private final StyleNegatives negatives;
    private final BriefExpansion expansion;

    PromptEnrichment(StyleProperties styles, StyleNegatives negatives, BriefExpansion expansion) {
        this.styles = styles;
        this.negatives = negatives;
        this.expansion = expansion;
    }

    /** The candidate with its prompt and negative prompt as they will be sent, or refused with the reason. */
    public Candidate enrich(Candidate candidate) {
        if (candidate.refused()) {
            return candidate;
        }
        Enriched result = apply(candidate.request());
        if (result.refusal() != null) {
            LOG.debug("{}: not enriched: {}", candidate.describe(), result.refusal());
            return candidate.refuse(result.kind(), result.refusal());
        }
        return candidate.with(result.request());
    }

    /** The request as it will be sent, or why it cannot be. */
    Enriched apply(VideoRequest request) {
        Optional<String> expanded;
        try {
            expanded = expansion.expand(request);
        } catch (ExpansionException e) {
            return Enriched.refused(e.kind(), "expansion unavailable: " + e.getMessage()
                    + "; the brief was not submitted unexpanded");
        }
        RequestOptions options = request.options();
        Wording styled = StyleWording.apply(
                options.preset() == null ? null : styles.presets().get(options.preset()),
                options.brand() == null ? null : styles.brands().get(options.brand()),
                expanded.orElse(request.prompt()), request.negativePrompt());
        Wording wording = new Wording(styled.prompt(), negatives.choose(
                request.withPrompts(styled.prompt(), request.negativePrompt()), styled.negativePrompt()));
        String tooLong = tooLong(wording, options);
        return tooLong != null ? Enriched.refused(FailureKind.BAD_REQUEST, tooLong)
                : new Enriched(reworded(request, wording), null, null);
    }

    private static VideoRequest reworded(VideoRequest request, Wording wording) {
        boolean promptChanged = !wording.prompt().equals(request.prompt());
        if (!promptChanged && Objects.equals(wording.negativePrompt(), request.negativePrompt())) {
            return request;
        }
        VideoRequest changed = request.withPrompts(wording.prompt(), wording.negativePrompt());
        return promptChanged ? changed.withOptions(request.options().withBrief(request.prompt())) : changed;
    }

    /** Why the wording cannot be sent, or null: the limits are the request's own (32,000 characters). */
    private static String tooLong(Wording wording, RequestOptions options) {
        int prompt = wording.prompt().length();
        int negative = wording.negativePrompt() == null ? 0 : wording.negativePrompt().length();
        if (prompt <= MAX && negative <= MAX) {
            return null;
        }
        return (prompt > MAX ? "prompt" : "negative_prompt") + " with the wording of " + styleNames(options)
                + " would be " + (prompt > MAX ? prompt : negative) + " characters long (at most " + MAX
                + " allowed): shorten the prompt or the preset's or brand's text";
    }

    private static String styleNames(RequestOptions options) {
        String preset = options.preset() == null ? null : "preset '" + options.preset() + "'";
        String brand = options.brand() == null ? null : "brand '" + options.brand() + "'";
        return preset != null && brand != null ? preset + " and " + brand
                : preset != null ? preset : brand != null ? brand : "its expansion";
    }

    /** A request as enrichment made it, or (request null) the kind and reason it was refused for. */
    record Enriched(VideoRequest request, FailureKind kind, String refusal) {

        static Enriched refused(FailureKind kind, String refusal) {
            return new Enriched(null, kind, refusal);
        }
    }
}
