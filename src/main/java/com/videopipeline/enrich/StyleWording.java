package com.videopipeline.enrich;

import com.videopipeline.enrich.StyleProperties.Brand;
import com.videopipeline.enrich.StyleProperties.Preset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts a brand's and a preset's wording around a prompt: {@code <brand prefix> <preset prefix> prompt <preset
 * suffix> <brand suffix>}. The brand is outermost because it frames every look a brand uses; the preset, a look of
 * the shot itself, sits next to the subject it describes. Negative prompts are merged as comma-separated lists,
 * the entry's own terms first, then the preset's, then the brand's, each term once (ignoring case).
 */
final class StyleWording {

    private StyleWording() {
    }

    /** The prompt and negative prompt with the wording of {@code preset} and {@code brand} (either may be null). */
    static Wording apply(Preset preset, Brand brand, String prompt, String negativePrompt) {
        String before = joined(brand == null ? null : brand.prefix(), preset == null ? null : preset.prefix());
        String after = joined(preset == null ? null : preset.suffix(), brand == null ? null : brand.suffix());
        String words = before.isEmpty() && after.isEmpty() ? prompt : joined(before, prompt, after);
        String presetNegative = preset == null ? null : preset.negativePrompt();
        String brandNegative = brand == null ? null : brand.negativePrompt();
        boolean addsNegative = !blank(presetNegative) || !blank(brandNegative);
        return new Wording(words, addsNegative ? merged(negativePrompt, presetNegative, brandNegative)
                : negativePrompt);
    }

    /** The terms of every list, in order, each once: "blurry, text" + "Text, watermark" = "blurry, text, watermark". */
    static String merged(String... lists) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (String list : lists) {
            if (blank(list)) {
                continue;
            }
            for (String term : list.split(",")) {
                String t = term.strip();
                if (!t.isEmpty()) {
                    terms.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
                }
            }
        }
        return terms.isEmpty() ? null : String.join(", ", terms.values());
    }

    /** The non-blank parts, stripped, separated by one space. */
    private static String joined(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A prompt and negative prompt (null: none) as they will be sent. */
    record Wording(String prompt, String negativePrompt) {
    }
}
