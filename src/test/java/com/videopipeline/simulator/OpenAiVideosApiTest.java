package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import com.videopipeline.media.WebpImage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAI Videos API as a client sees it: lifecycle, downloads, listing and deletion. */
class OpenAiVideosApiTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @TempDir
    Path tmp;

    @Test
    void shouldCompleteMultipartJobAndServeMp4MatchingRequestedSecondsAndSize() throws Exception {
        MultipartBody form = new MultipartBody().text("model", "sora-2").text("prompt", "a red fox in snow")
                .text("seconds", "4").text("size", "1280x720")
                .file("input_reference", "ref.webp", "image/webp", WebpImage.solid(1280, 720, 0x336699));
        HttpResponse<String> created = sim.send(sim.openAi("/videos").header("Content-Type", form.contentType())
                .POST(form.publisher()).build());

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode video = sim.parse(created);
        assertThat(video.get("id").asText()).matches("video_[0-9a-f]{32}");
        assertThat(video.get("object").asText()).isEqualTo("video");
        assertThat(video.get("status").asText()).isEqualTo("queued");
        assertThat(video.get("seconds").isTextual()).isTrue();

        JsonNode done = sim.awaitOpenAiStatus(video.get("id").asText(), Set.of("completed", "failed"));
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("completed_at").asLong()).isPositive();
        assertThat(done.get("expires_at").asLong()).isEqualTo(done.get("completed_at").asLong() + 3600);

        Path file = tmp.resolve("out.mp4");
        HttpResponse<Path> download = sim.download(
                sim.openAi("/videos/" + done.get("id").asText() + "/content").GET().build(), file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(file));
        Mp4Info info = new Mp4Inspector().inspect(file);
        assertThat(info.durationSeconds()).isCloseTo(4.0, offset(0.05));
        assertThat(info.width()).isEqualTo(1280);
        assertThat(info.height()).isEqualTo(720);
        assertThat(info.codec()).isEqualTo("avc1");
    }

    @Test
    void shouldServeThumbnailAsWebp() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"thumb\",\"size\":\"720x1280\"}");
        sim.awaitOpenAiStatus(id, Set.of("completed"));

        HttpResponse<byte[]> thumb = sendBytes(sim.openAi("/videos/" + id + "/content?variant=thumbnail").GET().build());

        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(new String(Arrays.copyOfRange(thumb.body(), 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(thumb.body(), 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WEBP");
    }

    @Test
    void shouldServeSpritesheetAsJpeg() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"sprites\"}");
        sim.awaitOpenAiStatus(id, Set.of("completed"));

        HttpResponse<byte[]> sheet = sendBytes(sim.openAi("/videos/" + id + "/content?variant=spritesheet").GET().build());

        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(sheet.body()[0] & 0xFF).isEqualTo(0xFF);
        assertThat(sheet.body()[1] & 0xFF).isEqualTo(0xD8);
    }

    @Test
    void shouldAcceptJsonCreateWithStringSecondsAndImageUrlReference() {
        HttpResponse<String> created = sim.send(sim.openAi("/videos").header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody("{\"model\":\"sora-2-pro\",\"prompt\":\"city at night\","
                        + "\"seconds\":\"16\",\"size\":\"1920x1080\","
                        + "\"input_reference\":{\"image_url\":\"https://example.com/first.png\"}}")).build());

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode video = sim.parse(created);
        assertThat(video.get("model").asText()).isEqualTo("sora-2-pro");
        assertThat(video.get("seconds").asText()).isEqualTo("16");
        assertThat(video.get("size").asText()).isEqualTo("1920x1080");
        assertThat(video.has("remixed_from_video_id")).isTrue();
        assertThat(video.get("completed_at").isNull()).isTrue();
    }

    @Test
    void shouldApplyDefaultModelSecondsAndSizeWhenOmitted() {
        JsonNode video = sim.parse(sim.send(sim.openAi("/videos").header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody("{\"prompt\":\"defaults\"}")).build()));

        assertThat(video.get("model").asText()).isEqualTo("sora-2");
        assertThat(video.get("seconds").asText()).isEqualTo("4");
        assertThat(video.get("size").asText()).isEqualTo("720x1280");
    }

    @Test
    void shouldSendPollAfterHeaderOnCreateAndRetrieve() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"poll\"}");

        HttpResponse<String> polled = sim.send(sim.openAi("/videos/" + id).GET().build());

        assertThat(polled.headers().firstValue("openai-poll-after-ms")).hasValue("1000");
    }

    @Test
    void shouldRefuseDownloadBeforeCompletionWith404() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"not yet\"}");

        HttpResponse<String> early = sim.send(sim.openAi("/videos/" + id + "/content").GET().build());

        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(sim.parse(early).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void shouldRefuseDownloadOnceOutputTtlHasPassed() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"expiring\"}");
        sim.awaitOpenAiStatus(id, Set.of("completed"));

        sim.clock.advance(Duration.ofHours(1).plusSeconds(5));
        HttpResponse<String> late = sim.send(sim.openAi("/videos/" + id + "/content").GET().build());

        assertThat(late.statusCode()).isEqualTo(404);
        assertThat(sim.parse(late).at("/error/message").asText()).contains("expired");
    }

    @Test
    void shouldListVideosNewestFirstWithCursorPaging() {
        String first = sim.createOpenAiVideo("{\"prompt\":\"one\"}");
        String second = sim.createOpenAiVideo("{\"prompt\":\"two\"}");
        String third = sim.createOpenAiVideo("{\"prompt\":\"three\"}");

        JsonNode page = sim.parse(sim.send(sim.openAi("/videos?limit=2").GET().build()));
        assertThat(page.get("object").asText()).isEqualTo("list");
        assertThat(page.get("data")).extracting(v -> v.get("id").asText()).containsExactly(third, second);
        assertThat(page.get("first_id").asText()).isEqualTo(third);
        assertThat(page.get("last_id").asText()).isEqualTo(second);
        assertThat(page.get("has_more").asBoolean()).isTrue();

        JsonNode next = sim.parse(sim.send(sim.openAi("/videos?limit=2&after=" + second).GET().build()));
        assertThat(next.get("data")).extracting(v -> v.get("id").asText()).containsExactly(first);
        assertThat(next.get("has_more").asBoolean()).isFalse();

        JsonNode ascending = sim.parse(sim.send(sim.openAi("/videos?order=asc").GET().build()));
        assertThat(ascending.get("data")).extracting(v -> v.get("id").asText()).containsExactly(first, second, third);
    }

    @Test
    void shouldDeleteFinishedVideoAndThenAnswer404() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"to delete\"}");
        sim.awaitOpenAiStatus(id, Set.of("completed"));

        HttpResponse<String> deleted = sim.send(sim.openAi("/videos/" + id).DELETE().build());

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(sim.parse(deleted).get("object").asText()).isEqualTo("video.deleted");
        assertThat(sim.parse(deleted).get("deleted").asBoolean()).isTrue();
        assertThat(sim.send(sim.openAi("/videos/" + id).GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseToDeleteVideoStillInProgressBecauseOpenAiHasNoCancel() {
        SimulatorHarness slow = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(Duration.ofMinutes(5)));
        try {
            String id = slow.createOpenAiVideo("{\"prompt\":\"busy\"}");

            assertThat(slow.send(slow.openAi("/videos/" + id).DELETE().build()).statusCode()).isEqualTo(400);
        } finally {
            slow.close();
        }
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return sim.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
