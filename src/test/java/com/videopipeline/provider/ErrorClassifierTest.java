package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification of HTTP answers, transport failures and job failure codes. */
class ErrorClassifierTest {

    private static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");

    private final ErrorClassifier classifier =
            new ErrorClassifier(new RetryAfter(Clock.fixed(NOW, ZoneOffset.UTC)));

    private static final HttpHeaders NO_HEADERS = headers(Map.of());

    static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> multi = new HashMap<>();
        values.forEach((k, v) -> multi.put(k, List.of(v)));
        return HttpHeaders.of(multi, (k, v) -> true);
    }

    private static String openAiError(String message, String type, String param, String code) {
        return Json.write(Json.object().set("error", Json.object().put("message", message).put("type", type)
                .put("param", param).put("code", code)));
    }

    @Nested
    class HttpAnswers {

        @ParameterizedTest
        @CsvSource({"400,BAD_REQUEST", "422,BAD_REQUEST", "401,AUTHENTICATION", "403,PERMISSION_DENIED",
                "404,NOT_FOUND", "500,SERVER_ERROR", "502,SERVER_ERROR", "503,SERVER_ERROR", "504,SERVER_ERROR"})
        void shouldMapTheStatusAndMarkTheJobAsNotCreated(int status, FailureKind kind) {
            ProviderException e = classifier.fromResponse("runway", status, "{\"error\":\"nope\"}", NO_HEADERS);

            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.httpStatus()).isEqualTo(status);
            assertThat(e.notAccepted()).isTrue();
        }

        @Test
        void shouldWriteAReadableMessageFromAnOpenAiErrorBody() {
            String body = openAiError("Invalid value: '5'. Supported values are: '4', '8', and '12'.",
                    "invalid_request_error", "seconds", "invalid_value");

            ProviderException e = classifier.fromResponse("sora", 400, body, NO_HEADERS);

            assertThat(e).hasMessage("sora: 400 invalid_request_error (param seconds): "
                    + "Invalid value: '5'. Supported values are: '4', '8', and '12'.");
            assertThat(e.providerCode()).isEqualTo("invalid_value");
        }

        @Test
        void shouldUseRunwaysPlainErrorString() {
            ProviderException e = classifier.fromResponse("runway", 400, "{\"error\":\"Invalid ratio for gen4.5\"}", NO_HEADERS);

            assertThat(e).hasMessage("runway: 400: Invalid ratio for gen4.5");
        }

        @Test
        void shouldKeepANonJsonBodyShortAndOnOneLine() {
            String html = "<html>\n<body>" + "Bad gateway ".repeat(100) + "</body></html>";

            ProviderException e = classifier.fromResponse("sora", 502, html, NO_HEADERS);

            assertThat(e.kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(330);
        }

        @Test
        void shouldRedactAKeyEchoedByTheProvider() {
            String body = openAiError("Incorrect API key provided: sk-proj-abc1********************xyz9.",
                    "invalid_request_error", null, "invalid_api_key");

            ProviderException e = classifier.fromResponse("sora", 401, body, NO_HEADERS);

            assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
            assertThat(e.getMessage()).doesNotContain("sk-proj").contains("[redacted]");
        }
    }

    @Nested
    class TooManyRequests {

        @Test
        void shouldBeARetryableRateLimitByDefault() {
            String body = openAiError("Rate limit reached for requests", "requests", null, "rate_limit_exceeded");

            ProviderException e = classifier.fromResponse("sora", 429, body, headers(Map.of("retry-after", "7")));

            assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(e.kind().retryable()).isTrue();
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        }

        @Test
        void shouldBeQuotaExhaustedForOpenAiInsufficientQuota() {
            String body = openAiError("You exceeded your current quota, please check your plan and billing details.",
                    "insufficient_quota", null, "insufficient_quota");

            ProviderException e = classifier.fromResponse("sora", 429, body, NO_HEADERS);

            assertThat(e.kind()).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
            assertThat(e.kind().retryable()).isFalse();
            assertThat(e.providerCode()).isEqualTo("insufficient_quota");
        }

        @Test
        void shouldBeQuotaExhaustedForRunwaysDailyLimitWording() {
            String body = "{\"error\":\"You have reached your daily generation limit for gen4.5.\"}";

            assertThat(classifier.fromResponse("runway", 429, body, NO_HEADERS).kind())
                    .isEqualTo(FailureKind.QUOTA_EXHAUSTED);
        }

        @Test
        void shouldTreatQuotaWordingAsQuotaOnlyOnA429() {
            String body = openAiError("You exceeded your current quota", "insufficient_quota", null, "insufficient_quota");

            assertThat(classifier.fromResponse("sora", 400, body, NO_HEADERS).kind()).isEqualTo(FailureKind.BAD_REQUEST);
        }
    }

    @Nested
    class RetryAfterHeader {

        private Duration retryAfter(Map<String, String> values) {
            return classifier.fromResponse("sora", 503, "", headers(values)).retryAfter();
        }

        @Test
        void shouldReadSeconds() {
            assertThat(retryAfter(Map.of("Retry-After", "20"))).isEqualTo(Duration.ofSeconds(20));
        }

        @Test
        void shouldReadAnHttpDateRelativeToNow() {
            assertThat(retryAfter(Map.of("Retry-After", "Sat, 01 Aug 2026 12:01:30 GMT"))).isEqualTo(Duration.ofSeconds(90));
        }

        @Test
        void shouldTreatAPastDateAsNoWait() {
            assertThat(retryAfter(Map.of("Retry-After", "Sat, 01 Aug 2026 11:00:00 GMT"))).isEqualTo(Duration.ZERO);
        }

        @Test
        void shouldPreferMilliseconds() {
            assertThat(retryAfter(Map.of("retry-after-ms", "1500", "retry-after", "2"))).isEqualTo(Duration.ofMillis(1500));
        }

        @Test
        void shouldIgnoreGarbageAndAbsence() {
            assertThat(retryAfter(Map.of("Retry-After", "soon"))).isNull();
            assertThat(retryAfter(Map.of())).isNull();
        }
    }

    @Nested
    class TransportFailures {

        @Test
        void shouldCallARefusedConnectionNotAccepted() {
            ProviderException e = classifier.fromIoException("sora", new ConnectException("Connection refused"), true);

            assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION);
            assertThat(e.notAccepted()).isTrue();
        }

        @Test
        void shouldCallAConnectTimeoutNotAccepted() {
            ProviderException e = classifier.fromIoException("sora", new HttpConnectTimeoutException("connect"), true);

            assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION);
            assertThat(e.notAccepted()).isTrue();
        }

        @Test
        void shouldCallASubmitTimeoutAmbiguous() {
            ProviderException e = classifier.fromIoException("sora", new HttpTimeoutException("request timed out"), true);

            assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(e.notAccepted()).isFalse();
            assertThat(e.getMessage()).contains("the job may exist");
        }

        @Test
        void shouldCallAStatusTimeoutHarmless() {
            ProviderException e = classifier.fromIoException("sora", new HttpTimeoutException("request timed out"), false);

            assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(e.notAccepted()).isTrue();
        }

        @Test
        void shouldCallAConnectionDroppedAfterSendingAmbiguous() {
            ProviderException e = classifier.fromIoException("runway", new IOException("connection reset"), true);

            assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION);
            assertThat(e.notAccepted()).isFalse();
        }

        @Test
        void shouldCallAnUnreadableSuccessMalformedAndAmbiguous() {
            ProviderException e = classifier.malformed("sora", "not JSON", null);

            assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE);
            assertThat(e.notAccepted()).isFalse();
        }
    }

    @Nested
    class JobFailures {

        @ParameterizedTest
        @CsvSource({"SAFETY.INPUT.TEXT,SAFETY_INPUT", "SAFETY.INPUT.IMAGE,SAFETY_INPUT", "moderation_blocked,SAFETY_INPUT",
                "SAFETY.OUTPUT.VIDEO,SAFETY_OUTPUT", "INTERNAL.BAD_OUTPUT.CODE01,BAD_OUTPUT", "ASSET.INVALID,ASSET_INVALID",
                "INTERNAL,PROVIDER_INTERNAL", "internal_error,PROVIDER_INTERNAL", "SAFETY.INPUTX,UNKNOWN", "something_new,UNKNOWN"})
        void shouldMapTheFailureCodeFamily(String code, FailureKind kind) {
            assertThat(classifier.classifyJobFailure(code)).isEqualTo(kind);
        }

        @Test
        void shouldCallAMissingCodeUnknown() {
            assertThat(classifier.classifyJobFailure(null)).isEqualTo(FailureKind.UNKNOWN);
        }
    }
}
