package com.videopipeline;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every secret the test suite hands the pipeline, named once, so {@code security.LogSecretScan} can prove that
 * none of them reached any log the suite wrote. A test configuring a new secret adds it here.
 */
public final class TestSecrets {

    public static final String API_KEY = "api-key-for-the-console-test-7f3a";
    public static final String BROWSER_API_KEY = "api-key-of-the-browser-test";
    public static final String ADMIN_PASSWORD = "admin-password-5e1d9c";
    public static final String VIEWER_PASSWORD = "viewer-password-2b8f4a";
    public static final String BROWSER_VIEWER_PASSWORD = "viewer-password-in-the-browser";
    /** A wrong password a brute-force test tries: it must never reach a log either. */
    public static final String GUESSED_PASSWORD = "guessed-password-4d2b7e";
    public static final String SMTP_PASSWORD = "smtp-password-9c4e2a";
    public static final String DIGEST_SMTP_PASSWORD = "smtp-Secret-4711";
    public static final String BROKER_PASSWORD = "s3cret-of-the-broker";
    public static final String S3_ACCESS_KEY = "test-access-key-1b7e";
    public static final String S3_SECRET_KEY = "test-secret-key-9f02c4d1";
    public static final String OPENAI_KEY = "sk-real-123";
    public static final String WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public static final String OTHER_WEBHOOK_SECRET = "whsec_c2VjcmV0LWZvci10ZXN0cy1vbmx5";
    public static final String TEST_API_KEY = "test-key-0123456789abcdef";
    public static final String TARGETS_API_KEY = "targets-test-key-0123456789";
    public static final String FILTER_API_KEY = "a-long-enough-api-key-42";
    public static final String COMPARE_API_KEY = "test-key-compare-0123456789";
    public static final String EVERY_SOURCE_API_KEY = "every-source-key-0123456789";
    public static final String BAD_OPENAI_KEY = "bogus-openai-credential-7f3a9c";
    public static final String SIMULATOR_WEBHOOK_KEY = "simulator-webhook-test-key";
    public static final String E2E_WEBHOOK_KEY = "end-to-end-webhook-key";
    public static final String E2E_WEBHOOK_SECRET = whsec(E2E_WEBHOOK_KEY);
    public static final String CONSOLE_WEBHOOK_SECRET = whsec("webhook-signing-key-of-the-console-test");

    private TestSecrets() {
    }

    /**
     * All of them by name (every public constant here, so a new one is never forgotten); the loopback keys of
     * config/application.yml are not secrets and are not listed.
     */
    public static Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        for (Field field : TestSecrets.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                all.put(field.getName(), value(field));
            }
        }
        return all;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String whsec(String key) {
        return "whsec_" + Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
