package com.videopipeline.media;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.codecs.h264.io.model.NALUnit;
import org.jcodec.codecs.h264.io.model.NALUnitType;
import org.jcodec.codecs.h264.io.model.PictureParameterSet;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.SliceHeader;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;

/** Encodes a solid-colour picture once with jcodec; the slow step that {@link FrameCache} exists to avoid repeating. */
final class SolidFrameEncoder {

    /**
     * Back-to-back IDR pictures must differ in idr_pic_id (H.264 7.4.3), so frames alternate between two copies
     * of the slice. Both ids are 3-bit Exp-Golomb codes, which keeps the two copies the same size.
     */
    private static final int[] IDR_PIC_IDS = {1, 2};

    EncodedFrame encode(int width, int height, int rgb) {
        Picture picture = solidPicture(width, height, Palette.toYCbCr(rgb));
        ByteBuffer annexB = H264Encoder.createH264Encoder().encodeIDRFrame(picture, outputBuffer(picture));
        List<ByteBuffer> nalUnits = H264Utils.splitFrame(annexB);
        byte[] sps = toArray(nalOfType(nalUnits, NALUnitType.SPS));
        byte[] pps = toArray(nalOfType(nalUnits, NALUnitType.PPS));
        byte[] slice = toArray(nalOfType(nalUnits, NALUnitType.IDR_SLICE));
        List<byte[]> samples = Arrays.stream(IDR_PIC_IDS)
                .mapToObj(id -> lengthPrefixed(withIdrPicId(slice, id, sps, pps)))
                .toList();
        return new EncodedFrame(sps, pps, samples);
    }

    /** Macroblock-aligned planes cropped to the real size, so the SPS gets cropping offsets (1080 stays 1080). */
    private static Picture solidPicture(int width, int height, int[] yCbCr) {
        int codedWidth = (width + 15) & ~15;
        int codedHeight = (height + 15) & ~15;
        Picture picture = Picture.createCropped(codedWidth, codedHeight, ColorSpace.YUV420J,
                new Rect(0, 0, width, height));
        for (int plane = 0; plane < 3; plane++) {
            // jcodec stores 8-bit samples shifted down by 128 into signed bytes
            Arrays.fill(picture.getPlaneData(plane), (byte) (yCbCr[plane] - 128));
        }
        return picture;
    }

    private static ByteBuffer outputBuffer(Picture picture) {
        return ByteBuffer.allocate(picture.getWidth() * picture.getHeight() + (1 << 16));
    }

    private static byte[] withIdrPicId(byte[] slice, int idrPicId, byte[] sps, byte[] pps) {
        SeqParameterSet seq = H264Utils.readSPS(ByteBuffer.wrap(sps, 1, sps.length - 1));
        PictureParameterSet pic = H264Utils.readPPS(ByteBuffer.wrap(pps, 1, pps.length - 1));
        ByteBuffer in = ByteBuffer.wrap(slice.clone());
        NALUnit header = NALUnit.read(in);
        ByteBuffer out = ByteBuffer.allocate(slice.length * 2 + 16);
        header.write(out);
        new H264Utils.SliceHeaderTweaker() {
            @Override
            protected void tweak(SliceHeader sliceHeader) {
                sliceHeader.idrPicId = idrPicId;
            }
        }.runSpsPps(in, out, header, seq, pic);
        return withoutTrailingZeros(out.flip());
    }

    /** The tweaker's bit shift can leave zero bytes after the stop bit; a NAL unit must not end in 0x00. */
    private static byte[] withoutTrailingZeros(ByteBuffer nal) {
        int end = nal.limit();
        while (end > 1 && nal.get(end - 1) == 0) {
            end--;
        }
        return Arrays.copyOfRange(nal.array(), 0, end);
    }

    private static ByteBuffer nalOfType(List<ByteBuffer> nalUnits, NALUnitType type) {
        return nalUnits.stream()
                .filter(nal -> NALUnit.read(nal.duplicate()).type == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("jcodec produced no " + type + " NAL unit"));
    }

    private static byte[] lengthPrefixed(byte[] nal) {
        return ByteBuffer.allocate(4 + nal.length).putInt(nal.length).put(nal).array();
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
