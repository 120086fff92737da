package com.videopipeline.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Reads Runway task objects: six statuses (both spellings of cancelled), 0..1 progress, signed output URLs. */
final class RunwayResponses {

    private final String provider;
    private final ErrorClassifier classifier;

    RunwayResponses(String provider, ErrorClassifier classifier) {
        this.provider = provider;
        this.classifier = classifier;
    }

    String jobId(JsonNode created) {
        return required(created, "id");
    }

    ProviderStatus status(JsonNode task) {
        String id = required(task, "id");
        String status = required(task, "status");
        return switch (status) {
            // THROTTLED = accepted but waiting for a concurrency slot: still queued, not an error
            case "PENDING", "THROTTLED" -> phase(id, ProviderPhase.QUEUED, null);
            case "RUNNING" -> phase(id, ProviderPhase.RUNNING, percent(task.path("progress")));
            case "SUCCEEDED" -> new ProviderStatus(id, ProviderPhase.SUCCEEDED, 100.0, outputs(task), null, null,
                    null, null);
            case "FAILED" -> new ProviderStatus(id, ProviderPhase.FAILED, null, List.of(),
                    Json.text(task, "failureCode"), Json.text(task, "failure"), null, null);
            case "CANCELLED", "CANCELED" -> phase(id, ProviderPhase.CANCELLED, null);
            default -> throw classifier.malformed(provider, "unknown task status '" + status + "'", null);
        };
    }

    private static ProviderStatus phase(String id, ProviderPhase phase, Double progress) {
        return new ProviderStatus(id, phase, progress, List.of(), null, null, null, null);
    }

    /** The API gives a 0..1 fraction; a value above 1 is taken as already a percentage. */
    private static Double percent(JsonNode progress) {
        if (!progress.isNumber()) {
            return null;
        }
        double value = progress.asDouble();
        double percent = value <= 1.0 ? value * 100.0 : value;
        return Math.max(0.0, Math.min(100.0, percent));
    }

    private List<URI> outputs(JsonNode task) {
        List<URI> outputs = new ArrayList<>();
        for (JsonNode output : task.path("output")) {
            try {
                outputs.add(URI.create(output.asText()));
            } catch (IllegalArgumentException e) {
                throw classifier.malformed(provider, "task output is not a URL", e);
            }
        }
        if (outputs.isEmpty()) {
            throw classifier.malformed(provider, "SUCCEEDED task without output URLs", null);
        }
        return outputs;
    }

    private String required(JsonNode node, String field) {
        String value = Json.text(node, field);
        if (value == null || value.isBlank()) {
            throw classifier.malformed(provider, "task object without '" + field + "'", null);
        }
        return value;
    }
}
