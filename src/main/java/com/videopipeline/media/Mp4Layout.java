package com.videopipeline.media;

import java.io.IOException;
import java.io.OutputStream;

/** The byte layout of one synthetic MP4, settled before streaming so its exact length is known up front. */
final class Mp4Layout {

    private static final byte[] ZEROS = new byte[64 * 1024];

    private final TrackPlan plan;
    private final byte[] movie;
    private final byte[] freeHeader;
    private final long paddingBytes;
    private final byte[] mdatHeader;

    private Mp4Layout(TrackPlan plan, byte[] movie, byte[] freeHeader, long paddingBytes, byte[] mdatHeader) {
        this.plan = plan;
        this.movie = movie;
        this.freeHeader = freeHeader;
        this.paddingBytes = paddingBytes;
        this.mdatHeader = mdatHeader;
    }

    static Mp4Layout of(TrackPlan plan, long paddingBytes) {
        byte[] freeHeader = paddingBytes == 0 ? new byte[0] : BoxWriter.header("free", paddingBytes);
        byte[] mdatHeader = BoxWriter.header("mdat", plan.payloadBytes());
        long afterMovie = freeHeader.length + paddingBytes + mdatHeader.length;
        long offset = MovieBoxes.write(plan, 0).length + afterMovie;
        if (offset > BoxWriter.MAX_32) {
            // co64 entries are 4 bytes wider than stco entries, which pushes the samples back by as much
            offset += 4;
        }
        byte[] movie = MovieBoxes.write(plan, offset);
        if (movie.length + afterMovie != offset) {
            throw new IllegalStateException("moov size changed with its chunk offset");
        }
        return new Mp4Layout(plan, movie, freeHeader, paddingBytes, mdatHeader);
    }

    long length() {
        return movie.length + freeHeader.length + paddingBytes + mdatHeader.length + plan.payloadBytes();
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(movie);
        out.write(freeHeader);
        writePadding(out);
        out.write(mdatHeader);
        EncodedFrame frame = plan.frame();
        for (long i = 0; i < plan.frames(); i++) {
            out.write(frame.sampleFor(i));
        }
    }

    /** In chunks: the padding may be gigabytes and must never exist in memory whole. */
    private void writePadding(OutputStream out) throws IOException {
        long remaining = paddingBytes;
        while (remaining > 0) {
            int chunk = (int) Math.min(remaining, ZEROS.length);
            out.write(ZEROS, 0, chunk);
            remaining -= chunk;
        }
    }
}
