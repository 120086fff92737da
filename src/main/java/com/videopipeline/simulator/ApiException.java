package com.videopipeline.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP error answer in the exact body shape of the provider that raised it. */
final class ApiException extends RuntimeException {

    private final int status;
    private final transient Object body;

    private ApiException(int status, String message, Object body) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
    }

    /** OpenAI shape: {@code {"error":{"message","type","param","code"}}}. */
    static ApiException openAi(int status, String type, String param, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return new ApiException(status, message, Map.of("error", error));
    }

    /** OpenAI 400 for a bad request field. */
    static ApiException openAiInvalid(String param, String code, String message) {
        return openAi(400, "invalid_request_error", param, code, message);
    }

    /** Runway shape: {@code {"error":"<readable message>"}}. */
    static ApiException runway(int status, String message) {
        return new ApiException(status, message, Map.of("error", message));
    }

    int status() {
        return status;
    }

    Object body() {
        return body;
    }
}
