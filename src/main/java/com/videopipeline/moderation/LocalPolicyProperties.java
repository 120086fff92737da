package com.videopipeline.moderation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Our own content policy ({@code pipeline.moderation.local}), checked before anything leaves the machine. Every
 * pattern is compiled here, so a bad one stops the start with its index and the compiler's complaint instead of
 * failing entries later.
 *
 * @param enabled          off: prompts are neither cleaned nor checked here (the moderation API still runs)
 * @param maxLength        longest prompt and negative prompt, in characters, after cleaning
 * @param blockedTerms     words or phrases refused as whole words, case-insensitively ({@code policy/blocked-term})
 * @param blockedPatterns  Java regular expressions refused wherever they match ({@code policy/blocked-pattern})
 * @param injectionMarkers text that tries to steer a language model rather than describe a video, refused anywhere,
 *                         case-insensitively, in the prompt or the negative prompt ({@code policy/injection})
 * @param protectedNames   real people, characters and trademarks we may not depict, refused as whole words
 *                         ({@code policy/protected-name})
 */
@Validated
@ConfigurationProperties("pipeline.moderation.local")
public record LocalPolicyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10000") @Min(1) @Max(32_000) int maxLength,
        List<String> blockedTerms,
        List<String> blockedPatterns,
        @DefaultValue({"ignore previous instructions", "ignore all previous instructions",
                "disregard previous instructions", "system prompt", "</s>", "<|im_start|>", "<|im_end|>",
                "<|endoftext|>", "[INST]", "<<SYS>>"}) List<String> injectionMarkers,
        List<String> protectedNames) {

    public LocalPolicyProperties {
        blockedTerms = nonBlank("blocked-terms", blockedTerms);
        blockedPatterns = nonBlank("blocked-patterns", blockedPatterns);
        injectionMarkers = nonBlank("injection-markers", injectionMarkers);
        protectedNames = nonBlank("protected-names", protectedNames);
        compile(blockedPatterns);
    }

    /** The blocked patterns, compiled; validated once in the constructor. */
    List<Pattern> compiledPatterns() {
        return compile(blockedPatterns);
    }

    private static List<Pattern> compile(List<String> patterns) {
        List<Pattern> compiled = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            try {
                compiled.add(Pattern.compile(patterns.get(i)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("pipeline.moderation.local.blocked-patterns[" + i + "] '"
                        + patterns.get(i) + "' is not a valid regular expression: " + e.getDescription()
                        + " near index " + e.getIndex());
            }
        }
        return List.copyOf(compiled);
    }

    private static List<String> nonBlank(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw new IllegalArgumentException("pipeline.moderation.local." + name + "[" + i + "] is blank");
            }
        }
        return List.copyOf(values);
    }
}
