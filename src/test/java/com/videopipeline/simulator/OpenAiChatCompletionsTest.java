package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated chat-completions endpoint: real response shape, deterministic answers, the real API's refusals. */
class OpenAiChatCompletionsTest {

    private static final String SYSTEM = "{\"role\":\"system\",\"content\":\"Describe the shot.\"}";

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @Test
    void shouldAnswerWithAShotDescriptionInTheChatCompletionShape() {
        HttpResponse<String> response = post(chat("a red kite over the dunes"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = sim.parse(response);
        assertThat(answer.get("id").asText()).startsWith("chatcmpl-");
        assertThat(answer.get("object").asText()).isEqualTo("chat.completion");
        assertThat(answer.get("created").asLong()).isPositive();
        assertThat(answer.get("model").asText()).isEqualTo("gpt-4.1-mini");
        JsonNode choice = answer.at("/choices/0");
        assertThat(choice.get("index").asInt()).isZero();
        assertThat(choice.get("finish_reason").asText()).isEqualTo("stop");
        assertThat(choice.at("/message/role").asText()).isEqualTo("assistant");
        assertThat(choice.at("/message/content").asText()).contains(" of a red kite over the dunes; ");
        JsonNode usage = answer.get("usage");
        assertThat(usage.get("total_tokens").asLong()).isEqualTo(usage.get("prompt_tokens").asLong()
                + usage.get("completion_tokens").asLong());
    }

    @Test
    void shouldDescribeTheSameBriefAlikeAndDifferentBriefsDifferently() {
        String kite = content(post(chat("a red kite over the dunes")));

        assertThat(content(post(chat("a red kite over the dunes")))).isEqualTo(kite);
        assertThat(content(post(chat("a lighthouse in a storm")))).isNotEqualTo(kite)
                .contains("a lighthouse in a storm");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no model        | {\"messages\":[{\"role\":\"user\",\"content\":\"k\"}]} | model"
                + " | missing_required_parameter",
        "no messages     | {\"model\":\"gpt-4.1-mini\"} | messages | missing_required_parameter",
        "empty messages  | {\"model\":\"gpt-4.1-mini\",\"messages\":[]} | messages | empty_array",
        "unknown role    | {\"model\":\"m\",\"messages\":[{\"role\":\"robot\",\"content\":\"k\"}]} | messages[0].role"
                + " | invalid_value",
        "unknown field   | {\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"k\"}],\"prompt\":\"k\"}"
                + " | prompt | unknown_parameter",
        "temperature 3   | {\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"k\"}],\"temperature\":3}"
                + " | temperature | decimal_above_max_value"})
    void shouldRefuseABadRequestWithOpenAisErrorNamingTheParameter(String why, String body, String param,
                                                                   String code) {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = sim.parse(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo(param);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(sim.simulator.stats().openai().rejected()).isEqualTo(1);
    }

    @Test
    void shouldRefuseACallWithoutAKey() {
        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(
                        URI.create(sim.simulator.openAiBaseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json").POST(SimulatorHarness.jsonBody(chat("k"))).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(sim.parse(response).at("/error/code").asText()).isEqualTo("invalid_api_key");
    }

    @Test
    void shouldFailABriefCarryingAFailHookAndCountEveryCall() {
        HttpResponse<String> failed = post(chat("a kite [sim:fail=server_error]"));
        post(chat("a kite"));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(sim.parse(failed).at("/error/type").asText()).isEqualTo("server_error");
        assertThat(sim.simulator.stats().openai().chatCompletions()).isEqualTo(2);
        assertThat(sim.simulator.stats().openai().jobsCreated()).as("no video job").isZero();
    }

    @Test
    void shouldLeaveTheVideosApiAtItsOwnPaths() {
        HttpResponse<String> response = sim.send(sim.openAi("/chat/completions/extra")
                .header("Content-Type", "application/json").POST(SimulatorHarness.jsonBody(chat("k"))).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(sim.send(sim.openAi("/videos").GET().build()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String body) {
        return sim.send(sim.openAi("/chat/completions").header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody(body)).build());
    }

    private String content(HttpResponse<String> response) {
        return sim.parse(response).at("/choices/0/message/content").asText();
    }

    private static String chat(String brief) {
        return "{\"model\":\"gpt-4.1-mini\",\"temperature\":0,\"messages\":[" + SYSTEM
                + ",{\"role\":\"user\",\"content\":\"" + brief + "\"}]}";
    }
}
