package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes the OpenAI Videos client would send: multipart or JSON create, retrieve, content. */
class SoraRequestsTest {

    private static final ApiKey KEY = new ApiKey("sk-test");

    private final SoraRequests requests = new SoraRequests("sora", URI.create("http://127.0.0.1:8091/openai/v1/"),
            Duration.ofSeconds(60), Duration.ofMinutes(5));

    @TempDir
    Path dir;

    private static String boundary(HttpRequest request) {
        String contentType = request.headers().firstValue("Content-Type").orElseThrow();
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        return contentType.substring("multipart/form-data; boundary=".length());
    }

    private static String field(String name, String value) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    @Nested
    class MultipartCreate {

        @Test
        void shouldPostTheFieldsAsFormFieldsWithSecondsAsAString() {
            HttpRequest request = requests.submit(TestRequests.text(8, "1280x720").bound("sora", "sora-2"), KEY);

            String body = RequestBodies.text(request);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.uri()).isEqualTo(URI.create("http://127.0.0.1:8091/openai/v1/videos"));
            assertThat(request.headers().firstValue("Authorization")).hasValue("Bearer sk-test");
            assertThat(body).contains(field("model", "sora-2"), field("seconds", "8"), field("size", "1280x720"),
                    field("prompt", "a red fox crossing a snowy field at dawn"));
            assertThat(body).endsWith("--" + boundary(request) + "--\r\n");
            assertThat(body).doesNotContain("input_reference", "duration");
        }

        @Test
        void shouldAttachALocalImageAsAFilePartWithItsContentType() {
            Path image = TestFiles.file(dir, "frame.png", TestFiles.PNG_HEAD, 64);

            HttpRequest request = requests.submit(TestRequests.image(4, "720x1280").imageFile(image)
                    .bound("sora", "sora-2"), KEY);

            String body = RequestBodies.text(request);
            assertThat(body).contains("Content-Disposition: form-data; name=\"input_reference\"; filename=\"frame.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n\u0089PNG");
            assertThat(RequestBodies.bytes(request).length).isGreaterThan(64);
        }

        @Test
        void shouldTellTheImageTypeFromItsBytesNotItsName() {
            Path image = TestFiles.file(dir, "frame.png", TestFiles.JPEG_HEAD, 32);

            String body = RequestBodies.text(requests.submit(TestRequests.image(4, "720x1280").imageFile(image)
                    .bound("sora", "sora-2"), KEY));

            assertThat(body).contains("filename=\"frame.png\"\r\nContent-Type: image/jpeg\r\n");
        }
    }

    @Nested
    class JsonCreate {

        @Test
        void shouldReferenceAnHttpsImageByUrlWithSecondsStillAString() throws Exception {
            HttpRequest request = requests.submit(TestRequests.image(12, "1280x720")
                    .imageUrl("https://cdn.example.com/frame.png?sig=abc").bound("sora", "sora-2-pro"), KEY);

            JsonNode body = Json.parse(RequestBodies.text(request));
            assertThat(request.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(body.get("seconds").isTextual()).isTrue();
            assertThat(body.get("seconds").asText()).isEqualTo("12");
            assertThat(body.get("model").asText()).isEqualTo("sora-2-pro");
            assertThat(body.get("size").asText()).isEqualTo("1280x720");
            assertThat(body.at("/input_reference/image_url").asText()).isEqualTo("https://cdn.example.com/frame.png?sig=abc");
        }
    }

    @Nested
    class ReadAndDownload {

        @Test
        void shouldRetrieveAVideoById() {
            HttpRequest request = requests.status("video_123", KEY);

            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.uri()).isEqualTo(URI.create("http://127.0.0.1:8091/openai/v1/videos/video_123"));
        }

        @Test
        void shouldListTheNewestHundredVideosFirst() {
            HttpRequest request = requests.list(null, 100, KEY);

            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.uri()).hasToString("http://127.0.0.1:8091/openai/v1/videos?limit=100&order=desc");
            assertThat(request.headers().firstValue("Authorization")).hasValue("Bearer sk-test");
        }

        @Test
        void shouldContinueAListAfterTheCursor() {
            HttpRequest request = requests.list("video_42", 100, KEY);

            assertThat(request.uri().getQuery()).isEqualTo("limit=100&order=desc&after=video_42");
        }

        @Test
        void shouldRefuseACursorThatWouldChangeTheQuery() {
            assertThatThrownBy(() -> requests.list("video_1&order=asc", 100, KEY))
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST));
        }

        @Test
        void shouldDownloadContentByVariantWithTheKey() {
            HttpRequest video = requests.content("video_123", Asset.VIDEO, KEY);
            HttpRequest thumbnail = requests.content("video_123", Asset.THUMBNAIL, KEY);

            assertThat(video.uri()).hasToString("http://127.0.0.1:8091/openai/v1/videos/video_123/content?variant=video");
            assertThat(thumbnail.uri().getQuery()).isEqualTo("variant=thumbnail");
            assertThat(video.headers().firstValue("Authorization")).hasValue("Bearer sk-test");
            assertThat(video.timeout()).hasValue(Duration.ofMinutes(5));
        }
    }

    @Nested
    class Refusals {

        @Test
        void shouldRefuseAJobIdThatWouldChangeThePath() {
            assertThatThrownBy(() -> requests.status("../files", KEY))
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST));
        }

        @Test
        void shouldRefuseAPlainHttpImageUrlOnARealHost() {
            assertThatThrownBy(() -> requests.submit(TestRequests.image(4, "1280x720")
                    .imageUrl("http://cdn.example.com/frame.png").bound("sora", "sora-2"), KEY))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                        assertThat(e.notAccepted()).isTrue();
                    });
        }

        @Test
        void shouldRefuseAGifBeforeSendingIt() {
            Path gif = TestFiles.file(dir, "frame.gif", TestFiles.GIF_HEAD, 32);

            assertThatThrownBy(() -> requests.submit(TestRequests.image(4, "1280x720").imageFile(gif)
                    .bound("sora", "sora-2"), KEY))
                    .isInstanceOf(ProviderException.class)
                    .hasMessage("sora: input image frame.gif is image/gif; use JPEG, PNG or WebP");
        }

        @Test
        void shouldRefuseVideoInput() {
            assertThatThrownBy(() -> requests.submit(TestRequests.text(4, "1280x720")
                    .videoUrl("https://cdn.example.com/in.mp4").bound("sora", "sora-2"), KEY))
                    .isInstanceOf(ProviderException.class)
                    .hasMessageContaining("takes no video input");
        }
    }
}
