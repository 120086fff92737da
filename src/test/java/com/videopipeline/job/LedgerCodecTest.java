package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.request.MediaRef;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCodecTest {

    @TempDir
    Path dir;

    private static VideoRequest request(String prompt, MediaRef image) {
        return new VideoRequest("a", prompt, 8, new VideoSize(1280, 720), 24, null, null, image, null,
                "blur", 7L, List.of("x", "y"), false);
    }

    @Test
    void shouldReadBackEveryRequestFieldItWrote() throws IOException {
        VideoRequest written = request("a cat", MediaRef.local(Files.writeString(dir.resolve("cat.png"), "png")));
        VideoRequest remote = request("a cat", MediaRef.remote(URI.create("https://cdn.example/cat.png")));

        assertThat(LedgerCodec.request(LedgerCodec.request(written))).isEqualTo(written);
        assertThat(LedgerCodec.request(LedgerCodec.request(remote))).isEqualTo(remote);
    }

    @Test
    void shouldReadBackTheDiscardedVideosItWroteAndStoreNothingWhenThereAreNone() {
        List<DiscardedVideo> written = List.of(
                new DiscardedVideo(Instant.parse("2026-11-24T10:00:00Z"), "runway", "gen4.5", "task-1", "ab12",
                        "video lasts 2.00 s, 8 s were requested", new BigDecimal("0.9600"), "sora/sora-2"),
                new DiscardedVideo(Instant.parse("2026-11-24T10:01:00Z"), "sora", "sora-2", "video_2", null,
                        "video is 640x360, 1280x720 was requested", null, null));

        assertThat(LedgerCodec.discarded(LedgerCodec.discarded(written))).isEqualTo(written);
        assertThat(LedgerCodec.discarded(List.of())).isNull();
        assertThat(LedgerCodec.discarded((String) null)).isEmpty();
    }

    @Test
    void shouldTreatRequestsDifferingOnlyInCaseAndSpacingAsTheSameVideo() {
        assertThat(LedgerCodec.requestHash(request(" A  cat ", null), "runway", "gen4.5"))
                .isEqualTo(LedgerCodec.requestHash(request("a cat", null), "runway", "gen4.5"))
                .isNotEqualTo(LedgerCodec.requestHash(request("a cat", null), "runway", "veo3.1"));
    }

    @Test
    void shouldKeyALocalImageByItsContentNotItsPath() throws IOException {
        Path image = dir.resolve("logo.png");
        Files.writeString(image, "first picture");
        String before = LedgerCodec.requestHash(request("a logo", MediaRef.local(image)), "runway", "gen4.5");

        Files.writeString(image, "another picture");

        assertThat(LedgerCodec.requestHash(request("a logo", MediaRef.local(image)), "runway", "gen4.5"))
                .isNotEqualTo(before);
    }
}
