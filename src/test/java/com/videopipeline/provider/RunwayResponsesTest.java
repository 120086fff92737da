package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mapping of Runway task objects onto ProviderStatus. */
class RunwayResponsesTest {

    private final RunwayResponses responses = new RunwayResponses("runway", new ErrorClassifier());

    private ProviderStatus status(String json) throws Exception {
        return responses.status(Json.parse(json));
    }

    private static String task(String status, String extra) {
        return "{\"id\":\"task-1\",\"createdAt\":\"2026-08-01T12:00:00.000Z\",\"status\":\"" + status + "\"" + extra + "}";
    }

    @ParameterizedTest
    @CsvSource({"PENDING,QUEUED", "THROTTLED,QUEUED", "RUNNING,RUNNING", "CANCELLED,CANCELLED", "CANCELED,CANCELLED"})
    void shouldMapStatusesWithoutPayload(String status, ProviderPhase phase) throws Exception {
        assertThat(status(task(status, "")).phase()).isEqualTo(phase);
    }

    @Test
    void shouldScaleRunningProgressFromAFractionToAPercentage() throws Exception {
        assertThat(status(task("RUNNING", ",\"progress\":0.42")).progress()).isCloseTo(42.0, offset(1e-9));
    }

    @Test
    void shouldReadTheSignedOutputUrlsOfASucceededTask() throws Exception {
        ProviderStatus status = status(task("SUCCEEDED",
                ",\"output\":[\"https://dnznrvs05pmza.cloudfront.net/a.mp4?_jwt=x\",\"https://dnznrvs05pmza.cloudfront.net/b.mp4\"]"));

        assertThat(status.phase()).isEqualTo(ProviderPhase.SUCCEEDED);
        assertThat(status.outputs()).containsExactly(URI.create("https://dnznrvs05pmza.cloudfront.net/a.mp4?_jwt=x"),
                URI.create("https://dnznrvs05pmza.cloudfront.net/b.mp4"));
    }

    @Test
    void shouldReadTheFailureAndItsCode() throws Exception {
        ProviderStatus status = status(task("FAILED",
                ",\"failure\":\"Input image flagged by moderation\",\"failureCode\":\"SAFETY.INPUT.IMAGE\""));

        assertThat(status.phase()).isEqualTo(ProviderPhase.FAILED);
        assertThat(status.failureCode()).isEqualTo("SAFETY.INPUT.IMAGE");
        assertThat(status.failureMessage()).isEqualTo("Input image flagged by moderation");
    }

    @Test
    void shouldAllowAFailureWithoutACode() throws Exception {
        assertThat(status(task("FAILED", ",\"failure\":\"Something went wrong\"")).failureCode()).isNull();
    }

    @Test
    void shouldReadTheIdOfACreatedTask() throws Exception {
        assertThat(responses.jobId(Json.parse("{\"id\":\"task-9\"}"))).isEqualTo("task-9");
    }

    @Nested
    class MalformedAnswers {

        @Test
        void shouldRefuseAnUnknownStatus() {
            assertThatThrownBy(() -> status(task("PAUSED", "")))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));
        }

        @Test
        void shouldRefuseASucceededTaskWithoutOutput() {
            assertThatThrownBy(() -> status(task("SUCCEEDED", ",\"output\":[]")))
                    .isInstanceOf(ProviderException.class)
                    .hasMessageContaining("without output URLs");
        }
    }
}
