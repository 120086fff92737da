package com.videopipeline.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The moderation settings as Spring binds them: defaults, bracketed category names, and clear start-up failures. */
class ModerationPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({LocalPolicyProperties.class, ModerationApiProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class)
            .withPropertyValues("pipeline.moderation.api.base-url=http://127.0.0.1:1/v1");

    @Test
    void shouldBindTheDefaultsWithTheBuiltInInjectionMarkers() {
        runner.run(context -> {
            LocalPolicyProperties local = context.getBean(LocalPolicyProperties.class);
            ModerationApiProperties api = context.getBean(ModerationApiProperties.class);

            assertThat(local.injectionMarkers()).contains("ignore previous instructions", "</s>");
            assertThat(local.maxLength()).isEqualTo(10_000);
            assertThat(api.enabled()).isTrue();
            assertThat(api.includeImages()).isFalse();
            assertThat(api.model()).isEqualTo("omni-moderation-latest");
            assertThat(api.threshold("violence")).isEqualTo(0.5);
            assertThat(api.cacheFor()).isEqualTo(Duration.ofDays(7));
            assertThat(api.staleFor()).isEqualTo(Duration.ofDays(30));
        });
    }

    @Test
    void shouldAcceptNoCacheAndNoStaleScoresAsZero() {
        runner.withPropertyValues("pipeline.moderation.api.cache-for=0", "pipeline.moderation.api.stale-for=0")
                .run(context -> assertThat(context.getBean(ModerationApiProperties.class).caches()).isFalse());
        runner.withPropertyValues("pipeline.moderation.api.stale-for=0")
                .run(context -> assertThat(context.getBean(ModerationApiProperties.class).caches()).isTrue());
    }

    @Test
    void shouldStopTheStartOnStaleForShorterThanCacheFor() {
        runner.withPropertyValues("pipeline.moderation.api.cache-for=7d", "pipeline.moderation.api.stale-for=1d")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootMessage(context.getStartupFailure()))
                            .contains("pipeline.moderation.api.stale-for (PT24H) must be 0 (never use stale scores)"
                                    + " or at least cache-for (PT168H)");
                });
    }

    @Test
    void shouldStopTheStartOnANegativeCacheFor() {
        runner.withPropertyValues("pipeline.moderation.api.cache-for=-1h").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure()))
                    .contains("pipeline.moderation.api.cache-for must not be negative, got PT-1H");
        });
    }

    @Test
    void shouldBindAPerCategoryThresholdWhoseNameHasASlash() {
        runner.withPropertyValues("pipeline.moderation.api.thresholds.[sexual/minors]=0.01",
                "pipeline.moderation.api.default-threshold=0.7").run(context -> {
                    ModerationApiProperties api = context.getBean(ModerationApiProperties.class);

                    assertThat(api.threshold("sexual/minors")).isEqualTo(0.01);
                    assertThat(api.threshold("violence")).isEqualTo(0.7);
                });
    }

    @Test
    void shouldStopTheStartOnABadPatternNamingItsIndexAndTheProblem() {
        runner.withPropertyValues("pipeline.moderation.local.blocked-patterns[0]=(?i)fine",
                "pipeline.moderation.local.blocked-patterns[1]=(unclosed").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootMessage(context.getStartupFailure()))
                            .contains("pipeline.moderation.local.blocked-patterns[1] '(unclosed'")
                            .contains("is not a valid regular expression");
                });
    }

    @Test
    void shouldStopTheStartOnAThresholdForAnUnknownCategorySuggestingTheNearest() {
        runner.withPropertyValues("pipeline.moderation.api.thresholds.violance=0.4").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure()))
                    .contains("unknown category 'violance' (did you mean 'violence'?)");
        });
    }

    @Test
    void shouldStopTheStartOnAThresholdOutsideZeroToOne() {
        runner.withPropertyValues("pipeline.moderation.api.thresholds.hate=1.5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure())).contains("thresholds.hate must be between 0 and 1");
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
