package com.videopipeline.simulator;

/** A validated Runway generation request, reduced to what shapes the simulated output. */
record RunwayCreateRequest(String endpoint, String model, String promptText, int width, int height, double seconds) {
}
