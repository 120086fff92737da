package com.videopipeline.simulator;

import java.nio.charset.StandardCharsets;

/** One part of a multipart/form-data body; {@code filename} and {@code contentType} are null when absent. */
record MultipartPart(String name, String filename, String contentType, byte[] data) {

    boolean isFile() {
        return filename != null;
    }

    String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
