package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an OpenAI create body, multipart or JSON, into one JSON shape so both are validated by the same rules.
 * Multipart text values stay strings, which is why {@code seconds} passes there but an integer fails in JSON.
 */
final class OpenAiCreateParser {

    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final String REFERENCE = "input_reference";

    private OpenAiCreateParser() {
    }

    /** The request fields; a valid uploaded image reference is checked here and left out of the result. */
    static ObjectNode parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return parseJson(body);
        }
        String boundary = MultipartParser.boundary(contentType);
        if (boundary != null) {
            return parseMultipart(body, boundary);
        }
        throw ApiException.openAiInvalid(null, null,
                "Unsupported content type '" + contentType + "'. Use multipart/form-data or application/json.");
    }

    private static ObjectNode parseJson(byte[] body) {
        try {
            JsonNode node = HttpIo.JSON.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw ApiException.openAiInvalid(null, null, "We could not parse the JSON body of your request.");
        }
        throw ApiException.openAiInvalid(null, null, "The request body must be a JSON object.");
    }

    private static ObjectNode parseMultipart(byte[] body, String boundary) {
        List<MultipartPart> parts;
        try {
            parts = MultipartParser.parse(body, boundary);
        } catch (IllegalArgumentException e) {
            throw ApiException.openAiInvalid(null, null, "Malformed multipart body: " + e.getMessage());
        }
        ObjectNode fields = HttpIo.JSON.createObjectNode();
        boolean uploaded = false;
        for (MultipartPart part : parts) {
            addPart(fields, part);
            uploaded |= part.isFile();
        }
        if (uploaded && fields.has(REFERENCE)) {
            throw ApiException.openAiInvalid(REFERENCE, "duplicate_parameter",
                    "Give input_reference either as a file or as image_url/file_id, not both.");
        }
        return fields;
    }

    private static void addPart(ObjectNode fields, MultipartPart part) {
        if (fields.has(part.name())) {
            throw ApiException.openAiInvalid(part.name(), "duplicate_parameter",
                    "Duplicate parameter: '" + part.name() + "'.");
        }
        if (part.isFile()) {
            checkUploadedImage(part);
        } else if (part.name().matches("input_reference\\[(image_url|file_id)]")) {
            String key = part.name().substring(REFERENCE.length() + 1, part.name().length() - 1);
            fields.withObjectProperty(REFERENCE).put(key, part.text());
        } else {
            fields.put(part.name(), part.text());
        }
    }

    private static void checkUploadedImage(MultipartPart part) {
        if (!REFERENCE.equals(part.name())) {
            throw ApiException.openAiInvalid(part.name(), "unknown_parameter",
                    "Unknown parameter: '" + part.name() + "'. Only input_reference accepts a file.");
        }
        String type = part.contentType() == null ? "" : part.contentType().toLowerCase(Locale.ROOT).trim();
        if (!IMAGE_TYPES.contains(type)) {
            throw ApiException.openAiInvalid(REFERENCE, "invalid_value", "Invalid file type '" + part.contentType()
                    + "' for input_reference. Supported types are image/jpeg, image/png and image/webp.");
        }
        if (part.data().length == 0) {
            throw ApiException.openAiInvalid(REFERENCE, "invalid_value", "The input_reference file is empty.");
        }
    }
}
