package com.videopipeline.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Makes lossless WebP images of one colour, e.g. as stand-in thumbnails. Every prefix code has a single
 * symbol, so each pixel costs zero bits and the whole image is a few dozen bytes at any size.
 */
public final class WebpImage {

    private static final int MAX_DIMENSION = 1 << 14;
    private static final int VP8L_SIGNATURE = 0x2F;
    private static final int OPAQUE = 0xFF;
    private static final int NO_DISTANCE = 0;

    private WebpImage() {
    }

    /**
     * @param rgb colour as 0xRRGGBB; the image is opaque
     * @throws IllegalArgumentException if a side is outside 1..16384, the VP8L limit
     */
    public static byte[] solid(int width, int height, int rgb) {
        if (width < 1 || width > MAX_DIMENSION || height < 1 || height > MAX_DIMENSION) {
            throw new IllegalArgumentException("WebP sides must be 1.." + MAX_DIMENSION + ", got " + width + "x"
                    + height);
        }
        return riff(vp8l(width, height, rgb));
    }

    private static byte[] vp8l(int width, int height, int rgb) {
        LsbBitWriter bits = new LsbBitWriter();
        bits.write(VP8L_SIGNATURE, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // alpha_is_used: a hint only, and every pixel is opaque
        bits.write(0, 3); // version
        bits.write(0, 1); // no transforms
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // one prefix-code group for the whole image
        // code order is fixed by the format: green, red, blue, alpha, distance
        singleSymbolCode(bits, (rgb >>> 8) & 0xFF);
        singleSymbolCode(bits, (rgb >>> 16) & 0xFF);
        singleSymbolCode(bits, rgb & 0xFF);
        singleSymbolCode(bits, OPAQUE);
        singleSymbolCode(bits, NO_DISTANCE);
        return bits.toByteArray();
    }

    /** A "simple" prefix code with one symbol: decoding it reads no bits at all. */
    private static void singleSymbolCode(LsbBitWriter bits, int symbol) {
        bits.write(1, 1); // simple code
        bits.write(0, 1); // one symbol
        boolean needsEightBits = symbol > 1;
        bits.write(needsEightBits ? 1 : 0, 1);
        bits.write(symbol, needsEightBits ? 8 : 1);
    }

    private static byte[] riff(byte[] vp8l) {
        int padding = vp8l.length % 2;
        int riffPayload = 4 + 8 + vp8l.length + padding;
        ByteBuffer file = ByteBuffer.allocate(8 + riffPayload).order(ByteOrder.LITTLE_ENDIAN);
        file.put(ascii("RIFF")).putInt(riffPayload).put(ascii("WEBP"));
        file.put(ascii("VP8L")).putInt(vp8l.length).put(vp8l);
        return file.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** VP8L packs bit fields starting at the least significant bit of each byte. */
    private static final class LsbBitWriter {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int pending;
        private int pendingBits;

        void write(int value, int bitCount) {
            for (int i = 0; i < bitCount; i++) {
                pending |= ((value >>> i) & 1) << pendingBits;
                if (++pendingBits == 8) {
                    bytes.write(pending);
                    pending = 0;
                    pendingBits = 0;
                }
            }
        }

        byte[] toByteArray() {
            if (pendingBits > 0) {
                bytes.write(pending);
            }
            return bytes.toByteArray();
        }
    }
}
