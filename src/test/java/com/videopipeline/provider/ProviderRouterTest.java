package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Routing order (model, provider, rules, default, cheapest) and every rejection message. */
class ProviderRouterTest {

    private static final Map<String, Object> SORA_ON_REAL_HOST_WITHOUT_KEY =
            Map.of("pipeline.providers.sora.base-url", "https://api.openai.com/v1");

    private final ProviderRouter router = ProviderConfigFixture.wiring().router();

    private static ProviderRouter routerWith(Map<String, Object> overrides) {
        return ProviderConfigFixture.wiring(overrides).router();
    }

    private static void assertRouted(RoutingDecision decision, String provider, String model) {
        assertThat(decision.accepted()).as(decision.rejection()).isTrue();
        assertThat(decision.provider()).isEqualTo(provider);
        assertThat(decision.model()).isEqualTo(model);
    }

    @Nested
    class ExplicitModel {

        @Test
        void shouldWinOverRulesAndDefaults() {
            RoutingDecision decision = router.route(TestRequests.image(4, "1280x720").model("sora-2-pro").build());

            assertRouted(decision, "sora", "sora-2-pro");
        }

        @Test
        void shouldUseTheExplicitProviderTogetherWithTheModel() {
            assertRouted(router.route(TestRequests.text(6, "1280x720").provider("runway").model("veo3.1").build()),
                    "runway", "veo3.1");
        }

        @Test
        void shouldRejectAModelTheExplicitProviderDoesNotOffer() {
            RoutingDecision decision = router.route(TestRequests.text(8, "1280x720").provider("sora").model("gen4.5").build());

            assertThat(decision.rejection()).isEqualTo("provider sora has no model gen4.5; its models: sora-2, sora-2-pro");
        }

        @Test
        void shouldRejectAnUnknownModelListingTheKnownOnes() {
            RoutingDecision decision = router.route(TestRequests.text(8, "1280x720").model("gen9").build());

            assertThat(decision.rejection()).isEqualTo("unknown model gen9; known models: "
                    + "sora-2, sora-2-pro, gen4.5, gen4_turbo, veo3.1, veo3.1_fast, aleph2");
        }

        @Test
        void shouldRejectWithTheNearestValuesWhenTheModelCannotMakeIt() {
            RoutingDecision decision = router.route(TestRequests.text(15, "1280x720").model("sora-2").build());

            assertThat(decision.rejection())
                    .isEqualTo("model sora-2 cannot make 15 s at 1280x720 from text: sora-2 allows seconds 4, 8, 12 (nearest 12)");
        }

        @Test
        void shouldSayWhyWhenItsOnlyProviderIsDisabled() {
            RoutingDecision decision = routerWith(Map.of("pipeline.providers.sora.enabled", "false"))
                    .route(TestRequests.text(8, "1280x720").model("sora-2").build());

            assertThat(decision.rejection()).isEqualTo("model sora-2 is not available: provider sora is disabled");
        }
    }

    @Nested
    class ExplicitProvider {

        @Test
        void shouldUseItsDefaultModelWhenCapable() {
            assertRouted(router.route(TestRequests.text(8, "1280x720").provider("sora").build()), "sora", "sora-2");
        }

        @Test
        void shouldPreferItsDefaultModelOverACheaperCapableOne() {
            assertRouted(router.route(TestRequests.image(5, "1280x720").provider("runway").build()), "runway", "gen4.5");
        }

        @Test
        void shouldFallBackToItsCheapestCapableModel() {
            assertRouted(router.route(TestRequests.text(16, "1280x720").provider("sora").build()), "sora", "sora-2-pro");
            assertRouted(router.route(TestRequests.text(8, "1280x720").provider("runway").negativePrompt("rain").build()),
                    "runway", "veo3.1_fast");
        }

        @Test
        void shouldRejectWhenDisabled() {
            RoutingDecision decision = routerWith(Map.of("pipeline.providers.runway.enabled", "false"))
                    .route(TestRequests.text(8, "1280x720").provider("runway").build());

            assertThat(decision.rejection()).isEqualTo("provider runway is disabled");
        }

        @Test
        void shouldRejectWhenItHasNoKeyNamingTheVariableToSet() {
            RoutingDecision decision = routerWith(SORA_ON_REAL_HOST_WITHOUT_KEY)
                    .route(TestRequests.text(8, "1280x720").provider("sora").build());

            assertThat(decision.rejection()).isEqualTo("provider sora has no API key: set OPENAI_API_KEY");
        }

