package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.videopipeline.TestSecrets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated OpenAI announces each video's end with a Standard Webhooks delivery, retried when refused. */
class OpenAiWebhookSenderTest {

    private static final byte[] KEY = TestSecrets.SIMULATOR_WEBHOOK_KEY.getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

    private final ObjectMapper json = new ObjectMapper();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private HttpServer receiver;
    private SimulatorHarness sim;

    record Delivery(String id, String timestamp, String signature, byte[] body) {
    }

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
        receiver.stop(0);
    }

    @Test
    void shouldAnnounceACompletedVideoSignedTheStandardWebhooksWay() throws Exception {
        start(4);

        String id = sim.createOpenAiVideo("{\"prompt\":\"a kite over dunes\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.size() == 1);
        Delivery delivery = deliveries.get(0);
        JsonNode event = json.readTree(delivery.body());
        assertThat(event.get("type").asText()).isEqualTo("video.completed");
        assertThat(event.get("object").asText()).isEqualTo("event");
        assertThat(event.get("id").asText()).startsWith("evt_");
        assertThat(event.at("/data/id").asText()).isEqualTo(id);
        assertThat(delivery.id()).startsWith("msg_");
        assertThat(Long.parseLong(delivery.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                org.assertj.core.data.Offset.offset(5L));
        assertThat(delivery.signature()).isEqualTo("v1," + hmac(delivery));
        await().atMost(Duration.ofSeconds(5)).until(() -> sim.simulator.stats().webhooks().delivered() == 1);
    }

    @Test
    void shouldAnnounceAFailedVideo() throws Exception {
        start(4);

        sim.createOpenAiVideo("{\"prompt\":\"a kite [sim:fail=internal_error]\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.size() == 1);
        assertThat(json.readTree(deliveries.get(0).body()).get("type").asText()).isEqualTo("video.failed");
    }

    @Test
    void shouldDeliverARefusedEventAgainUnderTheSameIdFreshlySigned() {
        start(4);
        answers.add(503);

        sim.createOpenAiVideo("{\"prompt\":\"retry me\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> sim.simulator.stats().webhooks().delivered() == 1);
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries.get(1).id()).isEqualTo(deliveries.get(0).id());
        assertThat(deliveries.get(1).signature()).isEqualTo("v1," + hmac(deliveries.get(1)));
        assertThat(sim.simulator.stats().webhooks().failedAttempts()).isEqualTo(1);
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() {
        start(2);
        answers.add(500);
        answers.add(500);

        sim.createOpenAiVideo("{\"prompt\":\"nobody listens\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> sim.simulator.stats().webhooks().abandoned() == 1);
        assertThat(deliveries).hasSize(2);
        assertThat(sim.simulator.stats().webhooks().delivered()).isZero();
    }

    @Test
    void shouldSendNothingWithoutAUrl() {
        receiver();
        sim = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(SimulatorHarness.GENERATION_TIME));

        String id = sim.createOpenAiVideo("{\"prompt\":\"quiet\"}");

        sim.awaitOpenAiStatus(id, java.util.Set.of("completed"));
        assertThat(sim.simulator.stats().webhooks().delivered()).isZero();
        assertThat(deliveries).isEmpty();
    }

    private void start(int maxAttempts) {
        receiver();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
        sim = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(SimulatorHarness.GENERATION_TIME)
                .withWebhooks(new SimulatorWebhooks(new SimulatorWebhooks.Target(url, SECRET, maxAttempts,
                        Duration.ofMillis(50)))));
    }

    private void receiver() {
        try {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    /** An independent HMAC over {@code id.timestamp.body}, as a receiver computes it. */
    private static String hmac(Delivery delivery) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            mac.update((delivery.id() + "." + delivery.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(delivery.body()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
