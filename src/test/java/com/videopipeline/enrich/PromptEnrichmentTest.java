package com.videopipeline.enrich;

import static com.videopipeline.enrich.Enrichments.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.enrich.PromptEnrichment.Enriched;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.RequestMapper;
import com.videopipeline.request.RequestOptions;
import com.videopipeline.request.VideoRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the enrich-prompt step makes of a request with presets and brands (expansion off: its endpoint is a closed
 * port, so any call would show as a refusal).
 */
class PromptEnrichmentTest {

    private static final TestRouting ROUTING = TestRouting.with(Map.of());

    private final PromptEnrichment enrichment = Enrichments.enrichment(
            Enrichments.expansion(URI.create("http://127.0.0.1:9/v1"), false), Enrichments.ledger());

    @Test
    void shouldWordThePromptMergeTheNegativePromptsAndKeepTheEntrysOwnPromptAsTheBrief() {
        Enriched result = enrichment.apply(request("a kite over the dunes", "blurry", "cinematic", "acme", null));

        VideoRequest sent = result.request();
        assertThat(sent.prompt()).isEqualTo("For Acme: Cinematic film still: a kite over the dunes anamorphic lens, "
                + "film grain. Orange and teal palette.");
        assertThat(sent.negativePrompt()).isEqualTo("blurry, cartoon, jittery camera, Text, watermark");
        assertThat(sent.options().brief()).isEqualTo("a kite over the dunes");
        assertThat(sent.options().preset()).isEqualTo("cinematic");
        assertThat(sent.options().brand()).isEqualTo("acme");
    }

    @Test
    void shouldLeaveTheStylesNegativePromptOutWhereTheModelRoutingPicksTakesNone() {
        Enriched result = enrichment.apply(request("a kite over the dunes", null, "cinematic", "acme", null));

        assertThat(result.request().negativePrompt()).as("gen4.5, the default model, takes none").isNull();
        assertThat(ROUTING.router().route(result.request()).model()).isEqualTo("gen4.5");
    }

    @Test
    void shouldSendTheStylesNegativePromptToAModelThatTakesOne() {
        VideoRequest toVeo = request("a kite", null, "veo3.1", new RequestOptions("cinematic", null, null,
                List.of(), List.of(), null, null));

        assertThat(enrichment.apply(toVeo).request().negativePrompt()).isEqualTo("cartoon, jittery camera");
    }

    @Test
    void shouldKeepOnlyTheEntrysOwnNegativePromptForAComparison() {
        VideoRequest compare = request("a kite", null, null, new RequestOptions("cinematic", "acme", null,
                List.of(), List.of("sora", "veo3.1"), null, null));

        Enriched result = enrichment.apply(compare);

        assertThat(result.request().negativePrompt()).isNull();
        assertThat(result.request().prompt()).startsWith("For Acme: Cinematic film still: a kite");
    }

    @Test
    void shouldLeaveARequestWithoutPresetOrBrandAsItIs() {
        VideoRequest plain = request("a kite over the dunes", "blurry", null, null, null);

        assertThat(enrichment.apply(plain).request()).isSameAs(plain);
    }

    @Test
    void shouldRecordNoBriefWhenAPresetAddsNoWords() {
        VideoRequest lengthOnly = request("a kite over the dunes", null, "plain", null, null);

        Enriched result = enrichment.apply(lengthOnly);

        assertThat(result.request().prompt()).isEqualTo("a kite over the dunes");
        assertThat(result.request().options().brief()).isNull();
    }

    @Test
    void shouldRefuseAPromptTheWordingWouldMakeLongerThanTheLimit() {
        String prompt = "k".repeat(RequestMapper.MAX_PROMPT_CHARS - 10);

        Enriched result = enrichment.apply(request(prompt, null, "cinematic", "acme", null));

        assertThat(result.request()).isNull();
        assertThat(result.kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(result.refusal()).startsWith("prompt with the wording of preset 'cinematic' and brand 'acme'"
                + " would be 32076 characters long (at most 32000 allowed)");
    }

    @Test
    void shouldAcceptAWordedPromptOfExactlyTheLimit() {
        String words = "For Acme:  Orange and teal palette.";
        String prompt = "k".repeat(RequestMapper.MAX_PROMPT_CHARS - words.length());

        Enriched result = enrichment.apply(request(prompt, null, null, "acme", null));

        assertThat(result.refusal()).isNull();
        assertThat(result.request().prompt()).hasSize(RequestMapper.MAX_PROMPT_CHARS);
    }
}
