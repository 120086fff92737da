package com.videopipeline.simulator;

/** A validated OpenAI {@code POST /videos} request; {@code size} keeps the client's spelling for the response. */
record OpenAiCreateRequest(String model, String prompt, int seconds, String size, int width, int height) {
}
