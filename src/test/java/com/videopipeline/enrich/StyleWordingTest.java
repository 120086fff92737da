package com.videopipeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.enrich.StyleProperties.Brand;
import com.videopipeline.enrich.StyleProperties.Preset;
import com.videopipeline.enrich.StyleWording.Wording;
import org.junit.jupiter.api.Test;

/** The wording rules alone: where a preset's and a brand's words go, and how negative prompts merge. */
class StyleWordingTest {

    private static final Preset PRESET = new Preset("  Cinematic film still: ", "anamorphic lens.",
            "cartoon, jittery camera", null, null, null, null);
    private static final Brand BRAND = new Brand("For Acme:", "Orange and teal palette.", "Text, watermark");

    @Test
    void shouldPutTheBrandOutsideThePresetAroundThePrompt() {
        Wording wording = StyleWording.apply(PRESET, BRAND, "a kite over the dunes", null);

        assertThat(wording.prompt()).isEqualTo("For Acme: Cinematic film still: a kite over the dunes "
                + "anamorphic lens. Orange and teal palette.");
    }

    @Test
    void shouldMergeNegativePromptsTheEntrysOwnFirstAndEachTermOnce() {
        Wording wording = StyleWording.apply(PRESET, BRAND, "a kite", "text, blurry,, Cartoon");

        assertThat(wording.negativePrompt()).isEqualTo("text, blurry, Cartoon, jittery camera, watermark");
    }

    @Test
    void shouldTakeTheStylesNegativePromptWhenTheEntryHasNone() {
        Wording wording = StyleWording.apply(null, BRAND, "a kite", null);

        assertThat(wording.prompt()).isEqualTo("For Acme: a kite Orange and teal palette.");
        assertThat(wording.negativePrompt()).isEqualTo("Text, watermark");
    }

    @Test
    void shouldLeaveAPromptAndNegativePromptAsWrittenWhenNoStyleAddsWords() {
        Preset lengthOnly = new Preset(null, " ", null, null, null, null, 5);

        Wording wording = StyleWording.apply(lengthOnly, null, " a kite ", "blurry ,  text");

        assertThat(wording.prompt()).isEqualTo(" a kite ");
        assertThat(wording.negativePrompt()).isEqualTo("blurry ,  text");
    }
}
