package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenAI's moderation API, {@code POST /openai/v1/moderations}: the same key rules as the Videos API, the real
 * request shapes (a string, an array of strings, or the multimodal array of {@code text} and {@code image_url}
 * parts) and answer shape, scored by {@link ModerationScorer}. Counted in the OpenAI stats ({@code moderations},
 * {@code moderationImages}, {@code moderationsFlagged}); fault injection never strikes it. The hook
 * {@code [sim:moderation=STATUS]} in a text answers that error status (e.g. 503), for tests of an unavailable API.
 */
final class ModerationHandler extends ApiHandler {

    static final String PATH = "/openai/v1/moderations";

    private static final Set<String> MODELS = Set.of("omni-moderation-latest", "omni-moderation-2024-09-26",
            "text-moderation-latest", "text-moderation-stable");
    private static final Pattern HOOK = Pattern.compile("\\[sim:moderation=([45]\\d\\d)]");
    private static final Pattern DATA_URL = Pattern.compile("data:image/(jpeg|png|webp|gif);base64,[A-Za-z0-9+/]");
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final ModerationScorer scorer;

    /** No fault injector: the faults stand for video-generation trouble, and a moderation call is no such call. */
    ModerationHandler(StatsCounter stats, SimulatorModeration settings) {
        super(stats, null);
        this.scorer = new ModerationScorer(settings);
    }

    /** One input of the request: its text parts and image URLs. */
    private record Input(List<String> texts, List<String> images) {
    }

    @Override
    void route(HttpExchange exchange) throws IOException {
        OpenAiHandler.requireApiKey(exchange);
        requireEndpoint(exchange, "POST", PATH, ApiException::openAiInvalidUrl);
        stats().moderated();
        JsonNode body = json(HttpIo.readBody(exchange, MAX_BODY_BYTES, () -> ApiException.openAi(413,
                "invalid_request_error", null, null, "Request body exceeds " + MAX_BODY_BYTES + " bytes.")));
        String model = body.path("model").asText("omni-moderation-latest");
        if (!MODELS.contains(model)) {
            throw ApiException.openAiInvalid("model", "model_not_found", "The model '" + model
                    + "' does not exist or you do not have access to it.");
        }
        List<Input> inputs = inputs(body.get("input"), model.startsWith("omni-"));
        hook(inputs);
        List<Object> results = new ArrayList<>();
        for (Input input : inputs) {
            input.images().forEach(image -> stats().moderatedImage());
            Map<String, Object> result = scorer.result(input.texts(), input.images());
            if (Boolean.TRUE.equals(result.get("flagged"))) {
                stats().moderationFlagged();
            }
            results.add(result);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", "modr-" + UUID.randomUUID().toString().replace("-", ""));
        answer.put("model", model.equals("omni-moderation-latest") ? "omni-moderation-2024-09-26" : model);
        answer.put("results", results);
        HttpIo.sendJson(exchange, 200, answer);
    }

    @Override
    ApiException serverError() {
        return ApiException.openAi(500, "server_error", null, null, "The server had an error processing your request.");
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = HttpIo.JSON.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            throw ApiException.openAiInvalid(null, null, "We could not parse the JSON body of your request.");
        }
        throw ApiException.openAiInvalid(null, null, "The request body must be a JSON object.");
    }

    /** A string is one input, an array of strings one input each, an array of parts one multimodal input. */
    private static List<Input> inputs(JsonNode input, boolean omni) {
        if (input != null && input.isTextual() && !input.asText().isEmpty()) {
            return List.of(new Input(List.of(input.asText()), List.of()));
        }
        if (input == null || !input.isArray() || input.isEmpty()) {
            throw ApiException.openAiInvalid("input", null, "'input' must be a non-empty string or array.");
        }
        if (input.get(0).isTextual()) {
            List<Input> inputs = new ArrayList<>();
            input.forEach(text -> inputs.add(new Input(List.of(text(text, "input")), List.of())));
            return inputs;
        }
        List<String> texts = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            part(input.get(i), "input[" + i + "]", omni, texts, images);
        }
        return List.of(new Input(texts, images));
    }

    private static void part(JsonNode part, String where, boolean omni, List<String> texts, List<String> images) {
        String type = part.path("type").asText("");
        if (type.equals("text")) {
            texts.add(text(part.get("text"), where + ".text"));
        } else if (type.equals("image_url") && omni) {
            images.add(imageUrl(part.path("image_url").get("url"), where + ".image_url.url"));
        } else {
            throw ApiException.openAiInvalid(where + ".type", null, "Invalid value: '" + type + "'. Supported values "
                    + "are: 'text'" + (omni ? " and 'image_url'" : "") + ".");
        }
    }

    private static String text(JsonNode text, String where) {
        if (text == null || !text.isTextual()) {
            throw ApiException.openAiInvalid(where, null, "Invalid type for '" + where + "': expected a string.");
        }
        return text.asText();
    }

    private static String imageUrl(JsonNode url, String where) {
        String value = text(url, where);
        if (!value.startsWith("https://") && !DATA_URL.matcher(value).lookingAt()) {
            throw ApiException.openAiInvalid(where, "invalid_image_url", "Expected an https URL or a base64 data "
                    + "URL of a jpeg, png, webp or gif image.");
        }
        return value;
    }

    private static void hook(List<Input> inputs) {
        for (Input input : inputs) {
            for (String text : input.texts()) {
                Matcher m = HOOK.matcher(text);
                if (m.find()) {
                    int status = Integer.parseInt(m.group(1));
                    throw ApiException.openAi(status, status >= 500 ? "server_error" : "invalid_request_error",
                            null, null, "Simulated moderation answer " + status + ".");
                }
            }
        }
    }
}
