package com.videopipeline.media;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Produces real, decodable H.264 MP4s of any requested size and duration without a video model, for tests,
 * demos and streaming checks. Thread-safe.
 *
 * <p>Every frame is the same IDR picture of one colour (chosen by {@link VideoSpec#colorSeed()}), so only the
 * first request for a given size and colour pays for an encode; later ones just mux. The layout is ftyp, moov,
 * an optional {@code free} box holding {@link VideoSpec#paddingBytes()} zero bytes, then mdat, so players can
 * start before the download ends.
 */
public final class Mp4Synth {

    private static final FrameCache FRAMES = new FrameCache();

    /**
     * Exact number of bytes {@link #write} will produce for this spec, e.g. for a Content-Length header.
     *
     * @throws IllegalArgumentException if the spec has odd or non-positive sizes, or no frames
     */
    public long length(VideoSpec spec) {
        return layout(spec).length();
    }

    /**
     * Streams the MP4 to {@code out}, which is neither flushed nor closed.
     *
     * @throws IllegalArgumentException if the spec has odd or non-positive sizes, or no frames
     */
    public void write(VideoSpec spec, OutputStream out) throws IOException {
        layout(spec).writeTo(out);
    }

    private static Mp4Layout layout(VideoSpec spec) {
        int frames = SpecRules.frameCount(spec);
        EncodedFrame frame = FRAMES.get(spec.width(), spec.height(), Palette.rgbFor(spec.colorSeed()));
        TrackPlan plan = new TrackPlan(spec.width(), spec.height(), spec.fps(), frames, frame);
        return Mp4Layout.of(plan, spec.paddingBytes());
    }
}
