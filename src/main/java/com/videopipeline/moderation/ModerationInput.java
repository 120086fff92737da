package com.videopipeline.moderation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.videopipeline.request.MediaRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The body of one {@code POST /moderations}: the model and the input as the multimodal array, the prompt as a text
 * part and, when asked, the input image as an {@code image_url} part (a local file as a data URL, a remote image by
 * its https URL, which OpenAI fetches itself).
 */
final class ModerationInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> IMAGE_TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "webp", "image/webp", "gif", "image/gif");

    private ModerationInput() {
    }

    /** The JSON body; {@code image} null for text only. */
    static String body(String model, String text, MediaRef image, long maxImageBytes) throws ModerationUnavailable {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        ArrayNode input = body.putArray("input");
        input.addObject().put("type", "text").put("text", text);
        if (image != null) {
            input.addObject().put("type", "image_url").putObject("image_url").put("url", url(image, maxImageBytes));
        }
        return body.toString();
    }

    private static String url(MediaRef image, long maxBytes) throws ModerationUnavailable {
        if (!image.isLocal()) {
            return image.url().toString();
        }
        Path file = image.file();
        String type = IMAGE_TYPES.get(extension(file));
        try {
            long size = Files.size(file);
            if (type == null || size > maxBytes) {
                throw new ModerationUnavailable("the input image " + file.getFileName() + " cannot be checked: "
                        + (type == null ? "not a jpg, png, webp or gif file" : size + " bytes, more than "
                        + maxBytes + " (max-image-bytes)"), false);
            }
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ModerationUnavailable("the input image " + file.getFileName() + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", false, e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
