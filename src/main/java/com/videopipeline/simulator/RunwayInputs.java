package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks Runway input assets (providers.md §2.4): HTTPS with a domain host, runway:// uploads, or small data URIs. */
final class RunwayInputs {

    static final int MAX_IMAGE_DATA_BYTES = 5 * 1024 * 1024;
    static final int MAX_VIDEO_DATA_BYTES = 16 * 1024 * 1024;
    private static final int MAX_URL_LENGTH = 2048;
    private static final Pattern DATA_URI = Pattern.compile("data:(image|video)/([A-Za-z0-9.+-]+);base64,(.*)",
            Pattern.DOTALL);
    private static final Set<String> IMAGE_TYPES = Set.of("jpeg", "jpg", "png", "webp");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private RunwayInputs() {
    }

    /** {@code promptImage}: one URI, or positioned frames where the model allows a last frame. */
    static void checkPromptImage(JsonNode node, boolean lastFrameAllowed) {
        if (node == null || node.isNull()) {
            throw bad("promptImage is required");
        }
        if (node.isTextual()) {
            checkUri("promptImage", node.textValue(), "image", MAX_IMAGE_DATA_BYTES);
            return;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw bad("promptImage must be a URI string or a non-empty array of {uri, position}");
        }
        Set<String> positions = new HashSet<>();
        for (JsonNode frame : node) {
            positions.add(checkFrame(frame, lastFrameAllowed, positions));
        }
        if (!positions.contains("first")) {
            throw bad("promptImage needs a frame with position 'first'; a last frame alone is not allowed");
        }
    }

    static void checkVideoUri(JsonNode node) {
        if (node == null || node.isNull()) {
            throw bad("videoUri is required");
        }
        if (!node.isTextual()) {
            throw bad("videoUri must be a string");
        }
        checkUri("videoUri", node.textValue(), "video", MAX_VIDEO_DATA_BYTES);
    }

    private static String checkFrame(JsonNode frame, boolean lastFrameAllowed, Set<String> seen) {
        JsonNode uri = frame.get("uri");
        JsonNode position = frame.get("position");
        if (!frame.isObject() || uri == null || !uri.isTextual() || position == null || !position.isTextual()
                || frame.size() != 2) {
            throw bad("each promptImage entry must be an object with exactly 'uri' and 'position'");
        }
        String where = position.textValue();
        if (!"first".equals(where) && !("last".equals(where) && lastFrameAllowed)) {
            throw bad("promptImage position '" + where + "' is not allowed for this model");
        }
        if (seen.contains(where)) {
            throw bad("promptImage has more than one '" + where + "' frame");
        }
        checkUri("promptImage.uri", uri.textValue(), "image", MAX_IMAGE_DATA_BYTES);
        return where;
    }

    private static void checkUri(String field, String uri, String media, int maxDataBytes) {
        if (uri.startsWith("data:")) {
            checkDataUri(field, uri, media, maxDataBytes);
        } else if (uri.length() > MAX_URL_LENGTH) {
            throw bad(field + " URL is longer than " + MAX_URL_LENGTH + " characters");
        } else if (uri.startsWith("https://")) {
            checkHttpsHost(field, uri);
        } else if (uri.startsWith("http://")) {
            throw bad(field + " must be an HTTPS URL; http:// URLs are not accepted");
        } else if (!uri.startsWith("runway://")) {
            throw bad(field + " must be an HTTPS URL, a runway:// upload URI or a base64 data URI");
        }
    }

    private static void checkHttpsHost(String field, String uri) {
        String host;
        try {
            host = new URI(uri).getHost();
        } catch (URISyntaxException e) {
            throw bad(field + " is not a valid URL");
        }
        if (host == null || host.startsWith("[") || IPV4.matcher(host).matches()) {
            throw bad(field + " URL must use a domain name, not an IP address");
        }
    }

    private static void checkDataUri(String field, String uri, String media, int maxDataBytes) {
        Matcher data = DATA_URI.matcher(uri);
        if (!data.matches() || !data.group(1).equals(media)
                || ("image".equals(media) && !IMAGE_TYPES.contains(data.group(2)))) {
            throw bad(field + " data URI must be data:" + media + "/<type>;base64,..."
                    + ("image".equals(media) ? " with type jpeg, png or webp" : ""));
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(data.group(3));
        } catch (IllegalArgumentException e) {
            throw bad(field + " data URI is not valid base64");
        }
        if (decoded.length > maxDataBytes) {
            throw bad(field + " data URI is larger than " + maxDataBytes / (1024 * 1024) + " MB");
        }
    }

    private static ApiException bad(String message) {
        return ApiException.runway(400, message);
    }
}
