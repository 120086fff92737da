package com.videopipeline.moderation;

import java.text.Normalizer;

/**
 * What the policy does to text before it judges it. Control characters are removed from what is sent (ordinary
 * whitespace stays), and so are the invisible characters that reorder or hide text (bidi overrides, zero-width
 * spaces, byte-order marks), which a provider's model would read but a reviewer would not see. Matching then works
 * on a further folded copy (compatibility forms, joiners and soft hyphens removed, whitespace collapsed), so
 * full-width letters or a soft hyphen inside a word do not slip past a rule; that copy is never sent.
 */
final class PromptText {

    private PromptText() {
    }

    /** The text as it will be sent: without control and hiding characters; null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !removed(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The text as rules see it: compatibility-folded, without joiners and soft hyphens, whitespace collapsed. */
    static String folded(String cleaned) {
        String normal = Normalizer.normalize(cleaned, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().filter(c -> c != 0x200C && c != 0x200D && c != 0x00AD).forEach(out::appendCodePoint);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean removed(int c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || hiding(c);
    }

    /** Bidi embeddings, overrides and isolates, zero-width space, word joiner and byte-order mark. */
    private static boolean hiding(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200B || c == 0x2060
                || c == 0xFEFF || c == 0x200E || c == 0x200F;
    }
}
