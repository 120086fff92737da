package com.videopipeline.enrich;

import com.videopipeline.enrich.StyleProperties.Brand;
import com.videopipeline.enrich.StyleProperties.Preset;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.RequestOptions;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** Enrichment's parts put together as the application does, against a ledger database of the test's own. */
final class Enrichments {

    static final StyleProperties STYLES = new StyleProperties(
            Map.of("cinematic", new Preset("Cinematic film still:", "anamorphic lens, film grain.",
                            "cartoon, jittery camera", null, null, null, null),
                    "plain", new Preset(null, null, null, null, null, null, 5)),
            Map.of("acme", new Brand("For Acme:", "Orange and teal palette.", "Text, watermark")));

    private Enrichments() {
    }

    /** A fresh in-memory ledger with every migration applied, as the application's Flyway does at start-up. */
    static DataSource ledger() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:enrich-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** Expansion settings against {@code baseUrl}, short retry delays, the simulator's loopback key. */
    static ExpansionProperties expansion(URI baseUrl, boolean enabled) {
        return new ExpansionProperties(enabled, baseUrl, "gpt-4.1-mini", "ENRICH_TEST_UNSET_KEY",
                "sk-local-simulator", Duration.ofSeconds(5), 200, 3, Duration.ofMillis(20),
                ExpansionProperties.DEFAULT_SYSTEM_PROMPT);
    }

    static BriefExpansion briefExpansion(ExpansionProperties props, DataSource ledger) {
        ChatCompletions chat = new ChatCompletions(props, new MockEnvironment());
        return new BriefExpansion(props, chat, new ExpansionLedger(new NamedParameterJdbcTemplate(ledger),
                Clock.systemUTC()));
    }

    /** With the routing of config/application.yml's providers: runway gen4.5 by default, Veo for negative prompts. */
    static PromptEnrichment enrichment(ExpansionProperties props, DataSource ledger) {
        TestRouting routing = TestRouting.with(Map.of());
        return new PromptEnrichment(STYLES, new StyleNegatives(routing.router(), routing.catalogue()),
                briefExpansion(props, ledger));
    }

    /** A text-to-video request as the request mapper makes it. */
    static VideoRequest request(String prompt, String negativePrompt, String preset, String brand, Boolean expand) {
        return request(prompt, negativePrompt, null, new RequestOptions(preset, brand, expand, List.of(), List.of(),
                null, null));
    }

    /** A request naming its model, or (model null) comparing the models in {@code options}. */
    static VideoRequest request(String prompt, String negativePrompt, String model, RequestOptions options) {
        return new VideoRequest("r1", prompt, 8, VideoSize.parse("1280x720"), 24, null, model, null, null,
                negativePrompt, null, List.of(), true, options);
    }
}
