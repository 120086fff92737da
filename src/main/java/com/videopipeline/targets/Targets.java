package com.videopipeline.targets;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** The names of the delivery targets, and their one order: outbox first (the local copy the others upload from). */
public final class Targets {

    public static final String OUTBOX = "outbox";
    public static final String S3 = "s3";
    public static final String EMAIL = "email";
    /** Every target there is, in their order. */
    public static final List<String> KNOWN = List.of(OUTBOX, S3, EMAIL);

    private Targets() {
    }

    /** The outbox, then the named targets, each once, in the known order; names must be known. */
    public static List<String> withOutbox(Collection<String> named) {
        LinkedHashSet<String> all = new LinkedHashSet<>(List.of(OUTBOX));
        all.addAll(named);
        return all.stream().sorted(Comparator.comparingInt(KNOWN::indexOf)).toList();
    }

    static String join(List<String> targets) {
        return String.join(",", targets);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
