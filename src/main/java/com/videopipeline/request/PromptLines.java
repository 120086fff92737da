package com.videopipeline.request;

import java.util.Iterator;

/** Streams one prompt file's entries; reading problems arrive as entries with an error, never as exceptions. */
public interface PromptLines extends Iterator<RawLine>, AutoCloseable {

    @Override
    void close();
}
