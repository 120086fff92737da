package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Sora client's lost-submit lookup over an in-memory HttpClient: which pages it asks for and when it stops. */
class SoraLookupTest {

    private static final ProviderConfigFixture.Wiring WIRING = ProviderConfigFixture.wiring();
    private static final Instant SINCE = Instant.parse("2026-11-24T10:00:00Z");
    private static final ProviderRequest REQUEST = TestRequests.text(8, "1280x720").bound("sora", "sora-2");

    private final FakeHttpClient client = new FakeHttpClient();
    private final VideoProvider sora = ProviderClients.create("sora", WIRING.providers().providers().get("sora"),
            WIRING.credentials(), new ErrorClassifier(), client);

    private static String video(String id, Instant createdAt, String size) {
        return """
                {"id":"%s","object":"video","model":"sora-2","status":"completed","progress":100,"created_at":%d,
                 "completed_at":null,"expires_at":null,"prompt":"a red fox crossing a snowy field at dawn",
                 "size":"%s","seconds":"8","remixed_from_video_id":null,"error":null}"""
                .formatted(id, createdAt.getEpochSecond(), size);
    }

    private static String page(boolean hasMore, String lastId, String... videos) {
        return "{\"object\":\"list\",\"data\":[" + String.join(",", videos) + "],\"first_id\":null,\"last_id\":\""
                + lastId + "\",\"has_more\":" + hasMore + "}";
    }

    /** A full page of other people's videos, all newer than SINCE. */
    private static String busyPage(int number) {
        String videos = IntStream.range(0, 3)
                .mapToObj(i -> video("video_p" + number + "_" + i, SINCE.plusSeconds(30), "720x1280"))
                .collect(Collectors.joining(","));
        return "{\"object\":\"list\",\"data\":[" + videos + "],\"last_id\":\"video_p" + number + "_2\",\"has_more\":true}";
    }

    @Test
    void shouldFollowTheCursorToAnOlderPageAndFindTheLostSubmitThere() {
        client.answer(200, busyPage(1), Map.of())
                .answer(200, page(true, "video_old", video("video_ours", SINCE.plusSeconds(1), "1280x720"),
                        video("video_old", SINCE.minusSeconds(3600), "1280x720")), Map.of());

        SubmitLookup result = sora.lookupSubmitted(REQUEST, SINCE, Set.of());

        assertThat(result).isEqualTo(SubmitLookup.found("video_ours"));
        assertThat(client.requests).hasSize(2);
        assertThat(client.requests.get(0).uri().getQuery()).isEqualTo("limit=100&order=desc");
        assertThat(client.requests.get(1).uri().getQuery()).isEqualTo("limit=100&order=desc&after=video_p1_2");
        assertThat(client.requests.get(1).headers().firstValue("Authorization")).hasValue("Bearer sk-local-simulator");
    }

    @Test
    void shouldAskOnlyOnceWhenTheFirstPageAlreadyReachesPastSince() {
        client.answer(200, page(true, "video_old", video("video_old", SINCE.minusSeconds(3600), "1280x720")), Map.of());

        SubmitLookup result = sora.lookupSubmitted(REQUEST, SINCE, Set.of());

        assertThat(result).isEqualTo(SubmitLookup.notFound());
        assertThat(client.requests).hasSize(1);
    }

    @Test
    void shouldGiveUpAsUnknownAfterThePageCapWithoutReachingSince() {
        IntStream.rangeClosed(1, SoraProvider.MAX_LIST_PAGES + 1).forEach(n -> client.answer(200, busyPage(n), Map.of()));

        SubmitLookup result = sora.lookupSubmitted(REQUEST, SINCE, Set.of());

        assertThat(result).isEqualTo(SubmitLookup.unknown());
        assertThat(client.requests).hasSize(SoraProvider.MAX_LIST_PAGES);
    }

    @Test
    void shouldThrowTheClassifiedFailureWhenTheListCannotBeRead() {
        client.answer(500, "{\"error\":{\"message\":\"The server had an error.\",\"type\":\"server_error\"}}", Map.of());

        assertThatThrownBy(() -> sora.lookupSubmitted(REQUEST, SINCE, Set.of()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.SERVER_ERROR);
                    assertThat(e.kind().retryable()).isTrue();
                });
    }

    @Test
    void shouldThrowMalformedWhenAPageIsNotAList() {
        client.answer(200, "{\"object\":\"video\",\"id\":\"video_1\"}", Map.of());

        assertThatThrownBy(() -> sora.lookupSubmitted(REQUEST, SINCE, Set.of()))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));
    }

    @Test
    void shouldLeaveRunwayUnknownBecauseItCannotListTasks() {
        VideoProvider runway = ProviderClients.create("runway", WIRING.providers().providers().get("runway"),
                WIRING.credentials(), new ErrorClassifier(), client);

        assertThat(runway.lookupSubmitted(REQUEST, SINCE, Set.of())).isEqualTo(SubmitLookup.unknown());
        assertThat(client.requests).isEmpty();
    }
}
