package com.videopipeline.queue;

/**
 * A message that can never become a request, however often it is delivered: not JSON of a request shape, not text.
 * Its message says why without repeating the body, so it can go into logs and the dead-letter queue's properties.
 */
class PoisonMessageException extends RuntimeException {

    PoisonMessageException(String reason) {
        super(reason);
    }
}
