package com.videopipeline.request;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/** Look-ahead and failure handling shared by the readers, so "never throw while iterating" lives in one place. */
abstract class PromptLineReader implements PromptLines {

    private final Path file;
    private final Closeable source;
    private RawLine pending;
    private boolean finished;
    private boolean stopAfterPending;

    PromptLineReader(Path file, Closeable source) {
        this.file = file;
        this.source = source;
    }

    /** The next entry, or null at the end of the file. */
    abstract RawLine readNext() throws IOException;

    /** The line the reader has reached, for problems that carry no position of their own. */
    abstract int currentLine();

    /** Reports an error after which nothing more can be read from the file. */
    final RawLine fail(int line, String message) {
        stopAfterPending = true;
        return RawLine.failed(line, message);
    }

    @Override
    public final boolean hasNext() {
        if (pending == null && !finished) {
            pending = stopAfterPending ? null : advance();
            finished = pending == null;
        }
        return pending != null;
    }

    @Override
    public final RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more entries in " + file);
        }
        RawLine line = pending;
        pending = null;
        return line;
    }

    @Override
    public final void close() {
        finished = true;
        pending = null;
        try {
            source.close();
        } catch (IOException e) {
            // the file was only read, so a failing close loses nothing worth reporting
        }
    }

    private RawLine advance() {
        try {
            return readNext();
        } catch (IOException | RuntimeException e) {
            // a production inbox must keep going: whatever breaks, the file's report says where it stopped
            int line = Math.max(1, currentLine());
            return fail(line, "could not read " + file.getFileName() + " at line " + line + ": "
                    + Values.describe(e) + "; entries after this point were not read");
        }
    }
}
