package com.videopipeline.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal RFC 7578 multipart/form-data parser: enough to read what HTTP clients send, and strict enough to
 * refuse a malformed body the way a real server would (the JDK has no parser of its own).
 */
final class MultipartParser {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartParser() {
    }

    /** The boundary parameter of a multipart Content-Type, or null if the type is not multipart/form-data. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        String value = parameters(contentType).get("boundary");
        return value == null || value.isEmpty() ? null : value;
    }

    /** Splits a body into its parts; throws {@link IllegalArgumentException} with a readable reason. */
    static List<MultipartPart> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new IllegalArgumentException("multipart body does not contain the boundary");
        }
        pos += delimiter.length;
        List<MultipartPart> parts = new ArrayList<>();
        while (!startsWith(body, pos, new byte[] {'-', '-'})) {
            if (!startsWith(body, pos, CRLF)) {
                throw new IllegalArgumentException("multipart boundary is not followed by CRLF");
            }
            int headerEnd = indexOf(body, HEADER_END, pos);
            int end = headerEnd < 0 ? -1 : indexOf(body, separator, headerEnd + HEADER_END.length);
            if (end < 0) {
                throw new IllegalArgumentException("multipart body is truncated (no closing boundary)");
            }
            String headers = new String(body, pos + 2, Math.max(0, headerEnd - pos - 2), StandardCharsets.UTF_8);
            byte[] data = Arrays.copyOfRange(body, headerEnd + HEADER_END.length, end);
            parts.add(part(headers, data));
            pos = end + separator.length;
        }
        return parts;
    }

    private static MultipartPart part(String headerBlock, byte[] data) {
        Map<String, String> headers = new HashMap<>();
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw new IllegalArgumentException("multipart part has no Content-Disposition: form-data header");
        }
        Map<String, String> params = parameters(disposition);
        if (params.get("name") == null) {
            throw new IllegalArgumentException("multipart part has no name");
        }
        return new MultipartPart(params.get("name"), params.get("filename"), headers.get("content-type"), data);
    }

    /** Parameters after the first {@code ;} of a header value; quoted values keep their inner text. */
    private static Map<String, String> parameters(String headerValue) {
        Map<String, String> params = new HashMap<>();
        for (String piece : headerValue.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            int eq = piece.indexOf('=');
            if (eq > 0) {
                String value = piece.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                params.put(piece.substring(0, eq).trim().toLowerCase(Locale.ROOT), value);
            }
        }
        return params;
    }

    private static boolean startsWith(byte[] data, int from, byte[] prefix) {
        if (from + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] target, int from) {
        for (int i = Math.max(from, 0); i <= data.length - target.length; i++) {
            if (startsWith(data, i, target)) {
                return i;
            }
        }
        return -1;
    }
}
