package com.videopipeline.media;

/** Thrown when a file is not a usable MP4 video; the message says what is wrong with it. */
public class InvalidVideoException extends RuntimeException {

    public InvalidVideoException(String message) {
        super(message);
    }

    public InvalidVideoException(String message, Throwable cause) {
        super(message, cause);
    }
}
