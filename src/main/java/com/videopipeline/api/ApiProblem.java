package com.videopipeline.api;

/**
 * A request the API answers with a client error: its HTTP status and the body to send. Thrown by the API's beans
 * and turned into the answer in one place, routes/handle-api-errors.camel.yaml.
 */
final class ApiProblem extends RuntimeException {

    private final int status;
    private final transient Object body;

    private ApiProblem(int status, String message, Object body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    static ApiProblem badRequest(String message) {
        return new ApiProblem(400, message, null);
    }

    /** A 400 whose body lists what is wrong with each entry. */
    static ApiProblem invalid(String message, Object body) {
        return new ApiProblem(400, message, body);
    }

    static ApiProblem notFound(String message) {
        return new ApiProblem(404, message, null);
    }

    static ApiProblem conflict(String message) {
        return new ApiProblem(409, message, null);
    }

    int status() {
        return status;
    }

    /** The body to answer with, or null for the standard error body. */
    Object body() {
        return body;
    }
}
