package com.videopipeline.media;

/** Maps a colour seed to one of a few distinct colours, so different prompts give visibly different videos. */
final class Palette {

    private static final int[] COLOURS = {
        0xE53935, 0x1E88E5, 0x43A047, 0xFDD835, 0x8E24AA, 0xFB8C00, 0x00ACC1, 0x6D4C41,
    };

    private Palette() {
    }

    static int rgbFor(long seed) {
        return COLOURS[(int) Math.floorMod(seed, (long) COLOURS.length)];
    }

    /**
     * BT.601 limited-range Y, Cb, Cr: the SPS carries no colour description, and that is what decoders then
     * assume, so the picture shows the intended colour.
     */
    static int[] toYCbCr(int rgb) {
        int r = (rgb >>> 16) & 0xFF;
        int g = (rgb >>> 8) & 0xFF;
        int b = rgb & 0xFF;
        double y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255;
        double cb = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255;
        double cr = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255;
        return new int[] {clamp(y), clamp(cb), clamp(cr)};
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
