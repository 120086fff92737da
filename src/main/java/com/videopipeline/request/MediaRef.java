package com.videopipeline.request;

import java.net.URI;
import java.nio.file.Path;

/**
 * An input image or video: a local file (already resolved against the drop file's folder and checked to exist)
 * or a remote https URL. Exactly one of the two is set.
 */
public record MediaRef(Path file, URI url) {

    public MediaRef {
        if ((file == null) == (url == null)) {
            throw new IllegalArgumentException("exactly one of file or url must be set");
        }
    }

    public static MediaRef local(Path file) {
        return new MediaRef(file, null);
    }

    public static MediaRef remote(URI url) {
        return new MediaRef(null, url);
    }

    public boolean isLocal() {
        return file != null;
    }

    @Override
    public String toString() {
        return isLocal() ? file.toString() : url.toString();
    }
}
