package com.videopipeline.job;

/** A downloaded video that is a valid MP4 but not what was ordered (wrong duration or size): not retried. */
public class VerificationException extends RuntimeException {

    public VerificationException(String message) {
        super(message);
    }
}
