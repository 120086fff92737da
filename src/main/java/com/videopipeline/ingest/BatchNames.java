package com.videopipeline.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Names a batch after its drop file and the time it arrived ({@code spring-promo-csv-20261124-101500}), safe as
 * a folder name, and unique: a clash (two files in the same second) gets a numeric suffix, never a shared folder.
 */
public final class BatchNames {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private BatchNames() {
    }

    /** The batch name for a file; {@code taken} says which names exist already. */
    public static String next(String fileName, Instant received, Predicate<String> taken) {
        String base = slug(fileName) + "-" + STAMP.format(received);
        String name = base;
        for (int n = 2; taken.test(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Lower-case letters, digits and single dashes; the extension is kept so a.csv and a.jsonl never clash. */
    static String slug(String fileName) {
        String slug = fileName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "batch" : slug;
    }
}
