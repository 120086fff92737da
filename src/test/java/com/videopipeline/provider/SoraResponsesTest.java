package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mapping of OpenAI Video objects onto ProviderStatus. */
class SoraResponsesTest {

    private static final HttpHeaders NO_HEADERS = ErrorClassifierTest.headers(Map.of());

    private final SoraResponses responses = new SoraResponses("sora", new ErrorClassifier());

    private ProviderStatus status(String json, HttpHeaders headers) throws Exception {
        return responses.status(Json.parse(json), headers);
    }

    private static String video(String status, String extra) {
        return """
                {"id":"video_123","object":"video","model":"sora-2","status":"%s","progress":%s,
                 "created_at":1785585600,"completed_at":null,"expires_at":null,"prompt":"fox","size":"1280x720",
                 "seconds":"8","remixed_from_video_id":null,"error":null%s}"""
                .formatted(status, status.equals("completed") ? "100" : "33", extra);
    }

    @ParameterizedTest
    @CsvSource({"queued,QUEUED", "in_progress,RUNNING", "completed,SUCCEEDED", "failed,FAILED"})
    void shouldMapTheFourStatuses(String status, ProviderPhase phase) throws Exception {
        assertThat(status(video(status, ""), NO_HEADERS).phase()).isEqualTo(phase);
    }

    @Test
    void shouldReadProgressAndNoOutputUrls() throws Exception {
        ProviderStatus status = status(video("in_progress", ""), NO_HEADERS);

        assertThat(status.providerJobId()).isEqualTo("video_123");
        assertThat(status.progress()).isEqualTo(33.0);
        assertThat(status.outputs()).isEmpty();
        assertThat(status.expiresAt()).isNull();
    }

    @Test
    void shouldReadWhenTheAssetsExpire() throws Exception {
        String json = video("completed", "").replace("\"expires_at\":null", "\"expires_at\":1785589200");

        assertThat(status(json, NO_HEADERS).expiresAt()).isEqualTo(Instant.ofEpochSecond(1785589200));
    }

    @Test
    void shouldReadTheErrorOfAFailedVideo() throws Exception {
        String json = video("failed", "").replace("\"error\":null",
                "\"error\":{\"code\":\"moderation_blocked\",\"message\":\"Your request was blocked by our moderation system.\"}");

        ProviderStatus status = status(json, NO_HEADERS);

        assertThat(status.failureCode()).isEqualTo("moderation_blocked");
        assertThat(status.failureMessage()).isEqualTo("Your request was blocked by our moderation system.");
    }

    @Test
    void shouldTakeThePollHintFromTheHeader() throws Exception {
        HttpHeaders headers = ErrorClassifierTest.headers(Map.of("openai-poll-after-ms", "15000"));

        assertThat(status(video("queued", ""), headers).pollAfter()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void shouldReadTheIdOfACreatedVideo() throws Exception {
        assertThat(responses.jobId(Json.parse(video("queued", "")))).isEqualTo("video_123");
    }

    @Nested
    class MalformedAnswers {

        @Test
        void shouldRefuseAnUnknownStatus() {
            assertThatThrownBy(() -> status(video("paused", ""), NO_HEADERS))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE))
                    .hasMessageContaining("unknown video status 'paused'");
        }

        @Test
        void shouldRefuseACreateAnswerWithoutAnIdAsAmbiguous() {
            assertThatThrownBy(() -> responses.jobId(Json.parse("{\"object\":\"video\"}")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE);
                        assertThat(e.notAccepted()).isFalse();
                    });
        }
    }

    @Nested
    class VideoList {

        private SoraVideoPage page(String json) throws Exception {
            return responses.page(Json.parse(json));
        }

        @Test
        void shouldReadTheFieldsThatIdentifyASubmitFromEachListedVideo() throws Exception {
            SoraVideoPage page = page("{\"object\":\"list\",\"data\":[" + video("queued", "") + ","
                    + video("completed", "").replace("video_123", "video_122").replace("1785585600", "1785585590")
                    + "],\"first_id\":\"video_123\",\"last_id\":\"video_122\",\"has_more\":true}");

            assertThat(page.videos()).containsExactly(
                    new SoraVideoPage.Listed("video_123", Instant.ofEpochSecond(1785585600), "fox", "sora-2",
                            "1280x720", "8"),
                    new SoraVideoPage.Listed("video_122", Instant.ofEpochSecond(1785585590), "fox", "sora-2",
                            "1280x720", "8"));
            assertThat(page.hasMore()).isTrue();
            assertThat(page.lastId()).isEqualTo("video_122");
            assertThat(page.continues()).isTrue();
        }

        @Test
        void shouldKeepNullPromptAsUnknownRatherThanEmpty() throws Exception {
            SoraVideoPage page = page("{\"data\":[" + video("queued", "").replace("\"prompt\":\"fox\"", "\"prompt\":null")
                    + "],\"has_more\":false}");

            assertThat(page.videos().get(0).prompt()).isNull();
        }

        @Test
        void shouldTakeTheCursorFromTheLastVideoWhenLastIdIsMissing() throws Exception {
            SoraVideoPage page = page("{\"data\":[" + video("queued", "") + "],\"has_more\":true}");

            assertThat(page.lastId()).isEqualTo("video_123");
        }

        @Test
        void shouldReadAnEmptyLastPage() throws Exception {
            SoraVideoPage page = page("{\"object\":\"list\",\"data\":[],\"first_id\":null,\"last_id\":null,"
                    + "\"has_more\":false}");

            assertThat(page.videos()).isEmpty();
            assertThat(page.lastId()).isNull();
            assertThat(page.continues()).isFalse();
        }

        @Test
        void shouldRefuseAListWithoutData() {
            assertThatThrownBy(() -> page("{\"object\":\"list\"}"))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE))
                    .hasMessageContaining("without a 'data' array");
        }

        @Test
        void shouldRefuseAListedVideoWithoutCreatedAt() {
            String noCreatedAt = video("queued", "").replace("\"created_at\":1785585600,", "");

            assertThatThrownBy(() -> page("{\"data\":[" + noCreatedAt + "],\"has_more\":false}"))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE))
                    .hasMessageContaining("created_at");
        }

        @Test
        void shouldRefuseAListedVideoWithoutId() {
            String noId = video("queued", "").replace("\"id\":\"video_123\",", "");

            assertThatThrownBy(() -> page("{\"data\":[" + noId + "],\"has_more\":false}"))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));
        }
    }
}
