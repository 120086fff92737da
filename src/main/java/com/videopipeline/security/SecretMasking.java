package com.videopipeline.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces what looks like a secret in a line of text with {@value #MASK}: provider keys ({@code sk-...},
 * {@code key_...}), webhook secrets ({@code whsec_...}), AWS access key ids, JWTs, bearer and basic credentials, the
 * value of any {@code password=}, {@code secret:}, {@code token=}, {@code api-key:}... assignment, and the signing
 * parameters of signed URLs (S3's {@code X-Amz-Signature} and {@code X-Amz-Credential}, Runway's {@code _jwt},
 * {@code sig}, {@code token}...). The rest of the line stays readable: a URL keeps its host and path.
 */
final class SecretMasking {

    static final String MASK = "***";
    private static final String NOT_AFTER_ALNUM = "(?<![A-Za-z0-9])";

    private static final List<Rule> RULES = List.of(
            // signed URL parameters: ?X-Amz-Signature=... &_jwt=... &sig=...
            new Rule("(?i)([?&;](?:x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature"
                    + "|x-goog-credential|signature|sig|token|access_token|id_token|_jwt|jwt|key|api_key|apikey"
                    + "|password|secret|client_secret)=)[^&\\s\"'<>#]+", "$1" + MASK),
            new Rule("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{6,}", "$1 " + MASK),
            new Rule(NOT_AFTER_ALNUM + "eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*", MASK),
            // after any non-alphanumeric, underscores included: an id like msg_sk-... still hides a key
            new Rule(NOT_AFTER_ALNUM + "(sk-|key_|whsec_|rk_)[A-Za-z0-9_+/=-]{6,}", "$1" + MASK),
            new Rule(NOT_AFTER_ALNUM + "(AKIA|ASIA)[A-Z0-9]{16}\\b", "$1" + MASK),
            // password=..., "secret": "...", X-API-Key: ..., OPENAI_API_KEY=..., pipeline.api.key=...
            new Rule("(?i)((?:password|passwd|secret|token|credential|api[._-]?key|access[._-]?key|private[._-]?key)"
                    + "[A-Za-z0-9_.-]*\"?\\s*[=:]\\s*\"?)(?!\\*\\*\\*)[^\\s\"',;&}\\]]+", "$1" + MASK));

    private SecretMasking() {
    }

    /** The text with every secret-looking part masked; null stays null. */
    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (Rule rule : RULES) {
            masked = rule.apply(masked);
        }
        return masked;
    }

    private record Rule(Pattern pattern, String replacement) {

        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(replacement) : text;
        }
    }
}
