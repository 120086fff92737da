package com.videopipeline.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Keys of what the ledger keeps by content (brief expansions, moderation scores): never the content itself. */
public final class CacheKeys {

    private CacheKeys() {
    }

    /** sha256 (hex) of the parts, each length-prefixed so no two different lists of parts share a key. */
    public static String sha256(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update((part.length() + ":" + part + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
