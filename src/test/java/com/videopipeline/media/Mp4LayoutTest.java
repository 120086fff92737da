package com.videopipeline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mp4parser.IsoFile;
import org.mp4parser.boxes.iso14496.part12.SampleSizeBox;

class Mp4LayoutTest {

    private static final byte[] SPS = {0x67, 66, 0, 40};
    private static final byte[] PPS = {0x68, 0};

    @TempDir
    Path dir;

    @Test
    void shouldListEverySampleSizeWhenTheSliceCopiesDiffer() throws IOException {
        EncodedFrame frame = new EncodedFrame(SPS, PPS, List.of(new byte[10], new byte[11]));
        Mp4Layout layout = Mp4Layout.of(new TrackPlan(64, 48, 25, 5, frame), 0);
        Path file = dir.resolve("fake.mp4");
        try (OutputStream out = Files.newOutputStream(file)) {
            layout.writeTo(out);
        }

        assertThat(Files.size(file)).isEqualTo(layout.length());
        assertThat(frame.payloadBytes(5)).isEqualTo(3 * 10 + 2 * 11);
        try (IsoFile iso = new IsoFile(Channels.newChannel(Files.newInputStream(file)))) {
            SampleSizeBox stsz = org.mp4parser.tools.Path.getPath(iso, "moov/trak/mdia/minf/stbl/stsz");
            assertThat(stsz.getSampleSizes()).containsExactly(10, 11, 10, 11, 10);
        }
        assertThat(new Mp4Inspector().inspect(file).frames()).isEqualTo(5);
    }
}
