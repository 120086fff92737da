package com.videopipeline.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.videopipeline.job.Batch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Names in {@code .done/} and {@code .error/}: a drop file keeps its name and its report sits beside it. The report is
 * written a moment before Camel moves the file, so a crash can fall in between; these rules make the next run finish
 * that move rather than write a second report.
 */
final class DoneFolder {

    private static final String REPORT = ".report.json";
    private static final JsonFactory JSON = new JsonFactory();

    private DoneFolder() {
    }

    /**
     * The name a file of batch {@code batchId} gets in {@code dir}: its own, unless an earlier file or another
     * batch's report holds it; a report this batch wrote before a crash may be replaced.
     */
    static String freeName(Path dir, String name, String batchId) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; taken(dir, candidate, batchId); n++) {
            candidate = stem + "-" + n + ext;
        }
        return candidate;
    }

    /**
     * When a sealed batch's report is in place but its drop file never followed (the crash fell between the two),
     * the destination to move the file to, relative to the inbox.
     */
    static Optional<String> interruptedMove(Path file, Batch earlier) {
        Path report = earlier.report();
        if (report == null || !earlier.sourceFile().equals(file.getFileName().toString()) || !Files.exists(report)) {
            return Optional.empty();
        }
        String reportName = report.getFileName().toString();
        Path target = report.resolveSibling(reportName.substring(0, reportName.length() - REPORT.length()));
        return Files.exists(target) ? Optional.empty()
                : Optional.of(report.getParent().getFileName() + "/" + target.getFileName());
    }

    private static boolean taken(Path dir, String candidate, String batchId) {
        Path report = dir.resolve(candidate + REPORT);
        return Files.exists(dir.resolve(candidate)) || Files.exists(report) && !batchId.equals(batchOf(report));
    }

    /** The batch a report belongs to: its second field, read without loading a report of 100,000 lines. */
    private static String batchOf(Path report) {
        try (JsonParser parser = JSON.createParser(report.toFile())) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME && "batch".equals(parser.currentName())) {
                    return parser.nextTextValue();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
