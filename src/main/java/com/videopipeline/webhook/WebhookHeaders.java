package com.videopipeline.webhook;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The three Standard Webhooks headers of one delivery, as received (null when absent). Only printable ASCII is
 * accepted, so what is signed, compared and logged is exactly what was sent.
 */
record WebhookHeaders(String id, String timestamp, String signature) {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";

    private static final int MAX_ID_LENGTH = 255;
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    /** Picks the headers out of a request's headers, whatever their case. */
    static WebhookHeaders of(Map<String, ?> headers) {
        return new WebhookHeaders(header(headers, ID), header(headers, TIMESTAMP), header(headers, SIGNATURE));
    }

    /** All three present and well formed. */
    boolean wellFormed() {
        return printable(id) && id.length() <= MAX_ID_LENGTH && signature != null && !signature.isBlank()
                && timestamp != null && timestamp.matches("\\d{1," + MAX_TIMESTAMP_DIGITS + "}");
    }

    /** The signed time, in Unix seconds; only meaningful when {@link #wellFormed()}. */
    OptionalLong epochSeconds() {
        return wellFormed() ? OptionalLong.of(Long.parseLong(timestamp)) : OptionalLong.empty();
    }

    /** The id for a log line: a forged one is whatever a stranger sent, so it is cut short and kept printable. */
    String idForLog() {
        if (id == null) {
            return "(no webhook-id)";
        }
        String shown = id.length() > 80 ? id.substring(0, 80) + "..." : id;
        return shown.replaceAll("[^\\x21-\\x7E]", "?");
    }

    private static boolean printable(String value) {
        return value != null && !value.isEmpty() && value.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    private static String header(Map<String, ?> headers, String name) {
        for (Map.Entry<String, ?> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue() instanceof String value ? value : null;
            }
        }
        return null;
    }
}
