package com.videopipeline.media;

/** Rejects specs the muxer cannot honour, before any encoding or streaming starts. */
final class SpecRules {

    /**
     * Covers 4K in either orientation and bounds one encode's memory: jcodec holds several full planes and a
     * picture-sized output buffer at once, under 100 MB at 4096x4096.
     */
    static final int MAX_DIMENSION = 4096;
    /** Keeps every 32-bit duration field and the stsz table small (about nine hours at 30 fps). */
    static final long MAX_FRAMES = 1_000_000;
    static final int MAX_FPS = 1000;
    /** Far beyond any streaming test, and keeps all length arithmetic clear of overflow. */
    static final long MAX_PADDING = 1L << 40;

    private SpecRules() {
    }

    /** Validates the spec and returns its frame count, round(seconds * fps). */
    static int frameCount(VideoSpec spec) {
        checkDimension("width", spec.width());
        checkDimension("height", spec.height());
        check(spec.fps() > 0 && spec.fps() <= MAX_FPS, "fps must be 1.." + MAX_FPS + ", got " + spec.fps());
        check(spec.seconds() > 0 && Double.isFinite(spec.seconds()),
                "seconds must be positive and finite, got " + spec.seconds());
        check(spec.paddingBytes() >= 0 && spec.paddingBytes() <= MAX_PADDING,
                "paddingBytes must be 0.." + MAX_PADDING + ", got " + spec.paddingBytes());
        long frames = Math.round(spec.seconds() * spec.fps());
        check(frames >= 1, spec.seconds() + " s at " + spec.fps() + " fps rounds to no frames");
        check(frames <= MAX_FRAMES, frames + " frames is more than the " + MAX_FRAMES + " supported");
        return (int) frames;
    }

    private static void checkDimension(String name, int value) {
        check(value > 0 && value <= MAX_DIMENSION, name + " must be 1.." + MAX_DIMENSION + ", got " + value);
        // 4:2:0 chroma and the SPS crop offsets both count in pairs of pixels
        check(value % 2 == 0, name + " must be even for 4:2:0 H.264, got " + value);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
