package com.videopipeline.request;

import static com.videopipeline.request.FieldNames.BRAND;
import static com.videopipeline.request.FieldNames.COMPARE;
import static com.videopipeline.request.FieldNames.EXPAND;
import static com.videopipeline.request.FieldNames.MODEL;
import static com.videopipeline.request.FieldNames.PRESET;
import static com.videopipeline.request.FieldNames.PROVIDER;
import static com.videopipeline.request.FieldNames.TARGETS;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads an entry's options (preset, brand, expand, targets, compare), naming every problem against its field. */
final class OptionFields {

    static final List<String> TARGET_NAMES = List.of("outbox", "s3", "email");
    static final int MAX_COMPARE = 6;
    private static final int MAX_NAME = 64;
    /** "sora", "veo3.1", "runway:gen4.5": a provider, a model, or a provider and one of its models. */
    private static final Pattern SIDE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9._-]*)?");

    private final StyleNames styles;

    OptionFields(StyleNames styles) {
        this.styles = styles;
    }

    RequestOptions read(Fields fields) {
        return new RequestOptions(named(fields, PRESET, styles.presetNames()), named(fields, BRAND,
                styles.brandNames()), fields.text(EXPAND) == null ? null : fields.flag(EXPAND, false),
                targets(fields), compare(fields), null, null);
    }

    /** The preset's defaults; a name that is not a preset was reported by {@link #read} and decides nothing. */
    PresetDefaults presetDefaults(RequestOptions options) {
        return options.preset() == null ? PresetDefaults.NONE
                : styles.preset(options.preset()).orElse(PresetDefaults.NONE);
    }

    private static String named(Fields fields, String field, Set<String> known) {
        String name = fields.text(field);
        if (name == null || known.contains(name)) {
            return name;
        }
        fields.problem(field, field + " " + Values.show(name) + " is not configured"
                + (known.isEmpty() ? " (none are)" : " (known: " + String.join(", ", new TreeSet<>(known)) + ")"));
        return null;
    }

    private static List<String> targets(Fields fields) {
        List<String> targets = fields.tags(TARGETS, MAX_NAME).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = targets.stream().filter(t -> !TARGET_NAMES.contains(t)).toList();
        if (!unknown.isEmpty()) {
            fields.problem(TARGETS, TARGETS + " " + Values.show(String.join(",", unknown))
                    + " unknown (allowed: " + String.join(", ", TARGET_NAMES) + ")");
            return List.of();
        }
        return targets.stream().distinct().toList();
    }

    private static List<String> compare(Fields fields) {
        List<String> sides = fields.tags(COMPARE, MAX_NAME).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (sides.isEmpty()) {
            return sides;
        }
        String problem = compareProblem(sides, fields);
        if (problem != null) {
            fields.problem(COMPARE, COMPARE + " " + Values.show(String.join(",", sides)) + " " + problem);
            return List.of();
        }
        return sides;
    }

    private static String compareProblem(List<String> sides, Fields fields) {
        if (sides.size() < 2 || sides.size() > MAX_COMPARE) {
            return "must name 2 to " + MAX_COMPARE + " providers or models";
        }
        if (new HashSet<>(sides).size() < sides.size()) {
            return "names a provider or model twice";
        }
        if (sides.stream().anyMatch(s -> !SIDE.matcher(s).matches())) {
            return "must be provider, model or provider:model names";
        }
        if (!fields.absent(PROVIDER) || !fields.absent(MODEL)) {
            return "decides the providers and models itself: leave provider and model out";
        }
        return null;
    }
}
