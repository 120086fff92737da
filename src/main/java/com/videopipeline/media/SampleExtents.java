package com.videopipeline.media;

import java.io.IOException;
import java.util.List;

import org.mp4parser.boxes.iso14496.part12.ChunkOffsetBox;
import org.mp4parser.boxes.iso14496.part12.SampleSizeBox;
import org.mp4parser.boxes.iso14496.part12.SampleTableBox;
import org.mp4parser.boxes.iso14496.part12.SampleToChunkBox;

/**
 * Checks that every sample the tables point at lies inside the file. Box headers alone miss a cut-off file
 * whose last box says "extends to end of file".
 */
final class SampleExtents {

    private SampleExtents() {
    }

    static void checkWithin(SampleTableBox stbl, long fileSize) throws IOException {
        ChunkOffsetBox chunkOffsets = stbl.getChunkOffsetBox();
        SampleToChunkBox sampleToChunk = stbl.getSampleToChunkBox();
        if (chunkOffsets == null || sampleToChunk == null) {
            throw new InvalidVideoException("the video track does not say where its samples are (no stco or stsc)");
        }
        TableGuard.checkChunkOffsets(chunkOffsets);
        TableGuard.checkSampleToChunk(sampleToChunk);
        long end;
        try {
            end = samplesEnd(chunkOffsets.getChunkOffsets(), sampleToChunk.getEntries(), stbl.getSampleSizeBox());
        } catch (ArithmeticException overflow) {
            end = Long.MAX_VALUE;
        }
        if (end > fileSize) {
            throw new InvalidVideoException("truncated, video samples extend to byte " + end
                    + " but the file has " + fileSize + " bytes");
        }
    }

    private static long samplesEnd(long[] offsets, List<SampleToChunkBox.Entry> runs, SampleSizeBox sizes) {
        if (runs.isEmpty()) {
            throw new InvalidVideoException("corrupt, the 'stsc' box maps no samples to chunks");
        }
        long sample = 0;
        long end = 0;
        int run = 0;
        for (int chunk = 0; chunk < offsets.length && sample < sizes.getSampleCount(); chunk++) {
            while (run + 1 < runs.size() && runs.get(run + 1).getFirstChunk() <= chunk + 1) {
                run++;
            }
            long inChunk = Math.min(runs.get(run).getSamplesPerChunk(), sizes.getSampleCount() - sample);
            long chunkEnd = Math.addExact(offsets[chunk], bytesOf(sizes, sample, inChunk));
            end = Math.max(end, offsets[chunk] < 0 ? Long.MAX_VALUE : chunkEnd);
            sample += inChunk;
        }
        return end;
    }

    /** Constant-size samples are multiplied out: their count is not backed by a table and may be huge. */
    private static long bytesOf(SampleSizeBox sizes, long first, long count) {
        if (sizes.getSampleSize() > 0) {
            return Math.multiplyExact(sizes.getSampleSize(), count);
        }
        long bytes = 0;
        for (long i = first; i < first + count; i++) {
            bytes += sizes.getSampleSizeAtIndex((int) i);
        }
        return bytes;
    }
}
