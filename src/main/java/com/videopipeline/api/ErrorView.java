package com.videopipeline.api;

/** The body of every error answer that has nothing more specific to say. */
record ErrorView(int status, String error) {
}
