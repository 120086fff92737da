package com.videopipeline.enrich;

import static com.videopipeline.enrich.Enrichments.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.enrich.PromptEnrichment.Enriched;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorProperties;
import java.net.ServerSocket;
import java.net.URI;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brief expansion against the built-in simulator over real HTTP, with its cache in a real ledger database. */
class BriefExpansionTest {

    private static final String BRIEF = "a red kite over the dunes";

    private ProviderSimulator simulator;
    private DataSource ledger;
    private ExpansionProperties props;

    @BeforeEach
    void start() {
        simulator = new ProviderSimulator(SimulatorProperties.defaults().withPort(0));
        simulator.start();
        ledger = Enrichments.ledger();
        props = Enrichments.expansion(URI.create(simulator.openAiBaseUrl()), false);
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void shouldTurnABriefIntoTheSameShotDescriptionEveryTime() throws Exception {
        String description = Enrichments.briefExpansion(props, ledger).expand(request(BRIEF, null, null, null, true))
                .orElseThrow();

        assertThat(description).isEqualTo(expectedDescription());
        assertThat(Enrichments.briefExpansion(props, Enrichments.ledger())
                .expand(request(BRIEF, null, null, null, true))).contains(description);
        assertThat(simulator.stats().openai().chatCompletions()).isEqualTo(2);
    }

    @Test
    void shouldPayForABriefOnceEvenAfterARestart() throws Exception {
        Enrichments.briefExpansion(props, ledger).expand(request(BRIEF, null, null, null, true));
        Enrichments.briefExpansion(props, ledger).expand(request(BRIEF, null, null, null, true));

        BriefExpansion afterRestart = Enrichments.briefExpansion(props, ledger);

        assertThat(afterRestart.expand(request("  " + BRIEF + " ", null, null, null, true)))
                .contains(expectedDescription());
        assertThat(simulator.stats().openai().chatCompletions()).isEqualTo(1);
    }

    @Test
    void shouldAskAgainWhenTheModelOrSystemPromptChanged() throws Exception {
        Enrichments.briefExpansion(props, ledger).expand(request(BRIEF, null, null, null, true));
        ExpansionProperties otherModel = new ExpansionProperties(false, props.baseUrl(), "gpt-4.1", props.apiKeyEnv(),
                props.loopbackKey(), props.timeout(), 200, 3, props.retryDelay(), props.systemPrompt());

        Enrichments.briefExpansion(otherModel, ledger).expand(request(BRIEF, null, null, null, true));

        assertThat(simulator.stats().openai().chatCompletions()).isEqualTo(2);
    }

    @Test
    void shouldFollowTheRequestsExpandOverTheConfiguredDefault() throws Exception {
        ExpansionProperties on = Enrichments.expansion(props.baseUrl(), true);

        assertThat(Enrichments.briefExpansion(on, ledger).expand(request(BRIEF, null, null, null, false))).isEmpty();
        assertThat(Enrichments.briefExpansion(props, ledger).expand(request(BRIEF, null, null, null, null)))
                .isEmpty();
        assertThat(Enrichments.briefExpansion(on, ledger).expand(request(BRIEF, null, null, null, null)))
                .isPresent();
        assertThat(simulator.stats().openai().chatCompletions()).isEqualTo(1);
    }

    @Test
    void shouldSendAPromptOfMaxBriefCharsOrMoreAsWritten() throws Exception {
        String description = "x".repeat(props.maxBriefChars());

        assertThat(Enrichments.briefExpansion(props, ledger).expand(request(description, null, null, null, true)))
                .isEmpty();
        assertThat(simulator.stats().openai().chatCompletions()).isZero();
    }

    @Test
    void shouldWrapTheShotDescriptionInThePresetAndKeepTheEntrysBrief() {
        Enriched result = Enrichments.enrichment(props, ledger)
                .apply(request(BRIEF, null, "cinematic", null, true));

        assertThat(result.request().prompt()).isEqualTo("Cinematic film still: " + expectedDescription()
                + " anamorphic lens, film grain.");
        assertThat(result.request().options().brief()).isEqualTo(BRIEF);
    }

    @Test
    void shouldTryAFailingEndpointThreeTimesThenRefuseTheEntry() {
        Enriched result = Enrichments.enrichment(props, ledger)
                .apply(request(BRIEF + " [sim:fail=server_error]", null, "cinematic", null, true));

        assertThat(result.request()).isNull();
        assertThat(result.kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(result.refusal()).isEqualTo("expansion unavailable: chat completions answered 500: The server "
                + "had an error processing your request. (3 attempts); the brief was not submitted unexpanded");
        assertThat(simulator.stats().openai().chatCompletions()).isEqualTo(3);
    }

    @Test
    void shouldRefuseTheEntryWhenTheEndpointIsDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ExpansionProperties down = Enrichments.expansion(URI.create("http://127.0.0.1:" + closedPort + "/v1"), true);

        Enriched result = Enrichments.enrichment(down, ledger).apply(request(BRIEF, null, null, null, null));

        assertThat(result.kind()).isEqualTo(FailureKind.CONNECTION);
        assertThat(result.refusal()).startsWith("expansion unavailable: could not connect to http://127.0.0.1:"
                + closedPort + "/v1/chat/completions (3 attempts)");
    }

    @Test
    void shouldNotTryAgainWhatTheEndpointRefusedAsWrong() {
        ExpansionProperties wrongKey = new ExpansionProperties(true, props.baseUrl(), props.model(),
                props.apiKeyEnv(), "not-an-openai-key", props.timeout(), 200, 3, props.retryDelay(),
                props.systemPrompt());

        assertThatThrownBy(() -> Enrichments.briefExpansion(wrongKey, ledger)
                .expand(request(BRIEF, null, null, null, null)))
                .isInstanceOfSatisfying(ExpansionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
                    assertThat(e.getMessage()).startsWith("chat completions answered 401: Incorrect API key")
                            .doesNotContain("not-an-openai-key");
                });
        assertThat(simulator.stats().openai().chatCompletions()).isEqualTo(1);
    }

    @Test
    void shouldNeverSendTheLoopbackKeyToAnotherHost() {
        ExpansionProperties remote = Enrichments.expansion(URI.create("https://api.example.com/v1"), true);

        Enriched result = Enrichments.enrichment(remote, ledger).apply(request(BRIEF, null, null, null, null));

        assertThat(result.kind()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(result.refusal()).contains("no API key for api.example.com: set ENRICH_TEST_UNSET_KEY");
    }

    /** The simulator's description of {@link #BRIEF}: fixed, since its choices follow a hash of the brief. */
    private static String expectedDescription() {
        return "Wide establishing shot of a red kite over the dunes; gentle handheld drift; high-key studio light; "
                + "24mm wide lens, deep focus.";
    }
}
