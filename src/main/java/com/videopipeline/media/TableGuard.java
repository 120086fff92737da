package com.videopipeline.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;

import org.mp4parser.Box;
import org.mp4parser.boxes.iso14496.part12.ChunkOffset64BitBox;

/**
 * Checks a table's entry count against the bytes the box really has, before isoparser parses it: isoparser
 * sizes its arrays from the count, so one corrupt count would otherwise exhaust the heap.
 */
final class TableGuard {

    private static final int AFTER_VERSION_AND_FLAGS = 4;

    private TableGuard() {
    }

    /** stsz: sample_size, then sample_count, then a 4-byte entry per sample only when sample_size is 0. */
    static void checkSampleSizes(Box stsz) throws IOException {
        ByteBuffer content = rawContent(stsz);
        boolean sizesListed = content.remaining() >= 8 && content.getInt(AFTER_VERSION_AND_FLAGS) == 0;
        checkCount(stsz, content, AFTER_VERSION_AND_FLAGS + 4, sizesListed ? 4 : 0);
    }

    static void checkSampleToChunk(Box stsc) throws IOException {
        checkCount(stsc, rawContent(stsc), AFTER_VERSION_AND_FLAGS, 12);
    }

    static void checkChunkOffsets(Box stcoOrCo64) throws IOException {
        int entryBytes = stcoOrCo64 instanceof ChunkOffset64BitBox ? 8 : 4;
        checkCount(stcoOrCo64, rawContent(stcoOrCo64), AFTER_VERSION_AND_FLAGS, entryBytes);
    }

    private static void checkCount(Box table, ByteBuffer content, int countAt, int entryBytes) {
        if (content.remaining() < countAt + 4) {
            throw new InvalidVideoException("corrupt, the '" + table.getType() + "' box is too short");
        }
        long count = Integer.toUnsignedLong(content.getInt(countAt));
        long room = content.remaining() - countAt - 4L;
        if (count * entryBytes > room) {
            throw new InvalidVideoException("corrupt, the '" + table.getType() + "' box lists " + count
                    + " entries but has room for " + room / entryBytes);
        }
    }

    /** An unparsed isoparser box writes out its raw bytes, so this does not trigger the parse it guards. */
    private static ByteBuffer rawContent(Box box) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        box.getBox(Channels.newChannel(bytes));
        ByteBuffer raw = ByteBuffer.wrap(bytes.toByteArray());
        int headerLength = raw.getInt(0) == 1 ? 16 : 8;
        return raw.position(headerLength).slice();
    }
}
