package com.videopipeline.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs Runway output URLs with HMAC-SHA256 under a key made fresh for each run, so a URL cannot be forged
 * or reused after a restart, like a real signed CDN link.
 */
final class OutputSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    OutputSigner() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String sign(String taskId, long expiresEpochSeconds) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((taskId + "." + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Constant-time check, so the signature cannot be guessed byte by byte from response timing. */
    boolean verify(String taskId, long expiresEpochSeconds, String signature) {
        byte[] expected = sign(taskId, expiresEpochSeconds).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
