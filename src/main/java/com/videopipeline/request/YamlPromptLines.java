package com.videopipeline.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads .yaml/.yml prompt files: a top-level list of mappings, or a mapping whose {@code requests:} is that list. */
final class YamlPromptLines extends ObjectListLines {

    private static final String REQUESTS = "requests";
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(unlimitedSize()).build();

    private boolean inMapping;
    private boolean sawRequests;

    YamlPromptLines(Path file, Reader reader) throws IOException {
        super(file, YAML.createParser(reader), "YAML", true);
    }

    @Override
    RawLine start(JsonToken first) {
        if (first == JsonToken.START_ARRAY) {
            enterList();
            return null;
        }
        if (first == null || first == JsonToken.VALUE_NULL) {
            finish();
            return null;
        }
        if (first == JsonToken.START_OBJECT) {
            inMapping = true;
            return null;
        }
        return fail(tokenLine(), "expected a list of requests or a 'requests:' list, found "
                + JsonEntries.describe(first) + "; nothing was read");
    }

    @Override
    RawLine afterList(JsonToken token) throws IOException {
        if (!inMapping) {
            return super.afterList(token);
        }
        int line = tokenLine();
        if (token != JsonToken.FIELD_NAME) {
            inMapping = false;
            return sawRequests ? null : RawLine.failed(line, "the top-level mapping has no 'requests:' list");
        }
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (REQUESTS.equals(key) && !sawRequests && value == JsonToken.START_ARRAY) {
            sawRequests = true;
            enterList();
            return null;
        }
        parser.skipChildren();
        if (!REQUESTS.equals(key)) {
            return RawLine.failed(line, "unknown top-level key " + Values.show(key) + " (only 'requests' is read)");
        }
        return RawLine.failed(line, sawRequests ? "'requests' appears more than once (only the first list is read)"
                : "'requests' must be a list of requests, found " + JsonEntries.describe(value));
    }

    /** SnakeYAML knows where the broken construct began, which is the line a user has to fix. */
    @Override
    int malformedLine(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            Mark mark = yaml.getContextMark() != null ? yaml.getContextMark() : yaml.getProblemMark();
            if (mark != null) {
                return mark.getLine() + 1;
            }
        }
        return super.malformedLine(e);
    }

    /** SnakeYAML's own message repeats the source with carets over several lines; keep only its words. */
    @Override
    String malformedReason(JsonProcessingException e) {
        if (!(e.getCause() instanceof MarkedYAMLException yaml) || yaml.getProblem() == null) {
            return super.malformedReason(e);
        }
        String context = yaml.getContext() == null ? "" : yaml.getContext() + at(yaml.getContextMark()) + ", ";
        return (context + yaml.getProblem() + at(yaml.getProblemMark())).replaceAll("\\s+", " ");
    }

    private static String at(Mark mark) {
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ")";
    }

    /** SnakeYAML caps a document at 3 MB by default; streaming makes the size harmless, so big drops must pass. */
    private static LoaderOptions unlimitedSize() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }
}