        @Test
        void shouldRejectWithTheNearestValuesOfItsOwnModels() {
            RoutingDecision decision = router.route(TestRequests.text(30, "1280x720").provider("sora").build());

            assertThat(decision.rejection()).isEqualTo("provider sora: no model can make 30 s at 1280x720 from text: "
                    + "sora-2 allows seconds 4, 8, 12 (nearest 12); sora-2-pro allows seconds 4, 8, 12, 16, 20 (nearest 20)");
        }
    }

    @Nested
    class Rules {

        /** Lets runway make 12 s too, so only the min-seconds rule can send a long request to sora. */
        private final Map<String, Object> runwayAlsoTwelveSeconds =
                Map.of("pipeline.providers.runway.models[gen4.5].seconds", "2,4,6,8,10,12");

        @Test
        void shouldSendLongRequestsToSoraAlthoughTheDefaultProviderCouldMakeThem() {
            RoutingDecision decision = routerWith(runwayAlsoTwelveSeconds).route(TestRequests.text(12, "1280x720").build());

            assertRouted(decision, "sora", "sora-2");
        }

        @Test
        void shouldSendImageRequestsToRunwayAlthoughTheDefaultProviderIsSora() {
            RoutingDecision decision = routerWith(Map.of("pipeline.routing.default-provider", "sora"))
                    .route(TestRequests.image(8, "1280x720").build());

            assertRouted(decision, "runway", "gen4.5");
        }

        @Test
        void shouldApplyTheFirstMatchingRule() {
            RoutingDecision decision = routerWith(runwayAlsoTwelveSeconds).route(TestRequests.image(12, "1280x720").build());

            assertRouted(decision, "sora", "sora-2");
        }

        @Test
        void shouldSkipARuleWhoseProviderHasNoCapableModel() {
            RoutingDecision decision = routerWith(Map.of(
                    "pipeline.routing.rules[0].input", "text", "pipeline.routing.rules[0].provider", "sora",
                    "pipeline.routing.rules[1].input", "text", "pipeline.routing.rules[1].provider", "runway",
                    "pipeline.routing.default-provider", "sora"))
                    .route(TestRequests.text(8, "1280x720").negativePrompt("rain").build());

            assertRouted(decision, "runway", "veo3.1_fast");
        }

        @Test
        void shouldSkipARuleWhoseProviderIsDisabled() {
            RoutingDecision decision = routerWith(Map.of("pipeline.providers.runway.enabled", "false"))
                    .route(TestRequests.image(8, "1280x720").build());

            assertRouted(decision, "sora", "sora-2");
        }
    }

    @Nested
    class Fallbacks {

        @Test
        void shouldUseTheDefaultProviderWhenNoRuleMatchesAlthoughSoraIsCheaper() {
            assertRouted(router.route(TestRequests.text(8, "1280x720").build()), "runway", "gen4.5");
        }

        @Test
        void shouldUseTheDefaultProvidersCheapestCapableModelWhenItsDefaultModelCannot() {
            assertRouted(router.route(TestRequests.text(8, "1920x1080").build()), "runway", "veo3.1_fast");
        }

        @Test
        void shouldTakeTheCheapestCapableModelAnywhereWhenTheDefaultProviderCannot() {
            RoutingDecision decision = routerWith(Map.of("pipeline.routing.default-provider", "sora"))
                    .route(TestRequests.text(6, "1280x720").build());

            assertRouted(decision, "runway", "gen4.5");
        }

        @Test
        void shouldSendAPromptTooLongForTheDefaultProviderToOneThatTakesIt() {
            String longPrompt = "a slow pan across a harbour at dawn, ".repeat(40);

            assertRouted(router.route(TestRequests.text(8, "1280x720").prompt(longPrompt).build()), "sora", "sora-2");
        }

        @Test
        void shouldRefuseAPromptTooLongForTheOnlyProviderAllowedSayingByHowMuch() {
            String longPrompt = "x".repeat(1200);
            RoutingDecision decision = router.route(
                    TestRequests.text(8, "1280x720").provider("runway").prompt(longPrompt).build());

            assertThat(decision.accepted()).isFalse();
            assertThat(decision.rejection()).contains("gen4.5 takes prompts of at most 1000 characters (this one has"
                    + " 1200)");
            assertRouted(router.route(TestRequests.text(8, "1280x720").provider("runway").prompt("x".repeat(1000))
                    .build()), "runway", "gen4.5");
        }

