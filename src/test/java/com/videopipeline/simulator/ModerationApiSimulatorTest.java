package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulated moderation API ({@code POST /openai/v1/moderations}): OpenAI's request and answer shapes, scores from
 * the configured rules and low, repeatable scores otherwise, OpenAI's errors for bad requests, and its counters.
 */
class ModerationApiSimulatorTest {

    @AutoClose
    private SimulatorHarness sim = SimulatorHarness.started();

    @Test
    void shouldAnswerInOpenAisShapeWithEveryCategoryScored() {
        JsonNode answer = moderate("{\"model\":\"omni-moderation-latest\",\"input\":\"a red kite over the dunes\"}");

        assertThat(answer.get("id").asText()).startsWith("modr-");
        assertThat(answer.get("model").asText()).startsWith("omni-moderation");
        JsonNode result = answer.at("/results/0");
        assertThat(result.get("flagged").asBoolean()).isFalse();
        assertThat(fieldNames(result.get("category_scores"))).containsExactlyElementsOf(SimulatorModeration.CATEGORIES);
        assertThat(fieldNames(result.get("categories"))).containsExactlyElementsOf(SimulatorModeration.CATEGORIES);
        result.get("category_scores").forEach(score -> assertThat(score.asDouble()).isBetween(0.0, 0.005));
        assertThat(result.at("/category_applied_input_types/violence")).extracting(JsonNode::asText)
                .containsExactly("text");
    }

    @Test
    void shouldScoreWhatTheDefaultRulesMatchHighAndFlagIt() {
        JsonNode result = moderate("{\"input\":[{\"type\":\"text\",\"text\":\"a gory battlefield\"}]}")
                .at("/results/0");

        assertThat(result.get("flagged").asBoolean()).isTrue();
        assertThat(result.at("/category_scores/violence~1graphic").asDouble()).isEqualTo(0.97);
        assertThat(result.at("/categories/violence~1graphic").asBoolean()).isTrue();
        assertThat(result.at("/categories/sexual").asBoolean()).isFalse();
        assertThat(sim.simulator.stats().openai().moderationsFlagged()).isEqualTo(1);
    }

    @Test
    void shouldGiveTheSameInputTheSameScores() {
        String body = "{\"input\":\"a paper boat\"}";

        assertThat(moderate(body).at("/results/0/category_scores")).isEqualTo(moderate(body)
                .at("/results/0/category_scores"));
    }

    @Test
    void shouldScoreTextAndImagePartsAsOneInputAndCountTheImage() {
        JsonNode answer = moderate("{\"input\":[{\"type\":\"text\",\"text\":\"a bottle on a beach\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://images.example/gore.jpg\"}}]}");

        assertThat(answer.get("results")).hasSize(1);
        JsonNode result = answer.at("/results/0");
        assertThat(result.at("/category_scores/violence~1graphic").asDouble()).isEqualTo(0.95);
        assertThat(result.at("/category_applied_input_types/violence~1graphic")).extracting(JsonNode::asText)
                .containsExactly("text", "image");
        assertThat(result.at("/category_applied_input_types/hate")).extracting(JsonNode::asText)
                .containsExactly("text");
        assertThat(sim.simulator.stats().openai().moderationImages()).isEqualTo(1);
    }

    @Test
    void shouldAnswerOneResultPerStringOfAnArray() {
        JsonNode answer = moderate("{\"input\":[\"a red kite\",\"naked\"]}");

        assertThat(answer.get("results")).extracting(r -> r.get("flagged").asBoolean()).containsExactly(false, true);
    }

    @Test
    void shouldScoreByTheConfiguredRulesInsteadOfTheDefaults() {
        sim.close();
        sim = new SimulatorHarness(SimulatorProperties.defaults().withPort(0).withModeration(new SimulatorModeration(
                List.of(new SimulatorModeration.Rule("(?i)meanie", "harassment", 0.45, null)), 0.4)));

        JsonNode result = moderate("{\"input\":\"you meanie, a gory scene\"}").at("/results/0");

        assertThat(result.at("/category_scores/harassment").asDouble()).isEqualTo(0.45);
        assertThat(result.at("/categories/harassment").asBoolean()).isTrue();
        assertThat(result.at("/category_scores/violence~1graphic").asDouble()).isLessThan(0.01);
    }

    @Test
    void shouldRefuseARuleWithAnUnknownCategoryOrABadPattern() {
        assertThatThrownBy(() -> new SimulatorModeration.Rule("x", "violance", 0.5, null))
                .hasMessageContaining("unknown category 'violance'");
        assertThatThrownBy(() -> new SimulatorModeration.Rule("(", "violence", 0.5, null))
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void shouldAnswerTheErrorStatusAHookAsksForAndCountTheCall() {
        HttpResponse<String> response = post("{\"input\":\"a kite [sim:moderation=503]\"}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(sim.parse(response).at("/error/type").asText()).isEqualTo("server_error");
        assertThat(sim.simulator.stats().openai().moderations()).isEqualTo(1);
    }

    @Test
    void shouldRefuseACallWithoutAKeyLikeTheRealApi() {
        HttpResponse<String> response = sim.send(sim.openAi("/moderations").setHeader("Authorization", "Bearer nope")
                .POST(SimulatorHarness.jsonBody("{\"input\":\"x\"}")).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(sim.parse(response).at("/error/code").asText()).isEqualTo("invalid_api_key");
    }

    static Stream<Arguments> badRequests() {
        String image = "{\"type\":\"image_url\",\"image_url\":{\"url\":\"%s\"}}";
        return Stream.of(
                Arguments.of("no input", "{\"model\":\"omni-moderation-latest\"}", "input"),
                Arguments.of("empty input", "{\"input\":[]}", "input"),
                Arguments.of("unknown model", "{\"model\":\"gpt-moderate\",\"input\":\"x\"}", "model"),
                Arguments.of("unknown part", "{\"input\":[{\"type\":\"audio\",\"text\":\"x\"}]}",
                        "input[0].type"),
                Arguments.of("image, text-only model", "{\"model\":\"text-moderation-latest\",\"input\":["
                        + image.formatted("https://a.example/b.png") + "]}", "input[0].type"),
                Arguments.of("plain http image", "{\"input\":[" + image.formatted("http://a.example/b.png") + "]}",
                        "input[0].image_url.url"),
                Arguments.of("text not a string", "{\"input\":[{\"type\":\"text\",\"text\":5}]}",
                        "input[0].text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void shouldAnswerABadRequestWithOpenAisErrorNamingTheParameter(String name, String body, String param) {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sim.parse(response).at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(sim.parse(response).at("/error/param").asText()).isEqualTo(param);
    }

    @Test
    void shouldAnswerAGetWithOpenAisNotFound() {
        HttpResponse<String> response = sim.send(sim.openAi("/moderations").GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(sim.parse(response).at("/error/message").asText()).contains("GET /v1/moderations");
    }

    private JsonNode moderate(String body) {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return sim.parse(response);
    }

    private HttpResponse<String> post(String body) {
        return sim.send(sim.openAi("/moderations").header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody(body)).build());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
