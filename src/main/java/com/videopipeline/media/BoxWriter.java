package com.videopipeline.media;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Builds small ISO-BMFF boxes in memory, filling in each box's size when it is closed. */
final class BoxWriter {

    static final long MAX_32 = 0xFFFF_FFFFL;

    private byte[] bytes = new byte[1024];
    private int length;
    private final Deque<Integer> openBoxes = new ArrayDeque<>();

    /** A header for a box streamed elsewhere: 8 bytes, or 16 with a 64-bit largesize once it passes 4 GiB. */
    static byte[] header(String type, long payloadBytes) {
        BoxWriter w = new BoxWriter();
        if (payloadBytes + 8 <= MAX_32) {
            w.u32(payloadBytes + 8).fourCc(type);
        } else {
            w.u32(1).fourCc(type).u64(payloadBytes + 16);
        }
        return w.toByteArray();
    }

    BoxWriter open(String type) {
        openBoxes.push(length);
        return u32(0).fourCc(type);
    }

    BoxWriter openFull(String type, int version, int flags) {
        return open(type).u8(version).u24(flags);
    }

    BoxWriter close() {
        int start = openBoxes.pop();
        putU32At(start, length - start);
        return this;
    }

    BoxWriter u8(int value) {
        ensure(1);
        bytes[length++] = (byte) value;
        return this;
    }

    BoxWriter u16(int value) {
        return u8(value >>> 8).u8(value);
    }

    BoxWriter u24(int value) {
        return u8(value >>> 16).u16(value);
    }

    BoxWriter u32(long value) {
        return u16((int) (value >>> 16)).u16((int) value);
    }

    BoxWriter u64(long value) {
        return u32(value >>> 32).u32(value);
    }

    BoxWriter fourCc(String type) {
        return bytes(type.getBytes(StandardCharsets.US_ASCII));
    }

    BoxWriter bytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
        return this;
    }

    BoxWriter zeros(int count) {
        ensure(count);
        length += count;
        return this;
    }

    byte[] toByteArray() {
        if (!openBoxes.isEmpty()) {
            throw new IllegalStateException(openBoxes.size() + " boxes still open");
        }
        return Arrays.copyOf(bytes, length);
    }

    private void putU32At(int position, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[position + i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
