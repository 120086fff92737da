package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.request.VideoSize;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON and headers the Runway client would send, including data URIs and their limit. */
class RunwayRequestsTest {

    private static final ApiKey KEY = new ApiKey("key_test");
    private static final int FIVE_MB = 5 * 1024 * 1024;

    private final RunwayRequests requests = new RunwayRequests("runway",
            ProviderConfigFixture.wiring().providers().providers().get("runway"));

    @TempDir
    Path dir;

    private static JsonNode json(HttpRequest request) throws Exception {
        return Json.parse(RequestBodies.text(request));
    }

    @ParameterizedTest
    @CsvSource({"1280x720,1280:720", "720x1280,720:1280", "1584x672,1584:672"})
    void shouldWriteTheSizeAsARatio(String size, String ratio) {
        assertThat(RunwayRequests.ratio(VideoSize.parse(size))).isEqualTo(ratio);
    }

    @Nested
    class TextToVideo {

        @Test
        void shouldPostCamelCaseJsonWithVersionHeader() throws Exception {
            HttpRequest request = requests.submit(TestRequests.text(5, "1280x720").seed(42).bound("runway", "gen4.5"), KEY);

            JsonNode body = json(request);
            assertThat(request.uri()).isEqualTo(URI.create("http://127.0.0.1:8091/runway/v1/text_to_video"));
            assertThat(request.headers().firstValue("X-Runway-Version")).hasValue("2024-11-06");
            assertThat(request.headers().firstValue("Authorization")).hasValue("Bearer key_test");
            assertThat(body.get("model").asText()).isEqualTo("gen4.5");
            assertThat(body.get("promptText").asText()).isEqualTo("a red fox crossing a snowy field at dawn");
            assertThat(body.get("ratio").asText()).isEqualTo("1280:720");
            assertThat(body.get("duration").isInt()).isTrue();
            assertThat(body.get("duration").asInt()).isEqualTo(5);
            assertThat(body.get("seed").asLong()).isEqualTo(42);
        }

        @Test
        void shouldSendANegativePromptOnlyToModelsThatTakeOne() throws Exception {
            JsonNode veo = json(requests.submit(TestRequests.text(8, "1920x1080").negativePrompt("rain").seed(1)
                    .bound("runway", "veo3.1"), KEY));
            JsonNode gen = json(requests.submit(TestRequests.text(8, "1280x720").negativePrompt("rain")
                    .bound("runway", "gen4.5"), KEY));

            assertThat(veo.get("negativePrompt").asText()).isEqualTo("rain");
            assertThat(veo.has("seed")).isFalse();
            assertThat(gen.has("negativePrompt")).isFalse();
        }
    }

    @Nested
    class ImageToVideo {

        @Test
        void shouldInlineALocalImageAsADataUri() throws Exception {
            Path image = TestFiles.file(dir, "frame.png", TestFiles.PNG_HEAD, 100);

            HttpRequest request = requests.submit(TestRequests.image(5, "960x960").imageFile(image)
                    .bound("runway", "gen4_turbo"), KEY);

            JsonNode body = json(request);
            String promptImage = body.get("promptImage").asText();
            assertThat(request.uri().getPath()).isEqualTo("/runway/v1/image_to_video");
            assertThat(promptImage).startsWith("data:image/png;base64,");
            assertThat(Base64.getDecoder().decode(promptImage.substring(promptImage.indexOf(',') + 1)))
                    .isEqualTo(Files.readAllBytes(image));
            assertThat(body.get("ratio").asText()).isEqualTo("960:960");
            assertThat(body.get("duration").asInt()).isEqualTo(5);
        }

        @Test
        void shouldPassAnHttpsImageUrlAsIs() throws Exception {
            JsonNode body = json(requests.submit(TestRequests.image(5, "1280x720")
                    .imageUrl("https://cdn.example.com/a.png?x=1").bound("runway", "gen4.5"), KEY));

            assertThat(body.get("promptImage").asText()).isEqualTo("https://cdn.example.com/a.png?x=1");
        }

        @Test
        void shouldAcceptAnImageOfExactlyTheInlineLimit() throws Exception {
            Path image = TestFiles.file(dir, "big.png", TestFiles.PNG_HEAD, FIVE_MB);

            JsonNode body = json(requests.submit(TestRequests.image(5, "1280x720").imageFile(image)
                    .bound("runway", "gen4.5"), KEY));

            assertThat(body.get("promptImage").asText()).startsWith("data:image/png;base64,");
        }

        @Test
        void shouldRefuseAnImageOverFiveMegabytesWithoutRetrying() {
            Path image = TestFiles.file(dir, "huge.png", TestFiles.PNG_HEAD, FIVE_MB + 1);

            assertThatThrownBy(() -> requests.submit(TestRequests.image(5, "1280x720").imageFile(image)
                    .bound("runway", "gen4.5"), KEY))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind().retryable()).isFalse();
                        assertThat(e.notAccepted()).isTrue();
                        assertThat(e).hasMessage("runway: local image huge.png is 5242881 bytes; at most 5242880 bytes"
                                + " (5242880B) can be sent inline; give an https URL instead");
                    });
        }
    }

    @Nested
    class VideoToVideo {

        @Test
        void shouldInlineALocalVideoWithoutADuration() throws Exception {
            Path video = TestFiles.file(dir, "in.mov", TestFiles.MP4_HEAD, 200);

            HttpRequest request = requests.submit(TestRequests.text(5, "1280x720").videoFile(video)
                    .bound("runway", "aleph2"), KEY);

            JsonNode body = json(request);
            assertThat(request.uri().getPath()).isEqualTo("/runway/v1/video_to_video");
            assertThat(body.get("videoUri").asText()).startsWith("data:video/mp4;base64,");
            assertThat(body.has("duration")).isFalse();
            assertThat(body.has("promptImage")).isFalse();
        }
    }

    @Nested
    class TasksAndOutputs {

        @Test
        void shouldReadATaskById() {
            HttpRequest request = requests.status("8a4c2f9e-1b2d-4e5f-9a0b-1c2d3e4f5a6b", KEY);

            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.uri().getPath()).isEqualTo("/runway/v1/tasks/8a4c2f9e-1b2d-4e5f-9a0b-1c2d3e4f5a6b");
            assertThat(request.headers().firstValue("X-Runway-Version")).hasValue("2024-11-06");
        }

        @Test
        void shouldFetchASignedOutputWithoutOurKey() {
            HttpRequest request = requests.output(URI.create("https://dnznrvs05pmza.cloudfront.net/out.mp4?_jwt=abc"));

            assertThat(request.headers().map()).doesNotContainKey("Authorization").doesNotContainKey("X-Runway-Version");
            assertThat(request.uri().getQuery()).isEqualTo("_jwt=abc");
        }
    }
}
