package com.videopipeline.provider;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the server's wait hint: {@code retry-after-ms} first (OpenAI), then {@code Retry-After} as seconds or an HTTP date. */
final class RetryAfter {

    private final Clock clock;

    RetryAfter(Clock clock) {
        this.clock = clock;
    }

    /** The hint, or null when absent or unreadable. */
    Duration parse(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        return headers.firstValue("retry-after-ms").flatMap(RetryAfter::millis)
                .or(() -> headers.firstValue("retry-after").flatMap(this::secondsOrDate))
                .orElse(null);
    }

    private static Optional<Duration> millis(String value) {
        return number(value).map(ms -> Duration.ofMillis(Math.round(ms)));
    }

    private Optional<Duration> secondsOrDate(String value) {
        Optional<Double> seconds = number(value);
        if (seconds.isPresent()) {
            return seconds.map(s -> Duration.ofMillis(Math.round(s * 1000)));
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String value) {
        try {
            double parsed = Double.parseDouble(value.trim());
            return parsed >= 0 && Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
