package com.videopipeline.intake;

import com.videopipeline.request.RawLine;

/** One entry on its way into the accept route, carrying the batch it belongs to. */
public record Submission(IntakeBatch batch, RawLine entry) {
}
