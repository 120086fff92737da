package com.videopipeline.campaign;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values a campaign varies over, e.g. {@code product: [sneakers, backpack]} and {@code location: [Paris, Tokyo]}:
 * one entry per combination (the cartesian product, first variable outermost), named by its values
 * ({@code sneakers-paris}).
 */
record CampaignMatrix(Map<String, List<String>> axes) {

    /** More entries than this in one firing is almost certainly a mistake in the file. */
    static final int MAX_COMBINATIONS = 1000;

    CampaignMatrix {
        axes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    }

    /** How many entries a firing makes: the product of the axes' lengths (1 for an empty matrix). */
    long size() {
        return axes.values().stream().mapToLong(List::size).reduce(1L, Math::multiplyExact);
    }

    /** Every combination of values, each as variable → value, in file order. */
    List<Map<String, String>> combinations() {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : axis.getValue()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(axis.getKey(), value);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }

    /** The entry id of a combination: its values as lower-case words joined by '-'; the campaign's name if none. */
    static String id(String campaign, Map<String, String> combination) {
        if (combination.isEmpty()) {
            return campaign;
        }
        return String.join("-", combination.values().stream().map(CampaignMatrix::slug).toList());
    }

    /** Lower-case letters and digits (accents dropped: São → sao), other runs of characters as one '-'. */
    static String slug(String value) {
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
