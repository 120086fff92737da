package com.videopipeline.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Ids become output file names, so a given id must be safe as written; rewriting it would lose the user's link. */
final class Ids {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    /** Why the id cannot name a file, or null when it can. */
    static String problem(String id) {
        String shown = "id " + Values.show(id);
        if (!SAFE.matcher(id).matches()) {
            return shown + " is not safe as a file name (use 1-80 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit)";
        }
        if (id.endsWith(".")) {
            return shown + " must not end with '.' (Windows drops it from file names)";
        }
        // Windows treats CON.mp4 like CON, so the part before the first dot decides
        if (WINDOWS_RESERVED.matcher(id).matches()) {
            return shown + " is a reserved file name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9)";
        }
        return null;
    }

    /**
     * {@code v-} and 12 hex digits: random without a seed; with one (the drop file's content hash), derived from it
     * and the line, so the same file read twice names its lines the same. 48 bits keep collisions negligible.
     */
    static String generate(String seed, int line, int attempt) {
        byte[] bytes = new byte[6];
        if (seed == null) {
            RANDOM.nextBytes(bytes);
        } else {
            byte[] digest = sha256(seed + ":" + line + ":" + attempt);
            System.arraycopy(digest, 0, bytes, 0, bytes.length);
        }
        return "v-" + HEX.formatHex(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
