package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The cheap authenticated reads a health check makes: OpenAI's model list and Runway's organization. */
class AccountEndpointsTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @Test
    void shouldListOpenAiModelsForAKeyAndRefuseWithoutOne() {
        HttpResponse<String> listed = sim.send(sim.openAi("/models").GET().build());
        HttpResponse<String> anonymous = sim.send(HttpRequest.newBuilder(
                URI.create(sim.simulator.openAiBaseUrl() + "/models")).GET().build());

        JsonNode list = sim.parse(listed);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(list.get("object").asText()).isEqualTo("list");
        assertThat(list.findValuesAsText("id")).contains("sora-2", "sora-2-pro");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(sim.parse(anonymous).at("/error/code").asText()).isEqualTo("invalid_api_key");
    }

    @Test
    void shouldShowRunwaysOrganizationForAKeyWithItsVersionOnly() {
        HttpResponse<String> organization = sim.send(sim.runway("/v1/organization").GET().build());
        HttpResponse<String> versionless = sim.send(HttpRequest.newBuilder(
                URI.create(sim.simulator.runwayBaseUrl() + "/v1/organization"))
                .header("Authorization", "Bearer " + SimulatorHarness.RUNWAY_KEY).GET().build());
        HttpResponse<String> wrongKey = sim.send(HttpRequest.newBuilder(
                URI.create(sim.simulator.runwayBaseUrl() + "/v1/organization"))
                .header("Authorization", "Bearer sk-not-runway").header("X-Runway-Version", "2024-11-06")
                .GET().build());

        JsonNode body = sim.parse(organization);
        assertThat(organization.statusCode()).isEqualTo(200);
        assertThat(body.get("creditBalance").asLong()).isPositive();
        assertThat(body.at("/tier/models").has("gen4.5")).isTrue();
        assertThat(versionless.statusCode()).isEqualTo(400);
        assertThat(wrongKey.statusCode()).isEqualTo(401);
    }
}
