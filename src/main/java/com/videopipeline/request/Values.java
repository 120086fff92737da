package com.videopipeline.request;

import java.util.Map;

/** Renders user values and exceptions for error messages, so every report stays one readable line. */
final class Values {

    static final int SHOWN_CHARS = 60;
    static final String NOT_UTF8 = "entry is not valid UTF-8 text (save the file as UTF-8)";

    private Values() {
    }

    /** The value in quotes, cut to about 60 characters, with line breaks flattened so a report stays one line. */
    static String show(Object value) {
        String text = String.valueOf(value);
        if (text.length() > SHOWN_CHARS) {
            // never split an emoji's surrogate pair, which would print as '?'
            int cut = Character.isHighSurrogate(text.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
            text = text.substring(0, cut) + "…";
        }
        return "'" + text.replaceAll("\\p{Cntrl}", " ") + "'";
    }

    /** Names a list or object for "must be text, not a list" messages. */
    static String kind(Object value) {
        return value instanceof Map ? "an object" : "a list";
    }

    /** True when decoding met bytes that are not UTF-8 and left U+FFFD in their place. */
    static boolean hasUndecodable(String text) {
        return text.indexOf('\uFFFD') >= 0;
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
