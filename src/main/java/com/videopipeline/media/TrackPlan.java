package com.videopipeline.media;

/** Everything the moov box describes about the one video track. */
record TrackPlan(int width, int height, int fps, int frames, EncodedFrame frame) {

    /** Ticks per frame; 512 as ffmpeg uses, so every timestamp is an exact multiple of the frame duration. */
    static final int TICKS_PER_FRAME = 512;
    static final int MOVIE_TIMESCALE = 1000;

    long mediaTimescale() {
        return (long) fps * TICKS_PER_FRAME;
    }

    long mediaDuration() {
        return (long) frames * TICKS_PER_FRAME;
    }

    long movieDuration() {
        return Math.round(frames * (double) MOVIE_TIMESCALE / fps);
    }

    long payloadBytes() {
        return frame.payloadBytes(frames);
    }
}
