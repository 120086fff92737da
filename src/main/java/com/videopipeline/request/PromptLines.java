package com.videopipeline.request;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Streams one prompt file's entries; reading problems arrive as entries with an error, never as exceptions. */
public interface PromptLines extends Iterator<RawLine>, AutoCloseable {

    @Override
    void close();

    /** No entries: for a file that is not to be read (its content was ingested before). */
    static PromptLines empty() {
        return new PromptLines() {
            @Override
            public boolean hasNext() {
                return false;
            }

            @Override
            public RawLine next() {
                throw new NoSuchElementException();
            }

            @Override
            public void close() {
            }
        };
    }
}
