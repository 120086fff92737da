package com.videopipeline.provider;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** multipart/form-data written by hand, since the JDK client has none; file parts stream from disk. */
final class MultipartBody {

    private static final String CRLF = "\r\n";

    private final String boundary;
    private final List<BodyPublisher> parts = new ArrayList<>();

    MultipartBody(String boundary) {
        this.boundary = boundary;
    }

    static MultipartBody withRandomBoundary() {
        return new MultipartBody("videopipeline-" + UUID.randomUUID().toString().replace("-", ""));
    }

    MultipartBody field(String name, String value) {
        parts.add(BodyPublishers.ofString(header(name, null, null) + value + CRLF));
        return this;
    }

    MultipartBody file(String name, Path file, String contentType) throws FileNotFoundException {
        parts.add(BodyPublishers.ofString(header(name, file.getFileName().toString(), contentType)));
        parts.add(BodyPublishers.ofFile(file));
        parts.add(BodyPublishers.ofString(CRLF));
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    BodyPublisher publisher() {
        List<BodyPublisher> all = new ArrayList<>(parts);
        all.add(BodyPublishers.ofString("--" + boundary + "--" + CRLF));
        return BodyPublishers.concat(all.toArray(BodyPublisher[]::new));
    }

    private String header(String name, String filename, String contentType) {
        StringBuilder header = new StringBuilder("--").append(boundary).append(CRLF)
                .append("Content-Disposition: form-data; name=\"").append(quoted(name)).append('"');
        if (filename != null) {
            header.append("; filename=\"").append(quoted(filename)).append('"');
        }
        header.append(CRLF);
        if (contentType != null) {
            header.append("Content-Type: ").append(contentType).append(CRLF);
        }
        return header.append(CRLF).toString();
    }

    /** Percent-encodes what would end the quoted string or the header line, as the HTML form encoding does. */
    private static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
