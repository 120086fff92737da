package com.videopipeline.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * One stretch of a file as an upload body, read from disk each time the SDK asks (a retry reopens it) and never
 * held in memory. While it streams it computes the stretch's MD5, to check against the ETag the store answers, and
 * carries the whole file's SHA-256 on from where the previous stretch left it.
 */
final class PartContent implements ContentStreamProvider {

    private final Path file;
    private final long offset;
    private final long length;
    private final MessageDigest wholeBefore;
    private MessageDigest md5;
    private MessageDigest whole;

    PartContent(Path file, long offset, long length, MessageDigest wholeBefore) {
        this.file = file;
        this.offset = offset;
        this.length = length;
        this.wholeBefore = wholeBefore;
    }

    @Override
    public InputStream newStream() {
        try {
            md5 = MessageDigest.getInstance("MD5");
            whole = (MessageDigest) wholeBefore.clone();
            FileChannel channel = FileChannel.open(file).position(offset);
            InputStream bounded = new Bounded(Channels.newInputStream(channel), length);
            return new DigestInputStream(new DigestInputStream(bounded, md5), whole);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The MD5 of the bytes last streamed, as S3 spells a plain ETag. */
    String md5Hex() {
        return HexFormat.of().formatHex(md5.digest());
    }

    /** The whole file's SHA-256 state after the bytes last streamed. */
    MessageDigest whole() {
        return whole;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class Bounded extends FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buf, off, (int) Math.min(len, remaining));
            remaining -= n < 0 ? 0 : n;
            return n;
        }
    }
}
