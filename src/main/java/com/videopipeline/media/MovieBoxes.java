package com.videopipeline.media;

/** Writes ftyp and moov: everything a player needs before the first sample, so the file plays while streaming. */
final class MovieBoxes {

    private static final int TRACK_ID = 1;
    private static final int[] UNITY_MATRIX = {0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000};
    /** ISO 639-2 "und", packed as three 5-bit letters. */
    private static final int LANGUAGE_UNDETERMINED = 0x55C4;

    private MovieBoxes() {
    }

    /** ftyp + moov for a file whose single chunk of samples starts at {@code chunkOffset}. */
    static byte[] write(TrackPlan plan, long chunkOffset) {
        BoxWriter w = new BoxWriter();
        w.open("ftyp").fourCc("isom").u32(0x200).fourCc("isom").fourCc("iso2").fourCc("avc1").fourCc("mp41").close();
        w.open("moov");
        movieHeader(w, plan);
        w.open("trak");
        trackHeader(w, plan);
        w.open("mdia");
        mediaHeader(w, plan);
        w.openFull("hdlr", 0, 0).u32(0).fourCc("vide").zeros(12).fourCc("VideoHandler").u8(0).close();
        mediaInformation(w, plan, chunkOffset);
        w.close().close().close();
        return w.toByteArray();
    }

    private static void movieHeader(BoxWriter w, TrackPlan plan) {
        w.openFull("mvhd", 0, 0).u32(0).u32(0).u32(TrackPlan.MOVIE_TIMESCALE).u32(plan.movieDuration());
        w.u32(0x10000).u16(0x100).zeros(10);
        matrix(w);
        w.zeros(24).u32(TRACK_ID + 1).close();
    }

    private static void trackHeader(BoxWriter w, TrackPlan plan) {
        int enabledAndInMovie = 0x3;
        w.openFull("tkhd", 0, enabledAndInMovie).u32(0).u32(0).u32(TRACK_ID).u32(0).u32(plan.movieDuration());
        w.zeros(8).u16(0).u16(0).u16(0).u16(0);
        matrix(w);
        w.u32((long) plan.width() << 16).u32((long) plan.height() << 16).close();
    }

    private static void mediaHeader(BoxWriter w, TrackPlan plan) {
        w.openFull("mdhd", 0, 0).u32(0).u32(0).u32(plan.mediaTimescale()).u32(plan.mediaDuration());
        w.u16(LANGUAGE_UNDETERMINED).u16(0).close();
    }

    private static void mediaInformation(BoxWriter w, TrackPlan plan, long chunkOffset) {
        w.open("minf");
        w.openFull("vmhd", 0, 1).u16(0).zeros(6).close();
        int selfContained = 0x1;
        w.open("dinf").openFull("dref", 0, 0).u32(1).openFull("url ", 0, selfContained).close().close().close();
        SampleTables.write(w, plan, chunkOffset);
        w.close();
    }

    private static void matrix(BoxWriter w) {
        for (int value : UNITY_MATRIX) {
            w.u32(value);
        }
    }
}
