package com.videopipeline.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;

/** One top-level box header as found in a file: where the box starts, its type, and the bytes it declares. */
record BoxHeader(long offset, String type, long size, int headerLength) {

    private static final long SIZE_EXTENDS_TO_END_OF_FILE = 0;
    private static final long SIZE_IN_LARGESIZE_FIELD = 1;
    /** Boxes an MP4 may open with; anything else at offset 0 means some other kind of file. */
    private static final Set<String> LEADING_TYPES =
            Set.of("ftyp", "styp", "moov", "mdat", "free", "skip", "wide", "pdin");

    static BoxHeader read(FileChannel channel, long offset) throws IOException {
        long available = channel.size() - offset;
        if (available < 8) {
            throw new InvalidVideoException(offset == 0
                    ? "not an MP4, the file has only " + available + " bytes"
                    : "truncated, " + available + " stray bytes at offset " + offset + ", too few for a box header");
        }
        ByteBuffer header = ByteBuffer.allocate(8);
        readFully(channel, header, offset);
        String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
        checkPlausible(offset, type, header.array());
        long size = Integer.toUnsignedLong(header.getInt(0));
        if (size == SIZE_EXTENDS_TO_END_OF_FILE) {
            return new BoxHeader(offset, type, available, 8);
        }
        if (size == SIZE_IN_LARGESIZE_FIELD) {
            return new BoxHeader(offset, type, readLargeSize(channel, offset, type), 16);
        }
        return new BoxHeader(offset, type, size, 8);
    }

    static void readFully(FileChannel channel, ByteBuffer into, long offset) throws IOException {
        while (into.hasRemaining()) {
            if (channel.read(into, offset + into.position()) < 0) {
                throw new InvalidVideoException("truncated, the file ended while reading offset " + offset);
            }
        }
    }

    long end() {
        return offset + size;
    }

    void checkWithin(long fileSize) {
        if (size < headerLength) {
            throw new InvalidVideoException("corrupt, box '" + type + "' at offset " + offset + " declares "
                    + size + " bytes, less than its own header");
        }
        if (size > fileSize - offset) {
            throw new InvalidVideoException("truncated, box '" + type + "' at offset " + offset + " declares "
                    + size + " bytes but the file ends " + (fileSize - offset) + " bytes after its start");
        }
    }

    private static void checkPlausible(long offset, String type, byte[] header) {
        boolean textType = type.chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || c == 0xA9);
        if (offset == 0 && !(textType && LEADING_TYPES.contains(type))) {
            throw new InvalidVideoException("not an MP4, the file starts with "
                    + HexFormat.ofDelimiter(" ").formatHex(header) + ", which is no MP4 box header");
        }
        if (!textType) {
            throw new InvalidVideoException("corrupt, the bytes at offset " + offset + " ("
                    + HexFormat.ofDelimiter(" ").formatHex(header) + ") are no box header");
        }
    }

    private static long readLargeSize(FileChannel channel, long offset, String type) throws IOException {
        if (channel.size() - offset < 16) {
            throw new InvalidVideoException("truncated, box '" + type + "' at offset " + offset
                    + " has no room for its 64-bit size");
        }
        ByteBuffer largeSize = ByteBuffer.allocate(8);
        readFully(channel, largeSize, offset + 8);
        return largeSize.getLong(0);
    }
}
