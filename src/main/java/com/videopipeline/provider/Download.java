package com.videopipeline.provider;

import java.nio.file.Path;

/** A file fetched from a provider, hashed while it streamed to disk. */
public record Download(Path file, long bytes, String sha256, String contentType) {
}
