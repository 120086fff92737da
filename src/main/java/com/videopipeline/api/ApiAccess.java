package com.videopipeline.api;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Decides whether a caller may use the API: with a key configured, whoever presents it; without one, loopback
 * callers only. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so neither the time taken
 * nor the key's length tells a caller how close a guess was.
 */
final class ApiAccess {

    /** The answer for one request. */
    enum Verdict { ALLOWED, NO_KEY, WRONG_KEY, NOT_LOOPBACK }

    private final byte[] keyDigest;

    ApiAccess(ApiProperties properties) {
        this.keyDigest = properties.hasKey() ? sha256(properties.key()) : null;
    }

    Verdict check(String presentedKey, InetAddress remote) {
        if (keyDigest == null) {
            return remote != null && remote.isLoopbackAddress() ? Verdict.ALLOWED : Verdict.NOT_LOOPBACK;
        }
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Verdict.NO_KEY;
        }
        return MessageDigest.isEqual(keyDigest, sha256(presentedKey)) ? Verdict.ALLOWED : Verdict.WRONG_KEY;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
