package com.videopipeline.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Checks a delivery the Standard Webhooks way: HMAC-SHA256 over {@code id.timestamp.body} (the body's raw bytes as
 * received), compared in constant time with every {@code v1,<base64>} entry of {@code webhook-signature} (several
 * during a key rotation; one match suffices), and the signed timestamp within the tolerance either way.
 */
final class StandardWebhooks {

    private static final byte[] DOT = {'.'};

    private final SigningKey key;
    private final Duration tolerance;

    StandardWebhooks(SigningKey key, Duration tolerance) {
        this.key = key;
        this.tolerance = tolerance;
    }

    /**
     * The signature is checked before the time, so STALE means a genuine but old delivery and everything unsigned is
     * FORGED, whenever it claims to be from.
     */
    Verdict verify(WebhookHeaders headers, byte[] body, Instant now) {
        if (!headers.wellFormed()) {
            return Verdict.MALFORMED;
        }
        byte[] expected = key.sign(ascii(headers.id()), DOT, ascii(headers.timestamp()), DOT, body);
        if (!anyMatches(headers.signature(), expected)) {
            return Verdict.FORGED;
        }
        Instant signedAt = Instant.ofEpochSecond(headers.epochSeconds().getAsLong());
        return Duration.between(signedAt, now).abs().compareTo(tolerance) <= 0 ? Verdict.VALID : Verdict.STALE;
    }

    /** Every entry is compared, matched or not, so the time taken says nothing about which one matched. */
    private static boolean anyMatches(String header, byte[] expected) {
        boolean matched = false;
        for (String entry : header.trim().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma > 0 && entry.substring(0, comma).equals("v1")) {
                byte[] given = base64(entry.substring(comma + 1));
                matched |= given != null && MessageDigest.isEqual(expected, given);
            }
        }
        return matched;
    }

    private static byte[] base64(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
