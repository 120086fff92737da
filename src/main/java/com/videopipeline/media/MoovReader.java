package com.videopipeline.media;

import java.io.IOException;
import java.util.List;

import org.mp4parser.Box;
import org.mp4parser.IsoFile;
import org.mp4parser.boxes.iso14496.part12.MediaBox;
import org.mp4parser.boxes.iso14496.part12.MediaHeaderBox;
import org.mp4parser.boxes.iso14496.part12.SampleDescriptionBox;
import org.mp4parser.boxes.iso14496.part12.SampleSizeBox;
import org.mp4parser.boxes.iso14496.part12.SampleTableBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.boxes.iso14496.part12.TrackHeaderBox;
import org.mp4parser.boxes.sampleentry.VisualSampleEntry;

/**
 * Reads the video track's facts from a moov box with isoparser. Only moov is handed over: isoparser copies
 * mdat to a temp file and reads free boxes into memory, which must not happen to gigabyte files.
 */
final class MoovReader {

    private MoovReader() {
    }

    static Mp4Info read(byte[] moov, long fileSize) {
        try (IsoFile iso = GuardedBoxParser.parse(moov)) {
            return describe(videoTrack(iso), fileSize);
        } catch (InvalidVideoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidVideoException("corrupt, isoparser cannot read the moov box: " + e, e);
        }
    }

    private static TrackBox videoTrack(IsoFile iso) {
        List<TrackBox> tracks = iso.getMovieBox() == null ? List.of() : iso.getMovieBox().getBoxes(TrackBox.class);
        return tracks.stream()
                .filter(track -> track.getMediaBox() != null && track.getMediaBox().getHandlerBox() != null)
                .filter(track -> "vide".equals(track.getMediaBox().getHandlerBox().getHandlerType()))
                .findFirst()
                .orElseThrow(() -> new InvalidVideoException("there is no video track among " + tracks.size()
                        + " track(s)"));
    }

    private static Mp4Info describe(TrackBox track, long fileSize) throws IOException {
        MediaBox media = track.getMediaBox();
        MediaHeaderBox mdhd = require(media.getMediaHeaderBox(), "mdhd");
        if (mdhd.getTimescale() <= 0) {
            throw new InvalidVideoException("the video track's timescale is " + mdhd.getTimescale());
        }
        SampleTableBox stbl = require(media.getMediaInformationBox() == null ? null
                : media.getMediaInformationBox().getSampleTableBox(), "stbl");
        long frames = frameCount(stbl);
        SampleExtents.checkWithin(stbl, fileSize);
        Box entry = sampleEntry(stbl);
        int[] size = pictureSize(entry, track.getTrackHeaderBox());
        double seconds = mdhd.getDuration() / (double) mdhd.getTimescale();
        return new Mp4Info(seconds, size[0], size[1], entry.getType(), frames);
    }

    private static long frameCount(SampleTableBox stbl) throws IOException {
        SampleSizeBox stsz = stbl.getSampleSizeBox();
        if (stsz != null) {
            TableGuard.checkSampleSizes(stsz);
        }
        if (stsz == null || stsz.getSampleCount() == 0) {
            throw new InvalidVideoException("the video track has no frames");
        }
        return stsz.getSampleCount();
    }

    private static Box sampleEntry(SampleTableBox stbl) {
        SampleDescriptionBox stsd = require(stbl.getSampleDescriptionBox(), "stsd");
        if (stsd.getBoxes().isEmpty()) {
            throw new InvalidVideoException("the video track has no sample description");
        }
        return stsd.getBoxes().get(0);
    }

    /** The sample entry states the coded picture size; tkhd's presentation size is the fallback. */
    private static int[] pictureSize(Box entry, TrackHeaderBox tkhd) {
        if (entry instanceof VisualSampleEntry visual && visual.getWidth() > 0 && visual.getHeight() > 0) {
            return new int[] {visual.getWidth(), visual.getHeight()};
        }
        if (tkhd == null) {
            throw new InvalidVideoException("the video track states no picture size");
        }
        return new int[] {(int) Math.round(tkhd.getWidth()), (int) Math.round(tkhd.getHeight())};
    }

    private static <T> T require(T box, String type) {
        if (box == null) {
            throw new InvalidVideoException("the video track has no " + type + " box");
        }
        return box;
    }
}
