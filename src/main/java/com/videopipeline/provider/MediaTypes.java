package com.videopipeline.provider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Tells a local file's media type from its first bytes (falling back to the extension), because providers check it. */
final class MediaTypes {

    /** The image formats both APIs document: JPEG, PNG, WebP. */
    static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");

    private MediaTypes() {
    }

    static String image(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return "image/webp";
        }
        if (ascii(head, 0, 4).equals("GIF8")) {
            return "image/gif";
        }
        return byExtension(file);
    }

    static String video(Path file) throws IOException {
        byte[] head = head(file);
        if (ascii(head, 4, 4).equals("ftyp")) {
            return ascii(head, 8, 4).equals("qt  ") ? "video/quicktime" : "video/mp4";
        }
        if (startsWith(head, 0x1A, 0x45, 0xDF, 0xA3)) {
            return "video/webm";
        }
        return byExtension(file);
    }

    private static String byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "webp" -> "image/webp";
            case "gif" -> "image/gif";
            case "mp4", "m4v" -> "video/mp4";
            case "mov" -> "video/quicktime";
            case "webm" -> "video/webm";
            default -> "application/octet-stream";
        };
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.copyOf(in.readNBytes(12), 12);
        }
    }

    private static boolean startsWith(byte[] head, int... expected) {
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] head, int offset, int length) {
        return new String(head, offset, length, StandardCharsets.ISO_8859_1);
    }
}
