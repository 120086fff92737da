package com.videopipeline.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Walks the top-level boxes of a file reading only their headers. That catches truncation and non-MP4 input
 * and finds moov without touching mdat or free payloads, which may be gigabytes.
 */
final class TopLevelBoxes {

    /** moov is held in memory to parse it; real ones are kilobytes to a few megabytes. */
    static final long MAX_MOOV_BYTES = 16L << 20;

    private TopLevelBoxes() {
    }

    /** Checks every top-level box and returns the bytes of the first moov box, header included. */
    static byte[] readMoov(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        if (fileSize == 0) {
            throw new InvalidVideoException("not an MP4, the file is empty");
        }
        BoxHeader moov = null;
        for (long position = 0; position < fileSize; ) {
            BoxHeader box = BoxHeader.read(channel, position);
            box.checkWithin(fileSize);
            if (moov == null && box.type().equals("moov")) {
                moov = box;
            }
            position = box.end();
        }
        if (moov == null) {
            throw new InvalidVideoException("there is no moov box, so no track information");
        }
        return readWhole(channel, moov);
    }

    private static byte[] readWhole(FileChannel channel, BoxHeader moov) throws IOException {
        if (moov.size() > MAX_MOOV_BYTES) {
            throw new InvalidVideoException("the moov box is " + moov.size() + " bytes, more than the "
                    + MAX_MOOV_BYTES + " this inspector accepts");
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) moov.size());
        BoxHeader.readFully(channel, bytes, moov.offset());
        return bytes.array();
    }
}
