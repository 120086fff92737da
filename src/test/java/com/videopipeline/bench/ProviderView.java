package com.videopipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.job.VideoJob;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When the provider says it created each job ({@code createdAt} of the Runway task, in ms), read back after the run,
 * so the report can set the provider's view of the concurrency next to the ledger's.
 */
final class ProviderView {

    private ProviderView() {
    }

    static Map<String, Instant> createdAt(String runwayBaseUrl, List<VideoJob> jobs) {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        Map<String, Instant> created = new HashMap<>();
        for (VideoJob job : jobs) {
            if (job.providerJobId() == null) {
                continue;
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(runwayBaseUrl + "/v1/tasks/"
                                + job.providerJobId()))
                        .header("Authorization", "Bearer key_local_simulator")
                        .header("X-Runway-Version", "2024-11-06").GET().build();
                JsonNode task = json.readTree(http.send(request, BodyHandlers.ofString()).body());
                if (task.hasNonNull("createdAt")) {
                    created.put(job.key(), Instant.parse(task.get("createdAt").asText()));
                }
            } catch (Exception e) {
                // a diagnostic only: a job without its provider time is left out of that section
            }
        }
        return created;
    }
}
