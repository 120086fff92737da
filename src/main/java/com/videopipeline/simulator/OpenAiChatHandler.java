package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * OpenAI's {@code POST /openai/v1/chat/completions}, as brief expansion uses it: a deterministic shot description
 * of the last user message ({@link ShotDescription}) in the real response shape, after the real API's checks
 * (bearer key, parameters, {@code model}, {@code messages}). A {@code [sim:fail=CODE]} hook in the brief answers
 * 500, so a client's retries and failure handling can be tested; injected faults strike video calls only.
 */
final class OpenAiChatHandler extends ApiHandler {

    static final String PATH = "/openai/v1/chat/completions";

    private final Clock clock;

    OpenAiChatHandler(StatsCounter stats, FaultInjector faults, Clock clock) {
        super(stats, faults);
        this.clock = clock;
    }

    @Override
    void route(HttpExchange exchange) throws IOException {
        requireEndpoint(exchange, "POST", PATH, ApiException::openAiInvalidUrl);
        stats().chatCompletionCalled();
        OpenAiHandler.requireApiKey(exchange);
        byte[] body = HttpIo.readBody(exchange, HttpIo.MAX_BODY_BYTES, () -> ApiException.openAi(413,
                "invalid_request_error", null, null, "Request body exceeds " + HttpIo.MAX_BODY_BYTES + " bytes."));
        OpenAiChatRequest request = OpenAiChatValidator.validate(parse(body));
        if (SimHooks.parse(request.brief(), "openai").fails()) {
            throw serverError();
        }
        HttpIo.sendJson(exchange, 200, answer(request));
    }

    @Override
    ApiException serverError() {
        return ApiException.openAi(500, "server_error", null, null, "The server had an error processing your request.");
    }

    private Map<String, Object> answer(OpenAiChatRequest request) {
        String content = ShotDescription.of(request.brief());
        List<Object> choices = new ArrayList<>();
        for (int i = 0; i < request.choices(); i++) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", "assistant");
            message.put("content", content);
            message.put("refusal", null);
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("index", i);
            choice.put("message", message);
            choice.put("logprobs", null);
            choice.put("finish_reason", "stop");
            choices.add(choice);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", "chatcmpl-" + UUID.randomUUID().toString().replace("-", ""));
        answer.put("object", "chat.completion");
        answer.put("created", clock.instant().getEpochSecond());
        answer.put("model", request.model());
        answer.put("choices", choices);
        answer.put("usage", usage(request.brief(), content, request.choices()));
        answer.put("system_fingerprint", "fp_simulator");
        return answer;
    }

    /** Roughly four characters a token, as OpenAI's own rule of thumb says. */
    private static Map<String, Long> usage(String brief, String content, int choices) {
        long prompt = tokens(brief);
        long completion = tokens(content) * choices;
        return Map.of("prompt_tokens", prompt, "completion_tokens", completion, "total_tokens", prompt + completion);
    }

    private static long tokens(String text) {
        return Math.max(1, (text.length() + 3) / 4);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return HttpIo.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
