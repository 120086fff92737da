package com.videopipeline.media;

/** What an MP4 file really contains, read from its boxes. */
public record Mp4Info(double durationSeconds, int width, int height, String codec, long frames) {
}
