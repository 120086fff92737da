package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Capability, nearest-value and price answers of the catalogue over the proposed config. */
class ModelCatalogueTest {

    private final ModelCatalogue catalogue = ProviderConfigFixture.wiring().catalogue();

    private List<String> capableModels(VideoRequest request) {
        return catalogue.modelsOf(List.of("sora", "runway")).stream()
                .filter(e -> catalogue.canDo(e, request)).map(CatalogueEntry::model).toList();
    }

    @Test
    void shouldOfferEveryTextModelForAPlainEightSecondLandscapeRequest() {
        assertThat(capableModels(TestRequests.text(8, "1280x720").build()))
                .containsExactly("sora-2", "sora-2-pro", "gen4.5", "veo3.1", "veo3.1_fast");
    }

    @Test
    void shouldAllowImageOnlySizesOnlyForImageInput() {
        assertThat(capableModels(TestRequests.image(5, "1104x832").build())).containsExactly("gen4.5", "gen4_turbo");
        assertThat(capableModels(TestRequests.text(5, "1104x832").build())).isEmpty();
    }

    @Test
    void shouldOfferOnlyVeoModelsWhenANegativePromptIsUsed() {
        VideoRequest request = TestRequests.text(8, "1280x720").negativePrompt("blurry, text overlays").build();

        assertThat(capableModels(request)).containsExactly("veo3.1", "veo3.1_fast");
    }

    @Test
    void shouldOfferOnlySeedModelsWhenASeedIsUsed() {
        assertThat(capableModels(TestRequests.text(8, "1280x720").seed(42).build())).containsExactly("gen4.5");
        assertThat(capableModels(TestRequests.image(8, "960x960").seed(42).build())).containsExactly("gen4.5", "gen4_turbo");
    }

    @Test
    void shouldOfferOnlyAlephForVideoInput() {
        VideoRequest request = TestRequests.text(8, "1280x720").videoUrl("https://cdn.example.com/in.mp4").build();

        assertThat(capableModels(request)).containsExactly("aleph2");
    }

    @Test
    void shouldEstimateCostAsSecondsTimesPrice() {
        assertThat(catalogue.estimatedCost("runway", "gen4.5", TestRequests.text(10, "1280x720").build()))
                .hasValueSatisfying(cost -> assertThat(cost).isEqualByComparingTo(new BigDecimal("1.20")));
        assertThat(catalogue.pricePerSecond("sora", "sora-2-pro", VideoSize.parse("1920x1080"))).hasValueSatisfying(
                price -> assertThat(price).isEqualByComparingTo(new BigDecimal("0.30")));
        assertThat(catalogue.estimatedCost("runway", "gen9", TestRequests.text(10, "1280x720").build())).isEmpty();
    }

    @Test
    void shouldPriceASizeAtItsOwnPriceWhenTheModelListsOne() {
        ModelCatalogue priced = ProviderConfigFixture.wiring(java.util.Map.of(
                "pipeline.providers.sora.models.sora-2-pro.price-per-second-by-size.[1920x1080]", "0.70")).catalogue();

        assertThat(priced.estimatedCost("sora", "sora-2-pro", TestRequests.text(4, "1920x1080").build()))
                .hasValueSatisfying(cost -> assertThat(cost).isEqualByComparingTo("2.80"));
        assertThat(priced.estimatedCost("sora", "sora-2-pro", TestRequests.text(4, "1280x720").build()))
                .hasValueSatisfying(cost -> assertThat(cost).isEqualByComparingTo("1.20"));
        assertThat(priced.sizes("sora", "sora-2", "text")).containsExactly(VideoSize.parse("1280x720"),
                VideoSize.parse("720x1280"));
        assertThat(priced.models("sora")).containsExactlyInAnyOrder("sora-2", "sora-2-pro");
    }

    @Test
    void shouldPickTheCheapestCapableModel() {
        VideoRequest request = TestRequests.text(8, "1920x1080").build();

        assertThat(catalogue.cheapestCapable(catalogue.modelsOf(List.of("sora", "runway")), request))
                .map(CatalogueEntry::model).hasValue("veo3.1_fast");
    }

    @Nested
    class WhenAModelCannotMakeTheRequest {

        @Test
        void shouldNameTheNearestAllowedSeconds() {
            assertThat(catalogue.whyNot("sora", "sora-2", TestRequests.text(15, "1280x720").build()))
                    .hasValue("sora-2 allows seconds 4, 8, 12 (nearest 12)");
        }

        @Test
        void shouldShortenConsecutiveSecondsToARange() {
            assertThat(catalogue.whyNot("runway", "gen4.5", TestRequests.text(15, "1280x720").build()))
                    .hasValue("gen4.5 allows seconds 2-10 (nearest 10)");
        }

        @Test
        void shouldNameTheNearestSizeAndSayWhenTheListIsForImageInput() {
            assertThat(catalogue.whyNot("runway", "gen4.5", TestRequests.text(5, "1104x832").build()))
                    .hasValue("gen4.5 allows sizes 1280x720, 720x1280 (nearest 1280x720)");
            assertThat(catalogue.whyNot("runway", "gen4.5", TestRequests.image(5, "1000x1000").build()))
                    .hasValue("gen4.5 allows sizes 1280x720, 720x1280, 1104x832, 832x1104, 960x960, 1584x672"
                            + " for image input (nearest 960x960)");
        }

        @Test
        void shouldJoinEveryMisfitOfOneModel() {
            VideoRequest request = TestRequests.text(5, "1280x720").fps(30).negativePrompt("rain").build();

            assertThat(catalogue.whyNot("sora", "sora-2", request)).hasValue(
                    "sora-2 allows seconds 4, 8, 12 (nearest 4) and allows fps 24 (nearest 24) and takes no negative prompt");
        }

        @Test
        void shouldSayWhichInputsTheModelTakes() {
            assertThat(catalogue.whyNot("runway", "gen4_turbo", TestRequests.text(5, "1280x720").build()))
                    .hasValue("gen4_turbo takes only image input");
        }

        @Test
        void shouldRefuseASeedOnAModelWithoutOne() {
            assertThat(catalogue.whyNot("runway", "veo3.1", TestRequests.text(8, "1280x720").seed(7).build()))
                    .hasValue("veo3.1 takes no seed");
        }
    }

    @Nested
    class NearestValues {

        @Test
        void shouldBreakASecondsTieTowardsTheShorterValue() {
            assertThat(Nearest.number(List.of(4, 8), 6)).isEqualTo(4);
        }

        @Test
        void shouldPreferTheSameAspectRatioOverTheSameArea() {
            List<VideoSize> sizes = List.of(new VideoSize(1280, 720), new VideoSize(1024, 1792), new VideoSize(1440, 1440));

            assertThat(Nearest.size(sizes, new VideoSize(1920, 1080))).isEqualTo(new VideoSize(1280, 720));
        }

        @Test
        void shouldBreakAnAspectTieByArea() {
            List<VideoSize> sizes = List.of(new VideoSize(1280, 720), new VideoSize(1920, 1080));

            assertThat(Nearest.size(sizes, new VideoSize(1600, 900))).isEqualTo(new VideoSize(1280, 720));
            assertThat(Nearest.size(sizes, new VideoSize(3840, 2160))).isEqualTo(new VideoSize(1920, 1080));
        }

        @Test
        void shouldListNumbersWithRunsShortened() {
            assertThat(Nearest.numbers(List.of(12, 4, 8))).isEqualTo("4, 8, 12");
            assertThat(Nearest.numbers(List.of(1, 2, 5, 6, 7, 8, 9))).isEqualTo("1, 2, 5-9");
        }
    }
}
