package com.videopipeline.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Writes zero runs as holes, so tests can make multi-gigabyte padded MP4s without the disk space or time. */
final class SparseFileOutputStream extends OutputStream {

    private static final byte[] ZEROS = new byte[1 << 16];

    private final FileChannel channel;
    private long position;

    SparseFileOutputStream(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SPARSE);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int done = 0; done < length; ) {
            int chunk = Math.min(length - done, ZEROS.length);
            if (Arrays.mismatch(bytes, offset + done, offset + done + chunk, ZEROS, 0, chunk) >= 0) {
                ByteBuffer data = ByteBuffer.wrap(bytes, offset + done, chunk);
                for (long at = position; data.hasRemaining(); ) {
                    at += channel.write(data, at);
                }
            }
            position += chunk;
            done += chunk;
        }
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            if (channel.size() < position) {
                // a trailing hole needs one real byte at the end to give the file its length
                channel.write(ByteBuffer.wrap(new byte[1]), position - 1);
            }
        }
    }
}
