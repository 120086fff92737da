package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * The chat-completions request rules the simulator enforces, with the real API's error bodies: a known parameter
 * set, {@code model} and a non-empty {@code messages} list required, each message a known role with text content.
 */
final class OpenAiChatValidator {

    private static final Set<String> FIELDS = Set.of("model", "messages", "temperature", "top_p", "n", "stream",
            "stop", "max_tokens", "max_completion_tokens", "presence_penalty", "frequency_penalty", "seed", "user",
            "response_format", "metadata", "store", "logit_bias", "logprobs", "top_logprobs", "service_tier",
            "reasoning_effort", "verbosity", "safety_identifier", "prompt_cache_key");
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant");
    static final int MAX_CHOICES = 128;

    private OpenAiChatValidator() {
    }

    /** The request as the simulator answers it; throws the API's 400 for anything wrong. */
    static OpenAiChatRequest validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.openAiInvalid(null, null, "We could not parse the JSON body of your request. (HINT: "
                    + "This likely means you aren't using your HTTP library correctly. The OpenAI API expects a "
                    + "JSON payload, but what was sent was not valid JSON.)");
        }
        rejectUnknown(body);
        String model = requiredText(body, "model");
        JsonNode messages = body.get("messages");
        if (messages == null || messages.isNull()) {
            throw missing("messages");
        }
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiException.openAiInvalid("messages", messages.isArray() ? "empty_array" : "invalid_type",
                    "Invalid 'messages': expected a non-empty array of message objects, but got "
                            + (messages.isArray() ? "an empty array" : OpenAiCreateValidator.describe(messages))
                            + " instead.");
        }
        String user = null;
        for (int i = 0; i < messages.size(); i++) {
            String content = message(messages.get(i), i);
            user = "user".equals(messages.get(i).get("role").textValue()) ? content : user;
        }
        checkOptions(body);
        return new OpenAiChatRequest(model, user == null ? "" : user, body.path("n").asInt(1));
    }

    private static void rejectUnknown(JsonNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.openAiInvalid(name, "unknown_parameter", "Unrecognized request argument "
                        + "supplied: " + name);
            }
        }
    }

    /** One message's text; its role must be known and its content a string or a list of text parts. */
    private static String message(JsonNode message, int index) {
        String param = "messages[" + index + "]";
        JsonNode role = message.get("role");
        if (!message.isObject() || role == null || !role.isTextual() || !ROLES.contains(role.textValue())) {
            throw ApiException.openAiInvalid(param + ".role", "invalid_value", "Invalid value for '" + param
                    + ".role': expected one of " + String.join(", ", ROLES.stream().sorted().toList()) + ".");
        }
        JsonNode content = message.get("content");
        if (content != null && content.isTextual()) {
            return content.textValue();
        }
        if (content != null && content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asText("")));
            return text.toString();
        }
        throw ApiException.openAiInvalid(param + ".content", "invalid_type", "Invalid type for '" + param
                + ".content': expected a string or an array of content parts.");
    }

    private static void checkOptions(JsonNode body) {
        JsonNode temperature = body.get("temperature");
        if (temperature != null && !temperature.isNull()
                && (!temperature.isNumber() || temperature.asDouble() < 0 || temperature.asDouble() > 2)) {
            throw ApiException.openAiInvalid("temperature", "decimal_above_max_value", "Invalid 'temperature': "
                    + "expected a number from 0 to 2.");
        }
        JsonNode n = body.get("n");
        if (n != null && !n.isNull() && (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1
                || n.asInt() > MAX_CHOICES)) {
            throw ApiException.openAiInvalid("n", "integer_above_max_value", "Invalid 'n': expected an integer "
                    + "from 1 to " + MAX_CHOICES + ".");
        }
        if (body.path("stream").asBoolean(false)) {
            throw ApiException.openAiInvalid("stream", "unsupported_value", "The simulator does not stream: send "
                    + "stream false or leave it out.");
        }
    }

    private static String requiredText(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw missing(name);
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw ApiException.openAiInvalid(name, "invalid_type", "Invalid type for '" + name
                    + "': expected a non-empty string, but got " + OpenAiCreateValidator.describe(value)
                    + " instead.");
        }
        return value.textValue();
    }

    private static ApiException missing(String name) {
        return ApiException.openAiInvalid(name, "missing_required_parameter", "Missing required parameter: '"
                + name + "'.");
    }
}