        @Test
        void shouldEstimateTheCostOfTheChosenModel() {
            RoutingDecision decision = router.route(TestRequests.text(12, "1280x720").build());

            assertThat(decision.estimatedCost()).isEqualByComparingTo(new BigDecimal("1.20"));
        }
    }

    @Nested
    class Rejections {

        @Test
        void shouldNameTheNearestValuesOfEveryModelThatTakesTheInput() {
            RoutingDecision decision = router.route(TestRequests.text(15, "1280x720").build());

            assertThat(decision.accepted()).isFalse();
            assertThat(decision.rejection()).isEqualTo("no model can make 15 s at 1280x720 from text: "
                    + "sora-2 allows seconds 4, 8, 12 (nearest 12); "
                    + "sora-2-pro allows seconds 4, 8, 12, 16, 20 (nearest 16); "
                    + "gen4.5 allows seconds 2-10 (nearest 10); "
                    + "veo3.1 allows seconds 4, 6, 8 (nearest 8); "
                    + "veo3.1_fast allows seconds 4, 6, 8 (nearest 8)");
        }

        @Test
        void shouldMentionProvidersSkippedForLackOfAKey() {
            RoutingDecision decision = routerWith(SORA_ON_REAL_HOST_WITHOUT_KEY)
                    .route(TestRequests.text(12, "1280x720").build());

            assertThat(decision.rejection()).startsWith("no model can make 12 s at 1280x720 from text: ")
                    .endsWith("(skipped: provider sora has no API key: set OPENAI_API_KEY)");
        }

        @Test
        void shouldSaySoWhenNoUsableModelTakesTheInputKind() {
            RoutingDecision decision = routerWith(Map.of("pipeline.providers.runway.enabled", "false"))
                    .route(TestRequests.text(8, "1280x720").videoUrl("https://cdn.example.com/in.mp4").build());

            assertThat(decision.rejection()).isEqualTo("no model can make 8 s at 1280x720 from video: "
                    + "no usable model takes video input (skipped: provider runway is disabled)");
        }

        @Test
        void shouldRejectEverythingWhenNoProviderIsUsable() {
            RoutingDecision decision = routerWith(Map.of("pipeline.providers.sora.enabled", "false",
                    "pipeline.providers.runway.enabled", "false")).route(TestRequests.text(8, "1280x720").build());

            assertThat(decision.rejection()).startsWith("no provider is usable: ")
                    .contains("provider sora is disabled", "provider runway is disabled");
        }
    }

    @Nested
    class Configuration {

        @Test
        void shouldFailAtStartupWhenARuleNamesAnUnconfiguredProvider() {
            assertThatThrownBy(() -> routerWith(Map.of("pipeline.routing.rules[0].provider", "pika")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("pipeline.routing.rules[0].provider 'pika' is not a configured provider");
        }

        @Test
        void shouldFailAtStartupWhenADefaultModelIsNotOfferedByItsProvider() {
            assertThatThrownBy(() -> routerWith(Map.of("pipeline.routing.default-models.sora", "gen4.5")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("default-models.sora 'gen4.5' is not a model of sora");
        }
    }

    @Nested
    class Fallback {

        @Test
        void shouldRouteAroundARestingProviderToTheNextThatCanMakeTheRequest() {
            RoutingDecision usual = router.route(TestRequests.text(8, "1280x720").build());

            RoutingDecision fallback = router.fallback(TestRequests.text(8, "1280x720").build(), Set.of("runway"));

            assertRouted(usual, "runway", "gen4.5");
            assertRouted(fallback, "sora", "sora-2");
        }

        @Test
        void shouldNotMoveARequestThatNamedItsProviderOrModel() {
            assertThat(router.fallback(TestRequests.text(8, "1280x720").provider("runway").build(), Set.of("runway"))
                    .accepted()).isFalse();
            assertThat(router.fallback(TestRequests.text(8, "1280x720").model("gen4.5").build(), Set.of("runway"))
                    .accepted()).isFalse();
        }

        @Test
        void shouldRejectWhenNoProviderLeftCanMakeIt() {
            assertThat(router.fallback(TestRequests.text(8, "1280x720").build(), Set.of("runway", "sora")).accepted())
                    .isFalse();
        }
    }
}
