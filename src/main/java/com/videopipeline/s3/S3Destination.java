package com.videopipeline.s3;

import java.util.regex.Matcher;

/** A bucket and a key prefix, written {@code s3://bucket/prefix}; the prefix may be empty. */
record S3Destination(String bucket, String prefix) {

    /** Bucket naming rules of S3 (lower case, digits, dots, dashes), then an optional prefix. */
    static final String PATTERN = "s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(/.*)?";

    private static final java.util.regex.Pattern REGEX = java.util.regex.Pattern.compile(PATTERN);

    static S3Destination parse(String uri) {
        Matcher m = REGEX.matcher(uri);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an S3 destination (s3://bucket/prefix): " + uri);
        }
        String prefix = m.group(2) == null ? "" : m.group(2).replaceAll("^/+|/+$", "");
        return new S3Destination(m.group(1), prefix);
    }

    /** The full key of {@code relative} below the prefix. */
    String key(String relative) {
        return prefix.isEmpty() ? relative : prefix + "/" + relative;
    }

    /** Where an object is, as the ledger and the manifest say it: {@code s3://bucket/key}. */
    String location(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
