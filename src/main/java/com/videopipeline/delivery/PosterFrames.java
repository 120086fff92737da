package com.videopipeline.delivery;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.api.specific.AVCMP4Adaptor;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.MP4Util;
import org.jcodec.containers.mp4.boxes.Box;
import org.jcodec.containers.mp4.boxes.MovieBox;
import org.jcodec.containers.mp4.boxes.NodeBox;
import org.jcodec.containers.mp4.boxes.SampleSizesBox;
import org.jcodec.containers.mp4.boxes.TrakBox;
import org.jcodec.containers.mp4.demuxer.CodecMP4DemuxerTrack;
import org.jcodec.scale.ColorUtil;

/**
 * Decodes one frame of a delivered H.264 MP4 (jcodec, pure Java: no ffmpeg needed) into a JPEG poster for the
 * contact sheet, scaled down so a sheet of a hundred videos stays light.
 */
final class PosterFrames {

    private PosterFrames() {
    }

    /** The frame at {@code position} (0 first, 1 last) as JPEG bytes, at most {@code maxWidth} pixels wide. */
    static byte[] jpeg(Path video, double position, int maxWidth) throws IOException {
        BufferedImage frame = scaled(toImage(decode(video, position)), maxWidth);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(frame, "jpg", out)) {
            throw new IOException("no JPEG writer in this JVM");
        }
        return out.toByteArray();
    }

    private static Picture decode(Path video, double position) throws IOException {
        try (SeekableByteChannel channel = NIOUtils.readableChannel(video.toFile())) {
            CodecMP4DemuxerTrack track = videoTrack(channel, video);
            FrameGrab grab = new FrameGrab(track, new AVCMP4Adaptor(track.getMeta()));
            int last = Math.max(0, track.getMeta().getTotalFrames() - 1);
            int frame = (int) Math.min(last, Math.round(position * last));
            Picture picture = grab.seekToFramePrecise(frame).getNativeFrame();
            if (picture == null) {
                throw new IOException(video.getFileName() + " has no frame " + frame);
            }
            return picture;
        } catch (JCodecException | RuntimeException e) {
            // jcodec reports a stream it cannot read with unchecked exceptions too
            throw new IOException("cannot decode a frame of " + video.getFileName() + ": " + e, e);
        }
    }

    /**
     * The video track, demuxed as video whatever its sample sizes. jcodec's own MP4Demuxer takes a track whose
     * samples all have one size (stsz with a default size, as in our simulator's one-picture videos) for PCM
     * audio, so the sizes are spelled out and the track opened directly.
     */
    private static CodecMP4DemuxerTrack videoTrack(SeekableByteChannel channel, Path video) throws IOException {
        MovieBox movie = MP4Util.parseMovieChannel(channel);
        TrakBox trak = movie == null ? null : movie.getVideoTrack();
        if (trak == null) {
            throw new IOException(video.getFileName() + " has no video track");
        }
        SampleSizesBox stsz = NodeBox.findFirstPath(trak, SampleSizesBox.class, Box.path("mdia.minf.stbl.stsz"));
        if (stsz != null && stsz.getDefaultSize() != 0) {
            int[] sizes = new int[stsz.getCount()];
            Arrays.fill(sizes, stsz.getDefaultSize());
            stsz.setSizes(sizes);
        }
        return new CodecMP4DemuxerTrack(movie, trak, channel); // the codec track turns AVCC samples into Annex B
    }

    /** jcodec keeps samples as signed bytes offset by -128, in RGB order; a 3BYTE_BGR raster wants unsigned BGR. */
    private static BufferedImage toImage(Picture picture) {
        Picture source = picture.cropped();
        Picture rgb = Picture.create(source.getWidth(), source.getHeight(), ColorSpace.RGB);
        ColorUtil.getTransform(source.getColor(), ColorSpace.RGB).transform(source, rgb);
        BufferedImage image = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] samples = rgb.getPlaneData(0);
        for (int i = 0; i < target.length; i += 3) {
            target[i] = (byte) (samples[i + 2] + 128);
            target[i + 1] = (byte) (samples[i + 1] + 128);
            target[i + 2] = (byte) (samples[i] + 128);
        }
        return image;
    }

    private static BufferedImage scaled(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        int height = Math.max(1, Math.round(image.getHeight() * (float) maxWidth / image.getWidth()));
        BufferedImage small = new BufferedImage(maxWidth, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, maxWidth, height, null);
        g.dispose();
        return small;
    }
}
