package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.regex.Pattern;

/** Checks a JSON {@code input_reference}: exactly one of {@code image_url} (https or data URL) or {@code file_id}. */
final class OpenAiImageReference {

    private static final String PARAM = "input_reference";
    private static final Pattern DATA_URL = Pattern.compile("data:image/(jpeg|jpg|png|webp);base64,[A-Za-z0-9+/=]+");

    private final ObjectNode reference;

    OpenAiImageReference(ObjectNode reference) {
        this.reference = reference;
    }

    void check() {
        rejectUnknownKeys();
        JsonNode imageUrl = reference.get("image_url");
        JsonNode fileId = reference.get("file_id");
        if ((imageUrl == null) == (fileId == null)) {
            throw invalid("invalid_value", "input_reference must contain exactly one of 'image_url' or 'file_id'.");
        }
        if (fileId != null && (!fileId.isTextual() || fileId.textValue().isBlank())) {
            throw invalid("invalid_value", "input_reference.file_id must be a non-empty string.");
        }
        if (imageUrl != null) {
            checkImageUrl(imageUrl);
        }
    }

    private void rejectUnknownKeys() {
        for (Iterator<String> names = reference.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"image_url".equals(name) && !"file_id".equals(name)) {
                throw ApiException.openAiInvalid(PARAM + "." + name, "unknown_parameter",
                        "Unknown parameter: '" + PARAM + "." + name + "'.");
            }
        }
    }

    private static void checkImageUrl(JsonNode imageUrl) {
        if (!imageUrl.isTextual()) {
            throw invalid("invalid_type", "input_reference.image_url must be a string.");
        }
        String url = imageUrl.textValue();
        if (url.length() > OpenAiCreateValidator.MAX_IMAGE_URL) {
            throw invalid("string_above_max_length", "input_reference.image_url is longer than "
                    + OpenAiCreateValidator.MAX_IMAGE_URL + " characters.");
        }
        if (!url.startsWith("https://") && !DATA_URL.matcher(url).matches()) {
            throw invalid("invalid_value", "input_reference.image_url must be an https URL or a base64 data URL "
                    + "of a JPEG, PNG or WebP image.");
        }
    }

    private static ApiException invalid(String code, String message) {
        return ApiException.openAiInvalid(PARAM, code, message);
    }
}
