package com.videopipeline.provider;

/** A provider key that cannot leak through toString, logs or exception messages. */
final class ApiKey {

    private final String value;

    ApiKey(String value) {
        this.value = value;
    }

    String bearer() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
