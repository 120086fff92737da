package com.videopipeline.media;

/**
 * What a synthetic MP4 should look like.
 *
 * @param seconds      duration in seconds
 * @param colorSeed    picks the picture's colour, so different prompts give visibly different videos
 * @param paddingBytes extra bytes in a {@code free} box, to make large files for streaming tests (0 for none)
 */
public record VideoSpec(int width, int height, double seconds, int fps, long colorSeed, long paddingBytes) {
}
