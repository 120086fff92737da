package com.videopipeline.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP error answer in the exact body shape of the provider that raised it. */
final class ApiException extends RuntimeException {

    private final int status;
    private final transient Object body;
    private final transient Map<String, String> headers;
    private final boolean injected;

    private ApiException(int status, String message, Object body, Map<String, String> headers, boolean injected) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
        this.headers = headers;
        this.injected = injected;
    }

    /** OpenAI shape: {@code {"error":{"message","type","param","code"}}}. */
    static ApiException openAi(int status, String type, String param, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return of(status, message, Map.of("error", error));
    }

    /** OpenAI 400 for a bad request field. */
    static ApiException openAiInvalid(String param, String code, String message) {
        return openAi(400, "invalid_request_error", param, code, message);
    }

    /** OpenAI's 404 for a method and path it does not serve. */
    static ApiException openAiInvalidUrl(String method, String path) {
        return openAi(404, "invalid_request_error", null, null,
                "Invalid URL (" + method + " " + path.substring("/openai".length()) + ")");
    }

    /** Runway shape: {@code {"error":"<readable message>"}}. */
    static ApiException runway(int status, String message) {
        return of(status, message, Map.of("error", message));
    }

    /** Runway's 404 for a method and path it does not serve. */
    static ApiException runwayNotFound(String method, String path) {
        return runway(404, "Not found: " + method + " " + path.substring("/runway".length()));
    }

    /** Any body, for answers outside the usual shape (e.g. OpenAI's gateway 502 with a numeric code). */
    static ApiException of(int status, String message, Object body) {
        return new ApiException(status, message, body, Map.of(), false);
    }

    /** The same answer as a deliberate fault with these headers: not counted as a client mistake. */
    ApiException injected(Map<String, String> extraHeaders) {
        return new ApiException(status, getMessage(), body, Map.copyOf(extraHeaders), true);
    }

    int status() {
        return status;
    }

    Object body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    boolean isInjected() {
        return injected;
    }
}
