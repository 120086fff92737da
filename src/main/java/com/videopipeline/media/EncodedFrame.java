package com.videopipeline.media;

import java.util.List;

/**
 * One encoded picture, ready to be muxed.
 *
 * @param sps     sequence parameter set NAL unit, header byte included, as avcC stores it
 * @param pps     picture parameter set NAL unit, header byte included
 * @param samples interchangeable length-prefixed IDR samples; frame {@code i} uses {@code samples[i % size]}
 */
record EncodedFrame(byte[] sps, byte[] pps, List<byte[]> samples) {

    byte[] sampleFor(long frameIndex) {
        return samples.get((int) (frameIndex % samples.size()));
    }

    /** Total bytes of the first {@code frames} samples. */
    long payloadBytes(long frames) {
        int variants = samples.size();
        long total = 0;
        for (int k = 0; k < variants; k++) {
            long uses = (frames - k + variants - 1) / variants;
            total += uses * samples.get(k).length;
        }
        return total;
    }

    boolean hasUniformSampleSize() {
        return samples.stream().mapToInt(s -> s.length).distinct().count() == 1;
    }
}
