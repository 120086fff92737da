package com.videopipeline.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;

import org.mp4parser.IsoFile;
import org.mp4parser.ParsableBox;
import org.mp4parser.PropertyBoxParserImpl;
import org.mp4parser.boxes.iso14496.part12.FreeBox;

/**
 * isoparser's box parser with a guard: a box claiming more bytes than the moov has left is rejected before
 * isoparser allocates a buffer of the claimed size, since one corrupt length field would otherwise exhaust the
 * heap. Not thread-safe, like the parser it extends; use one per parse.
 */
final class GuardedBoxParser extends PropertyBoxParserImpl {

    static {
        IsoparserBoxMap.prime();
    }

    private GuardedBoxParser() {
    }

    static IsoFile parse(byte[] moov) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(moov);
        if (bytes.getInt(0) == 0) {
            // "extends to end of file" is legal for a last top-level moov; state the size the guard will check
            bytes.putInt(0, moov.length);
        }
        return new IsoFile(new MoovChannel(bytes), new GuardedBoxParser());
    }

    @Override
    public ParsableBox parseBox(ReadableByteChannel channel, String parentType) throws IOException {
        if (channel instanceof MoovChannel moov) {
            String type = moov.checkNextBoxFits();
            if (type.equals("meta")) {
                // MetaBox re-wraps the channel, which would take its children past this guard; none is needed.
                // The stand-in must be as long as the skipped box, since the parent counts its children's sizes.
                return new FreeBox(moov.skip() - 8);
            }
        }
        return super.parseBox(channel, parentType);
    }

    /** The moov bytes as a channel that can look at the next box header before isoparser consumes it. */
    private static final class MoovChannel implements ReadableByteChannel {
        private final ByteBuffer bytes;
        private long nextBoxSize;

        MoovChannel(ByteBuffer bytes) {
            this.bytes = bytes;
        }

        /** Returns the next box's type, having checked that the box fits in the bytes left. */
        String checkNextBoxFits() {
            int at = bytes.position();
            if (bytes.remaining() < 8) {
                return ""; // isoparser reports a header cut short itself
            }
            nextBoxSize = Integer.toUnsignedLong(bytes.getInt(at));
            if (nextBoxSize == 1 && bytes.remaining() >= 16) {
                nextBoxSize = bytes.getLong(at + 8);
            }
            String type = new String(bytes.array(), at + 4, 4, StandardCharsets.ISO_8859_1);
            if (nextBoxSize < 8 || nextBoxSize > bytes.remaining()) {
                throw new InvalidVideoException("corrupt, box '" + type + "' at offset " + at + " of moov declares "
                        + nextBoxSize + " bytes but " + bytes.remaining() + " are left");
            }
            return type;
        }

        /** Skips the box just checked and returns its size. */
        int skip() {
            bytes.position(bytes.position() + (int) nextBoxSize);
            return (int) nextBoxSize;
        }

        @Override
        public int read(ByteBuffer destination) {
            if (!bytes.hasRemaining()) {
                return -1;
            }
            int count = Math.min(destination.remaining(), bytes.remaining());
            destination.put(destination.position(), bytes, bytes.position(), count);
            destination.position(destination.position() + count);
            bytes.position(bytes.position() + count);
            return count;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
