package com.videopipeline.media;

/**
 * Writes stbl. All samples sit in one chunk right after the mdat header, which keeps the tables a few
 * dozen bytes long whatever the duration. No stss: its absence marks every sample as a sync sample.
 */
final class SampleTables {

    private static final int NAL_LENGTH_SIZE_MINUS_ONE = 3;

    private SampleTables() {
    }

    static void write(BoxWriter w, TrackPlan plan, long chunkOffset) {
        w.open("stbl");
        sampleDescription(w, plan);
        w.openFull("stts", 0, 0).u32(1).u32(plan.frames()).u32(TrackPlan.TICKS_PER_FRAME).close();
        w.openFull("stsc", 0, 0).u32(1).u32(1).u32(plan.frames()).u32(1).close();
        sampleSizes(w, plan);
        chunkOffsets(w, chunkOffset);
        w.close();
    }

    private static void sampleDescription(BoxWriter w, TrackPlan plan) {
        w.openFull("stsd", 0, 0).u32(1);
        w.open("avc1").zeros(6).u16(1).zeros(16).u16(plan.width()).u16(plan.height());
        w.u32(0x480000).u32(0x480000).u32(0).u16(1).zeros(32).u16(0x18).u16(0xFFFF);
        avcConfiguration(w, plan.frame());
        w.close().close();
    }

    private static void avcConfiguration(BoxWriter w, EncodedFrame frame) {
        byte[] sps = frame.sps();
        byte[] pps = frame.pps();
        int reservedBits6 = 0xFC;
        int reservedBits3 = 0xE0;
        w.open("avcC").u8(1).u8(sps[1]).u8(sps[2]).u8(sps[3]).u8(reservedBits6 | NAL_LENGTH_SIZE_MINUS_ONE);
        w.u8(reservedBits3 | 1).u16(sps.length).bytes(sps);
        w.u8(1).u16(pps.length).bytes(pps).close();
    }

    private static void sampleSizes(BoxWriter w, TrackPlan plan) {
        EncodedFrame frame = plan.frame();
        w.openFull("stsz", 0, 0);
        if (frame.hasUniformSampleSize()) {
            w.u32(frame.sampleFor(0).length).u32(plan.frames());
        } else {
            w.u32(0).u32(plan.frames());
            for (int i = 0; i < plan.frames(); i++) {
                w.u32(frame.sampleFor(i).length);
            }
        }
        w.close();
    }

    private static void chunkOffsets(BoxWriter w, long chunkOffset) {
        if (chunkOffset > BoxWriter.MAX_32) {
            w.openFull("co64", 0, 0).u32(1).u64(chunkOffset).close();
        } else {
            w.openFull("stco", 0, 0).u32(1).u32(chunkOffset).close();
        }
    }
}
