package com.videopipeline.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands a campaign's prompt template over its matrix into the entries of a firing, after checking that the
 * template and the variables agree: every {@code {{variable}}} used is defined exactly once, every one defined is
 * used, and every combination names a distinct entry.
 */
final class CampaignExpansion {

    private static final int MAX_ID_CHARS = 80;

    private CampaignExpansion() {
    }

    /** The entries, or an empty list when the file has a problem (every one reported to {@code fields}). */
    static List<CampaignEntry> entries(String name, PromptTemplate prompt, CampaignMatrix matrix,
                                       Map<String, String> constants, String style, CampaignFields fields) {
        Map<String, String> values = new HashMap<>(constants);
        if (style != null) {
            values.put("style", style);
        }
        int before = fields.problemCount();
        checkVariables(prompt, matrix, constants, style, fields);
        if (matrix.size() > CampaignMatrix.MAX_COMBINATIONS) {
            fields.problem("matrix", "makes " + matrix.size() + " combinations; at most "
                    + CampaignMatrix.MAX_COMBINATIONS + " per firing");
        }
        if (fields.problemCount() > before) {
            return List.of();
        }
        return expand(name, prompt, matrix, values, fields);
    }

    private static void checkVariables(PromptTemplate prompt, CampaignMatrix matrix, Map<String, String> constants,
                                       String style, CampaignFields fields) {
        Map<String, String> definedAt = new LinkedHashMap<>();
        matrix.axes().keySet().forEach(k -> definedAt.put(k, "matrix." + k));
        for (String k : constants.keySet()) {
            if (definedAt.putIfAbsent(k, "variables." + k) != null) {
                fields.problem("variables." + k, "is also a matrix variable; define it once");
            }
        }
        if (style != null && definedAt.putIfAbsent("style", "defaults.style") != null) {
            fields.problem("defaults.style", "{{style}} is also defined under " + definedAt.get("style"));
        }
        Set<String> used = prompt.variables();
        for (String variable : used) {
            if (!definedAt.containsKey(variable)) {
                fields.problem("prompt", "uses {{" + variable + "}}, which is not defined (define it under matrix"
                        + " or variables" + ("style".equals(variable) ? ", or as defaults.style)" : ")"));
            }
        }
        definedAt.forEach((variable, where) -> {
            if (!used.contains(variable)) {
                fields.problem(where, "is never used in prompt (write {{" + variable + "}} where it belongs)");
            }
        });
    }

    private static List<CampaignEntry> expand(String name, PromptTemplate prompt, CampaignMatrix matrix,
                                              Map<String, String> values, CampaignFields fields) {
        List<CampaignEntry> entries = new ArrayList<>();
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (Map<String, String> combination : matrix.combinations()) {
            String id = CampaignMatrix.id(name, combination);
            Map<String, String> earlier = byId.putIfAbsent(id.toLowerCase(Locale.ROOT), combination);
            if (id.length() > MAX_ID_CHARS) {
                fields.problem("matrix", "entry id '" + id + "' is longer than " + MAX_ID_CHARS
                        + " characters; use shorter values");
                return List.of();
            } else if (earlier != null) {
                fields.problem("matrix", "values " + earlier.values() + " and " + combination.values()
                        + " both name the entry '" + id + "'; make them differ in letters or digits");
                return List.of();
            }
            Map<String, String> all = new HashMap<>(values);
            all.putAll(combination);
            entries.add(new CampaignEntry(id, prompt.expand(all), combination));
        }
        return entries;
    }
}
