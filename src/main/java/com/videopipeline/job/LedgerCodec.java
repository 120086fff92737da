package com.videopipeline.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.videopipeline.provider.ProviderPhase;
import com.videopipeline.provider.ProviderStatus;
import com.videopipeline.request.MediaRef;
import com.videopipeline.request.RequestOptions;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The ledger's JSON columns, written field by field rather than by reflection: rows outlive releases, so their
 * shape must not change because a record gained an accessor.
 */
final class LedgerCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerCodec() {
    }

    static String request(VideoRequest r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id()).put("prompt", r.prompt()).put("seconds", r.seconds())
                .put("size", r.size().toString()).put("fps", r.fps());
        n.put("provider", r.provider()).put("model", r.model());
        n.put("image", media(r.image())).put("video", media(r.video()));
        n.put("negative_prompt", r.negativePrompt()).put("seed", r.seed());
        ArrayNode tags = n.putArray("tags");
        r.tags().forEach(tags::add);
        n.put("cache", r.cache());
        RequestOptions o = r.options();
        ObjectNode options = n.putObject("options");
        options.put("preset", o.preset()).put("brand", o.brand()).put("expand", o.expand())
                .put("comparison", o.comparison()).put("brief", o.brief());
        o.targets().forEach(options.putArray("targets")::add);
        o.compare().forEach(options.putArray("compare")::add);
        return n.toString();
    }

    private static RequestOptions options(JsonNode o) {
        if (o.isMissingNode()) {
            return RequestOptions.NONE;
        }
        return new RequestOptions(text(o, "preset"), text(o, "brand"),
                o.hasNonNull("expand") ? o.get("expand").asBoolean() : null, texts(o.path("targets")),
                texts(o.path("compare")), text(o, "comparison"), text(o, "brief"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    static VideoRequest request(String json) {
        JsonNode n = read(json);
        List<String> tags = texts(n.path("tags"));
        return new VideoRequest(n.get("id").asText(), n.get("prompt").asText(), n.get("seconds").asInt(),
                VideoSize.parse(n.get("size").asText()), n.get("fps").asInt(), text(n, "provider"),
                text(n, "model"), media(text(n, "image")), media(text(n, "video")), text(n, "negative_prompt"),
                n.hasNonNull("seed") ? n.get("seed").asLong() : null, tags, n.path("cache").asBoolean(true),
                options(n.path("options")));
    }

    static String status(ProviderStatus s) {
        if (s == null) {
            return null;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("providerJobId", s.providerJobId()).put("phase", s.phase().name()).put("progress", s.progress());
        ArrayNode outputs = n.putArray("outputs");
        s.outputs().forEach(u -> outputs.add(u.toString()));
        n.put("failureCode", s.failureCode()).put("failureMessage", s.failureMessage());
        n.put("pollAfterMillis", s.pollAfter() == null ? null : s.pollAfter().toMillis());
        n.put("expiresAt", s.expiresAt() == null ? null : s.expiresAt().toString());
        return n.toString();
    }

    static ProviderStatus status(String json) {
        if (json == null) {
            return null;
        }
        JsonNode n = read(json);
        List<URI> outputs = new ArrayList<>();
        n.path("outputs").forEach(u -> outputs.add(URI.create(u.asText())));
        return new ProviderStatus(n.get("providerJobId").asText(), ProviderPhase.valueOf(n.get("phase").asText()),
                n.hasNonNull("progress") ? n.get("progress").asDouble() : null, outputs,
                text(n, "failureCode"), text(n, "failureMessage"),
                n.hasNonNull("pollAfterMillis") ? Duration.ofMillis(n.get("pollAfterMillis").asLong()) : null,
                n.hasNonNull("expiresAt") ? Instant.parse(n.get("expiresAt").asText()) : null);
    }

    /** Discarded videos as a JSON array; null when there are none, so most rows stay small. */
    static String discarded(List<DiscardedVideo> videos) {
        if (videos.isEmpty()) {
            return null;
        }
        ArrayNode list = JSON.createArrayNode();
        for (DiscardedVideo d : videos) {
            list.addObject().put("at", d.at().toString()).put("provider", d.provider()).put("model", d.model())
                    .put("providerJobId", d.providerJobId()).put("sha256", d.sha256()).put("reason", d.reason())
                    .put("costUsd", d.costUsd() == null ? null : d.costUsd().toPlainString()) // exact, as text
                    .put("fallbackTo", d.fallbackTo());
        }
        return list.toString();
    }

    static List<DiscardedVideo> discarded(String json) {
        List<DiscardedVideo> videos = new ArrayList<>();
        if (json != null) {
            read(json).forEach(n -> videos.add(new DiscardedVideo(Instant.parse(n.get("at").asText()),
                    text(n, "provider"), text(n, "model"), text(n, "providerJobId"), text(n, "sha256"),
                    text(n, "reason"), n.hasNonNull("costUsd") ? new BigDecimal(n.get("costUsd").asText()) : null,
                    text(n, "fallbackTo"))));
        }
        return videos;
    }

    /**
     * What makes two requests the same video: the normalised prompt and every parameter, with the provider and
     * model that will make it. Case and runs of white space in the prompt do not count.
     */
    static String requestHash(VideoRequest r, String provider, String model) {
        String prompt = r.prompt().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String key = String.join("\u0000", prompt, String.valueOf(r.seconds()), r.size().toString(),
                String.valueOf(r.fps()), provider, model, mediaIdentity(r.image()), mediaIdentity(r.video()),
                String.valueOf(r.negativePrompt()), String.valueOf(r.seed()));
        return sha256(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A local input counts by its bytes, not its path: the same path may hold another picture tomorrow. */
    private static String mediaIdentity(MediaRef ref) {
        if (ref == null || !ref.isLocal()) {
            return media(ref);
        }
        try {
            return "sha256:" + sha256(java.nio.file.Files.readAllBytes(ref.file()));
        } catch (java.io.IOException e) {
            return media(ref);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String media(MediaRef ref) {
        if (ref == null) {
            return null;
        }
        return ref.isLocal() ? "file:" + ref.file() : ref.url().toString();
    }

    private static MediaRef media(String text) {
        if (text == null) {
            return null;
        }
        return text.startsWith("file:") ? MediaRef.local(Path.of(text.substring(5))) : MediaRef.remote(URI.create(text));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable ledger JSON: " + e.getMessage(), e);
        }
    }
}
