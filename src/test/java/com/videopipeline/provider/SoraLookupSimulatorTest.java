package com.videopipeline.provider;

import static com.videopipeline.provider.SimulatorClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.simulator.ProviderSimulator;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Sora client's lost-submit lookup against the real simulator's {@code GET /videos}: a submit whose answer we
 * pretend to have lost is found again, and only when it really exists.
 */
class SoraLookupSimulatorTest {

    private static ProviderSimulator simulator;
    private static VideoProvider sora;

    @BeforeAll
    static void startSimulator() {
        simulator = SimulatorClients.started(SimulatorClients.fastSimulator());
        sora = client(simulator, "sora");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    /** A prompt no other test uses, so tests sharing the simulator cannot match each other's videos. */
    private static ProviderRequest request(String size) {
        return SimulatorClients.withPrompt(TestRequests.text(8, size).bound("sora", "sora-2"),
                "a red fox crossing a snowy field at dawn #" + UUID.randomUUID());
    }

    @Test
    void shouldFindTheVideoALostSubmitCreated() {
        ProviderRequest request = request("1280x720");
        Instant since = Instant.now();
        String created = sora.submit(request);

        SubmitLookup result = sora.lookupSubmitted(request, since, Set.of());

        assertThat(result).isEqualTo(SubmitLookup.found(created));
    }

    @Test
    void shouldStillFindTheVideoAfterItFinished() {
        ProviderRequest request = request("720x1280");
        Instant since = Instant.now();
        String created = sora.submit(request);
        SimulatorClients.awaitTerminal(sora, created);

        assertThat(sora.lookupSubmitted(request, since, Set.of())).isEqualTo(SubmitLookup.found(created));
    }

    @Test
    void shouldReportNotFoundWhenTheOnlyMatchingVideoBelongsToAnotherJob() {
        ProviderRequest request = request("1280x720");
        Instant since = Instant.now();
        String created = sora.submit(request);

        SubmitLookup result = sora.lookupSubmitted(request, since, Set.of(created));

        assertThat(result).isEqualTo(SubmitLookup.notFound());
    }

    @Test
    void shouldFindTheSecondOfTwoIdenticalSubmitsWhenTheFirstIsKnown() {
        ProviderRequest request = request("1280x720");
        Instant since = Instant.now();
        String first = sora.submit(request);
        String second = sora.submit(request);

        SubmitLookup withFirstKnown = sora.lookupSubmitted(request, since, Set.of(first));
        SubmitLookup withNoneKnown = sora.lookupSubmitted(request, since, Set.of());

        assertThat(withFirstKnown).isEqualTo(SubmitLookup.found(second));
        assertThat(withNoneKnown).isEqualTo(SubmitLookup.found(first));
    }

    @Test
    void shouldReportNotFoundForARequestThatWasNeverSubmitted() {
        sora.submit(request("1280x720"));

        assertThat(sora.lookupSubmitted(request("1280x720"), Instant.now(), Set.of()))
                .isEqualTo(SubmitLookup.notFound());
    }

    @Test
    void shouldNotMistakeTheSamePromptAtAnotherSizeForTheLostSubmit() {
        ProviderRequest wide = request("1280x720");
        ProviderRequest tall = SimulatorClients.withPrompt(TestRequests.text(8, "720x1280").bound("sora", "sora-2"),
                wide.request().prompt());
        Instant since = Instant.now();
        sora.submit(tall);

        assertThat(sora.lookupSubmitted(wide, since, Set.of())).isEqualTo(SubmitLookup.notFound());
    }

    @Test
    void shouldPageBackThroughNewerVideosToFindTheLostSubmit() {
        ProviderSimulator busy = SimulatorClients.started(SimulatorClients.fastSimulator());
        try {
            VideoProvider client = client(busy, "sora");
            ProviderRequest request = request("1280x720");
            Instant since = Instant.now();
            String created = client.submit(request);
            // more newer videos than one page holds, so ours can only be seen on the second page; in parallel
            // because each loopback call takes tens of milliseconds
            IntStream.range(0, SoraProvider.LIST_PAGE_SIZE + 20).parallel()
                    .forEach(i -> client.submit(request("720x1280")));

            assertThat(client.lookupSubmitted(request, since, Set.of())).isEqualTo(SubmitLookup.found(created));
        } finally {
            busy.stop();
        }
    }

    @Test
    void shouldLeaveRunwayUnknownBecauseItCannotListTasks() {
        VideoProvider runway = client(simulator, "runway");
        ProviderRequest request = TestRequests.text(5, "1280x720").bound("runway", "gen4.5");
        Instant since = Instant.now();
        runway.submit(request);

        assertThat(runway.lookupSubmitted(request, since, Set.of())).isEqualTo(SubmitLookup.unknown());
    }
}
