package com.videopipeline.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A frame size in pixels, written {@code WIDTHxHEIGHT} in prompt files and config. */
public record VideoSize(int width, int height) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2,5})\\s*[xX]\\s*(\\d{2,5})");

    public VideoSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + width + "x" + height);
        }
    }

    /** Parses {@code 1280x720}; throws {@link IllegalArgumentException} with a readable message otherwise. */
    public static VideoSize parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("size '" + text + "' is not WIDTHxHEIGHT, e.g. 1280x720");
        }
        return new VideoSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Width over height, for nearest-size suggestions. */
    public double aspect() {
        return (double) width / height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
