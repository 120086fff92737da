package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The OpenAI request rules: the simulator answers bad requests the way the real API does, so client bugs show. */
class OpenAiValidationTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @Test
    void shouldRejectIntegerSecondsLikeTheRealApi() {
        HttpResponse<String> response = postJson("{\"prompt\":\"fox\",\"seconds\":8}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = sim.parse(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo("seconds");
        assertThat(error.get("code").asText()).isEqualTo("invalid_type");
        assertThat(error.get("message").asText()).contains("expected a string", "an integer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void shouldRejectInvalidCreateRequestWith400NamingTheParameter(String why, String body, String param,
                                                                     String code) {
        HttpResponse<String> response = postJson(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = sim.parse(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo(param);
        assertThat(error.get("code").asText()).isEqualTo(code);
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("size not allowed for sora-2", "{\"prompt\":\"p\",\"size\":\"1920x1080\"}",
                        "size", "invalid_value"),
                Arguments.of("unknown size", "{\"prompt\":\"p\",\"model\":\"sora-2-pro\",\"size\":\"640x480\"}",
                        "size", "invalid_value"),
                Arguments.of("seconds not allowed for sora-2", "{\"prompt\":\"p\",\"seconds\":\"16\"}",
                        "seconds", "invalid_value"),
                Arguments.of("unknown model", "{\"prompt\":\"p\",\"model\":\"sora-3\"}", "model", "invalid_value"),
                Arguments.of("missing prompt", "{\"model\":\"sora-2\"}", "prompt", "missing_required_parameter"),
                Arguments.of("empty prompt", "{\"prompt\":\"\"}", "prompt", "string_below_min_length"),
                Arguments.of("prompt over 32000 chars", "{\"prompt\":\"" + "x".repeat(32_001) + "\"}",
                        "prompt", "string_above_max_length"),
                Arguments.of("duration is not a parameter", "{\"prompt\":\"p\",\"duration\":4}",
                        "duration", "unknown_parameter"),
                Arguments.of("both image_url and file_id", "{\"prompt\":\"p\",\"input_reference\":"
                        + "{\"image_url\":\"https://a.example/i.png\",\"file_id\":\"file-1\"}}",
                        "input_reference", "invalid_value"),
                Arguments.of("plain http image_url", "{\"prompt\":\"p\",\"input_reference\":"
                        + "{\"image_url\":\"http://a.example/i.png\"}}", "input_reference", "invalid_value"),
                Arguments.of("input_reference as a string", "{\"prompt\":\"p\",\"input_reference\":\"x.png\"}",
                        "input_reference", "invalid_type"));
    }

    @Test
    void shouldAcceptPromptOfExactly32000Characters() {
        assertThat(postJson("{\"prompt\":\"" + "x".repeat(32_000) + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRejectInputReferenceFileThatIsNotJpegPngOrWebp() {
        MultipartBody form = new MultipartBody().text("prompt", "p")
                .file("input_reference", "ref.gif", "image/gif", new byte[] {'G', 'I', 'F', '8'});

        HttpResponse<String> response = sim.send(sim.openAi("/videos")
                .header("Content-Type", form.contentType()).POST(form.publisher()).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sim.parse(response).at("/error/param").asText()).isEqualTo("input_reference");
    }

    @Test
    void shouldRejectMalformedMultipartBody() {
        HttpResponse<String> response = sim.send(sim.openAi("/videos")
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"prompt\""
                        + "\r\n\r\nno closing boundary")).build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRejectMissingApiKeyWith401InvalidApiKey() {
        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(
                URI.create(sim.simulator.openAiBaseUrl() + "/videos")).GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(sim.parse(response).at("/error/code").asText()).isEqualTo("invalid_api_key");
    }

    @Test
    void shouldRejectKeyWithoutSkPrefixWith401() {
        HttpResponse<String> response = sim.send(sim.openAi("/videos").setHeader("Authorization", "Bearer key_runway")
                .GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(sim.parse(response).at("/error/code").asText()).isEqualTo("invalid_api_key");
        assertThat(response.body()).doesNotContain("key_runway");
    }

    @Test
    void shouldRejectBodyThatIsNeitherJsonNorMultipart() {
        HttpResponse<String> response = sim.send(sim.openAi("/videos").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("prompt=fox")).build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswerUnknownVideoAndUnknownRouteWith404() {
        assertThat(sim.send(sim.openAi("/videos/video_nope").GET().build()).statusCode()).isEqualTo(404);
        assertThat(sim.send(sim.openAi("/images").GET().build()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> postJson(String body) {
        return sim.send(sim.openAi("/videos").header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody(body)).build());
    }
}
