package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.videopipeline.media.Mp4Synth;
import com.videopipeline.media.VideoSpec;
import com.videopipeline.media.WebpImage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Writes a job's output files to a response. Videos are streamed straight from {@link Mp4Synth} so even
 * padded multi-gigabyte outputs never sit in memory; truncated and corrupt outputs (hooks or faults) are made here.
 */
final class VideoOutput {

    private static final byte[] CORRUPT_PATTERN =
            "SIMULATED CORRUPT OUTPUT - NOT AN MP4 FILE\n".getBytes(StandardCharsets.US_ASCII);

    private final Mp4Synth synth;
    private final int fps;
    private final long paddingBytes;

    VideoOutput(Mp4Synth synth, int fps, long paddingBytes) {
        this.synth = synth;
        this.fps = fps;
        this.paddingBytes = paddingBytes;
    }

    /**
     * Streams the video. A truncated one ({@code [sim:truncate]} or {@code truncate}) ends with an
     * {@link IOException} so the server drops the connection.
     */
    void sendVideo(HttpExchange exchange, SimJob job, boolean truncate) throws IOException {
        VideoSpec spec = job.videoSpec(fps, paddingBytes);
        long length = synth.length(spec);
        exchange.getResponseHeaders().set("Content-Type", "video/mp4");
        exchange.sendResponseHeaders(200, length);
        OutputStream body = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024);
        boolean cutOff = truncate || job.hooks().truncate();
        OutputStream target = cutOff ? new CutOffOutputStream(body, length / 2) : body;
        try {
            writeContent(job, spec, length, target);
        } catch (CutOffOutputStream.CutOff cut) {
            body.flush();
            throw new IOException("download of " + job.id() + " deliberately cut off", cut);
        }
        body.close();
    }

    void sendThumbnail(HttpExchange exchange, SimJob job) throws IOException {
        HttpIo.sendBytes(exchange, "image/webp", WebpImage.solid(job.width(), job.height(), colour(job)));
    }

    /** A JPEG sheet; the real tile layout is not documented, so only type and rough size are simulated. */
    void sendSpritesheet(HttpExchange exchange, SimJob job) throws IOException {
        BufferedImage image = new BufferedImage(
                Math.max(1, job.width() / 2), Math.max(1, job.height() / 2), BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(colour(job)));
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        HttpIo.sendBytes(exchange, "image/jpeg", jpeg.toByteArray());
    }

    private void writeContent(SimJob job, VideoSpec spec, long length, OutputStream target) throws IOException {
        if (job.corrupt()) {
            writeCorrupt(target, length);
        } else {
            synth.write(spec, target);
        }
        target.flush();
    }

    private static void writeCorrupt(OutputStream out, long length) throws IOException {
        for (long left = length; left > 0; left -= CORRUPT_PATTERN.length) {
            out.write(CORRUPT_PATTERN, 0, (int) Math.min(left, CORRUPT_PATTERN.length));
        }
    }

    private static int colour(SimJob job) {
        return (job.prompt() == null ? 0 : job.prompt().hashCode()) & 0xFFFFFF;
    }
}
