package com.videopipeline.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** URL joining and redaction: job ids are checked before they become path segments, and logs never see a query string. */
final class Urls {

    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private Urls() {
    }

    /** {@code http://host/openai/v1} + {@code /videos}: the base path is kept, unlike URI.resolve. */
    static URI join(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    /** The id as a safe path segment; anything else is refused before it can change the request target. */
    static String jobId(String provider, String id) {
        if (id == null || !JOB_ID.matcher(id).matches() || id.contains("..")) {
            throw new ProviderException(provider, FailureKind.BAD_REQUEST, 0, null,
                    provider + ": invalid job id", null, true, null);
        }
        return id;
    }

    /** Scheme, host, port and path only: signed URLs carry their credentials in the query, and user-info is dropped too. */
    static String withoutQuery(URI uri) {
        if (uri == null) {
            return "null";
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return "[unprintable url]";
        }
    }

    static boolean isHttpsOrLoopback(URI uri) {
        String scheme = uri.getScheme();
        return "https".equalsIgnoreCase(scheme) || ("http".equalsIgnoreCase(scheme) && LoopbackHosts.isLoopback(uri));
    }
}
