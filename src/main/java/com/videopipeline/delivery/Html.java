package com.videopipeline.delivery;

import java.math.BigDecimal;

/** Text made safe for HTML, and the few formats the contact sheet shows numbers in. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for element content and quoted attributes alike. Prompts are user input: without this a prompt
     * could inject markup or script into the sheet. Characters XML forbids become U+FFFD, so the sheet also parses
     * as XHTML.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }

    /** {@code $1.20}; at least cents, more digits when a price has them; a dash when unknown. */
    static String usd(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return "$" + plain.setScale(Math.max(2, plain.scale())).toPlainString();
    }

    /** {@code 4.00 s}. */
    static String seconds(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f s", value);
    }

    /** {@code 3.2 MB}, in decimal units as file managers show them. */
    static String bytes(Long bytes) {
        if (bytes == null) {
            return "–";
        }
        return bytes < 1_000_000 ? String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
