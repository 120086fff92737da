package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Runway request rules: each client mistake gets a 400 with a readable {@code error} string. */
class RunwayValidationTest {

    private static final String T2V = "text_to_video";
    private static final String I2V = "image_to_video";
    private static final String V2V = "video_to_video";

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @Test
    void shouldRejectGen4TurboOnTextToVideo() {
        HttpResponse<String> response = post(T2V,
                "{\"model\":\"gen4_turbo\",\"promptText\":\"p\",\"ratio\":\"1280:720\",\"duration\":5}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sim.parse(response).get("error").asText()).contains("gen4_turbo", "text_to_video");
    }

    @Test
    void shouldRejectMissingVersionHeaderWith400() {
        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(
                        URI.create(sim.simulator.runwayBaseUrl() + "/v1/tasks/x"))
                .header("Authorization", "Bearer key_test").GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sim.parse(response).get("error").asText()).contains("X-Runway-Version");
    }

    @Test
    void shouldRejectOtherApiVersionWith400() {
        HttpResponse<String> response = sim.send(sim.runway("/v1/tasks/x")
                .setHeader("X-Runway-Version", "2023-01-01").GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRejectKeyWithoutKeyPrefixWith401() {
        HttpResponse<String> response = sim.send(sim.runway("/v1/tasks/x")
                .setHeader("Authorization", "Bearer sk-openai").GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("sk-openai");
    }

    @Test
    void shouldRejectBodyThatIsNotDeclaredAsJson() {
        HttpResponse<String> response = sim.send(sim.runway("/v1/" + T2V).header("Content-Type", "text/plain")
                .POST(SimulatorHarness.jsonBody("{}")).build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswerUnknownEndpointAndUnknownTaskWith404() {
        assertThat(post("text_to_speech", "{}").statusCode()).isEqualTo(404);
        assertThat(sim.send(sim.runway("/v1/tasks/nope").GET().build()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void shouldRejectInvalidCreateRequestWith400AndReadableError(String why, String endpoint, String body) {
        HttpResponse<String> response = post(endpoint, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(sim.parse(response).get("error").isTextual()).isTrue();
        assertThat(sim.parse(response).get("error").asText()).isNotBlank();
    }

    static Stream<Arguments> invalidBodies() {
        String bigImage = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[5 * 1024 * 1024 + 1]);
        return Stream.of(
                Arguments.of("ratio not allowed for gen4.5 t2v", T2V,
                        "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"ratio\":\"960:960\",\"duration\":5}"),
                Arguments.of("ratio in OpenAI WxH form", T2V,
                        "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"ratio\":\"1280x720\",\"duration\":5}"),
                Arguments.of("duration not allowed for veo3", T2V,
                        "{\"model\":\"veo3\",\"promptText\":\"p\",\"ratio\":\"1280:720\",\"duration\":4}"),
                Arguments.of("duration over 10 for gen4.5", T2V,
                        "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"ratio\":\"1280:720\",\"duration\":11}"),
                Arguments.of("duration as a string", T2V,
                        "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"ratio\":\"1280:720\",\"duration\":\"5\"}"),
                Arguments.of("missing duration", T2V, "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"ratio\":\"1280:720\"}"),
                Arguments.of("missing ratio", T2V, "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"duration\":5}"),
                Arguments.of("missing model", T2V, "{\"promptText\":\"p\",\"ratio\":\"1280:720\",\"duration\":5}"),
                Arguments.of("missing promptText on t2v", T2V, "{\"model\":\"gen4.5\",\"ratio\":\"1280:720\",\"duration\":5}"),
                Arguments.of("promptText over 1000 chars", T2V, "{\"model\":\"gen4.5\",\"promptText\":\""
                        + "p".repeat(1001) + "\",\"ratio\":\"1280:720\",\"duration\":5}"),
                Arguments.of("snake_case field", T2V, "{\"model\":\"gen4.5\",\"prompt_text\":\"p\",\"promptText\":\"p\","
                        + "\"ratio\":\"1280:720\",\"duration\":5}"),
                Arguments.of("seed on a veo model", T2V, "{\"model\":\"veo3.1\",\"promptText\":\"p\","
                        + "\"ratio\":\"1280:720\",\"duration\":4,\"seed\":1}"),
                Arguments.of("negativePrompt on gen4.5", T2V, "{\"model\":\"gen4.5\",\"promptText\":\"p\","
                        + "\"ratio\":\"1280:720\",\"duration\":5,\"negativePrompt\":\"x\"}"),
                Arguments.of("negative seed", T2V, "{\"model\":\"gen4.5\",\"promptText\":\"p\","
                        + "\"ratio\":\"1280:720\",\"duration\":5,\"seed\":-1}"),
                Arguments.of("body is an array", T2V, "[]"),
                Arguments.of("missing promptImage", I2V, "{\"model\":\"gen4_turbo\",\"ratio\":\"1280:720\",\"duration\":5}"),
                Arguments.of("http image URL", I2V, i2v("\"http://img.example.com/a.png\"")),
                Arguments.of("IP address image URL", I2V, i2v("\"https://10.0.0.1/a.png\"")),
                Arguments.of("gif data URI", I2V, i2v("\"data:image/gif;base64,R0lGODlh\"")),
                Arguments.of("broken base64", I2V, i2v("\"data:image/png;base64,@@@\"")),
                Arguments.of("data URI over 5 MB", I2V, i2v("\"" + bigImage + "\"")),
                Arguments.of("last frame for gen4_turbo", I2V, i2v("[{\"uri\":\"https://a.example/a.png\","
                        + "\"position\":\"first\"},{\"uri\":\"https://a.example/b.png\",\"position\":\"last\"}]")),
                Arguments.of("last frame only for veo", I2V, "{\"model\":\"veo3.1\",\"ratio\":\"1280:720\","
                        + "\"duration\":4,\"promptImage\":[{\"uri\":\"https://a.example/b.png\",\"position\":\"last\"}]}"),
                Arguments.of("missing promptText for gen4.5 i2v", I2V, "{\"model\":\"gen4.5\",\"ratio\":\"1280:720\","
                        + "\"duration\":5,\"promptImage\":\"https://a.example/a.png\"}"),
                Arguments.of("duration on aleph2", V2V,
                        "{\"model\":\"aleph2\",\"videoUri\":\"https://a.example/v.mp4\",\"duration\":5}"),
                Arguments.of("missing videoUri", V2V, "{\"model\":\"aleph2\",\"promptText\":\"p\"}"),
                Arguments.of("image data URI as videoUri", V2V,
                        "{\"model\":\"aleph2\",\"videoUri\":\"data:image/png;base64,AAAA\"}"));
    }

    private static String i2v(String promptImage) {
        return "{\"model\":\"gen4_turbo\",\"ratio\":\"1280:720\",\"duration\":5,\"promptImage\":" + promptImage + "}";
    }

    private HttpResponse<String> post(String endpoint, String body) {
        return sim.send(sim.runway("/v1/" + endpoint).header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody(body)).build());
    }
}
