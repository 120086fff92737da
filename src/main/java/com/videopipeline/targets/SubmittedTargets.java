package com.videopipeline.targets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The batch-level {@code targets} of a message body {@code {"name": ..., "targets": [...], "requests": [...]}}, read
 * by streaming over its top level (the requests are skipped, never held). A body that is one request or an array has
 * no batch level: a {@code targets} there is that request's own, read with its other fields.
 */
@Component
class SubmittedTargets {

    private static final JsonFactory JSON = new JsonFactory();

    private final TargetSwitches switches;

    SubmittedTargets(TargetSwitches switches) {
        this.switches = switches;
    }

    List<String> read(String body) {
        List<String> named = named(body);
        if (named == null || named.isEmpty()) {
            return List.of();
        }
        String problem = switches.problem(named);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return Targets.withOutbox(named);
    }

    /** The names under the envelope's {@code targets}, lower case; null when the body is no envelope. */
    private static List<String> named(String body) {
        try (JsonParser parser = JSON.createParser(body == null ? "" : body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            List<String> targets = null;
            boolean envelope = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                envelope |= "requests".equals(field) && value == JsonToken.START_ARRAY;
                if ("targets".equals(field)) {
                    targets = values(parser, value);
                } else {
                    parser.skipChildren();
                }
            }
            return envelope ? targets : null;
        } catch (IOException e) {
            return null; // unreadable as a whole: the entries' reader says why, with the body's other faults
        }
    }

    /** A list of names, or one string separated by {@code ,} {@code ;} or {@code |}. */
    private static List<String> values(JsonParser parser, JsonToken value) throws IOException {
        List<String> names = new ArrayList<>();
        if (value == JsonToken.VALUE_STRING) {
            for (String name : parser.getText().split("[,;|]")) {
                names.add(name);
            }
        } else if (value == JsonToken.START_ARRAY) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    throw new IllegalArgumentException("targets: must be a list of target names ("
                            + String.join(", ", Targets.KNOWN) + ")");
                }
                names.add(parser.getText());
            }
        } else if (value != JsonToken.VALUE_NULL) {
            throw new IllegalArgumentException("targets: must be a list of target names ("
                    + String.join(", ", Targets.KNOWN) + ")");
        }
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty()).distinct()
                .toList();
    }
}
