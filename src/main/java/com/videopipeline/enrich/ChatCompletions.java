package com.videopipeline.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.videopipeline.provider.EndpointKey;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.request.RequestMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One call of an OpenAI-compatible {@code POST /chat/completions}: the system prompt and the brief as messages,
 * temperature 0 so the same brief reads the same, and the first choice's text as the answer. Every failure becomes
 * a classified {@link ExpansionException}; nothing here retries.
 */
@Component
class ChatCompletions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 300;

    private final ExpansionProperties props;
    private final EndpointKey key;
    private final HttpClient client;

    ChatCompletions(ExpansionProperties props, Environment environment) {
        this.props = props;
        this.key = new EndpointKey(environment, props.apiKeyEnv(), props.loopbackKey(), props.baseUrl());
        this.client = HttpClient.newBuilder().connectTimeout(props.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The model's shot description of {@code brief}. */
    String complete(String brief) throws ExpansionException {
        HttpRequest request = HttpRequest.newBuilder(endpoint()).timeout(props.timeout())
                .header("Authorization", key.authorization()
                        .orElseThrow(() -> new ExpansionException(FailureKind.AUTHENTICATION, key.missing())))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(brief), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            int status = response.statusCode();
            throw new ExpansionException(kindOf(status, response.body()), "chat completions answered " + status
                    + errorDetail(response.body()));
        }
        return content(response.body());
    }

    URI endpoint() {
        String base = props.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    private String body(String brief) {
        ObjectNode body = JSON.createObjectNode().put("model", props.model());
        body.putArray("messages")
                .add(JSON.createObjectNode().put("role", "system").put("content", props.systemPrompt()))
                .add(JSON.createObjectNode().put("role", "user").put("content", brief));
        return body.put("temperature", 0).toString();
    }

    private HttpResponse<String> send(HttpRequest request) throws ExpansionException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new ExpansionException(FailureKind.CONNECTION, "could not connect to " + endpoint(), e);
        } catch (HttpTimeoutException e) {
            throw new ExpansionException(FailureKind.TIMEOUT, "no answer within " + props.timeout(), e);
        } catch (IOException e) {
            throw new ExpansionException(FailureKind.CONNECTION, "connection failed ("
                    + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExpansionException(FailureKind.TIMEOUT, "interrupted while waiting for the answer", e);
        }
    }

    /** {@code choices[0].message.content}: non-blank, and short enough to be a prompt. */
    private static String content(String body) throws ExpansionException {
        JsonNode text;
        try {
            text = JSON.readTree(body).at("/choices/0/message/content");
        } catch (JsonProcessingException e) {
            throw new ExpansionException(FailureKind.MALFORMED_RESPONSE, "chat completions answered with no JSON", e);
        }
        if (!text.isTextual() || text.textValue().isBlank()) {
            throw new ExpansionException(FailureKind.MALFORMED_RESPONSE,
                    "chat completions answered without choices[0].message.content");
        }
        String content = text.textValue().strip();
        if (content.length() > RequestMapper.MAX_PROMPT_CHARS) {
            throw new ExpansionException(FailureKind.BAD_OUTPUT, "the description is " + content.length()
                    + " characters long (at most " + RequestMapper.MAX_PROMPT_CHARS + ")");
        }
        return content;
    }

    /** As the provider clients classify: a 429 for an exhausted quota will not pass by waiting. */
    static FailureKind kindOf(int status, String body) {
        if (status == 429 && body != null && body.contains("insufficient_quota")) {
            return FailureKind.QUOTA_EXHAUSTED;
        }
        return switch (status) {
            case 400, 404, 422 -> FailureKind.BAD_REQUEST;
            case 401 -> FailureKind.AUTHENTICATION;
            case 403 -> FailureKind.PERMISSION_DENIED;
            case 408 -> FailureKind.TIMEOUT;
            case 409, 429 -> FailureKind.RATE_LIMITED;
            default -> status >= 500 ? FailureKind.SERVER_ERROR : FailureKind.BAD_REQUEST;
        };
    }

    /** ": " and OpenAI's {@code error.message}, cut short; empty when the body has none. */
    private static String errorDetail(String body) {
        try {
            String message = JSON.readTree(body).at("/error/message").asText("");
            return message.isBlank() ? "" : ": " + (message.length() > MAX_DETAIL
                    ? message.substring(0, MAX_DETAIL) + "…" : message);
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
