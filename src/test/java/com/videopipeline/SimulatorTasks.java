package com.videopipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks the simulator about a provider job the way the provider's own client would, over HTTP. */
public final class SimulatorTasks {

    private SimulatorTasks() {
    }

    /** The status Runway reports for the task: PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED... */
    public static String runwayStatus(ProviderSimulator simulator, String taskId) {
        try {
            HttpResponse<String> task = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(simulator.runwayBaseUrl() + "/v1/tasks/" + taskId))
                    .header("Authorization", "Bearer key_local_simulator")
                    .header("X-Runway-Version", "2024-11-06").GET().build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(task.body()).get("status").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
