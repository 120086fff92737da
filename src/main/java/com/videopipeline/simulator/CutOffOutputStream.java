package com.videopipeline.simulator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes through the first {@code limit} bytes, then aborts the writer: how [sim:truncate] breaks a download. */
final class CutOffOutputStream extends FilterOutputStream {

    /** Thrown once the limit is reached, to stop the producer early. */
    static final class CutOff extends IOException {
        CutOff() {
            super("output cut off", null);
        }
    }

    private long remaining;

    CutOffOutputStream(OutputStream out, long limit) {
        super(out);
        this.remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (remaining <= 0) {
            throw new CutOff();
        }
        out.write(b);
        remaining--;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int allowed = (int) Math.min(len, remaining);
        out.write(b, off, allowed);
        remaining -= allowed;
        if (allowed < len) {
            throw new CutOff();
        }
    }
}
