package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operations console and the server's doors, end to end over HTTP: without a login only the login page; a
 * viewer sees the pipeline's routes but cannot change them, an admin can; nobody reads the JVM's secrets through
 * the console; health is open, the rest of the actuator and the API stay on the API key; webhooks need no login
 * but a signature; cross-origin calls are refused; security headers are sent; and no secret reaches the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConsoleSecurityEndToEndTest {

    static final String API_KEY = TestSecrets.API_KEY;
    static final String ADMIN_PASSWORD = TestSecrets.ADMIN_PASSWORD;
    static final String VIEWER_PASSWORD = TestSecrets.VIEWER_PASSWORD;
    static final String WEBHOOK_SECRET = TestSecrets.CONSOLE_WEBHOOK_SECRET;
    static final String SMTP_PASSWORD = TestSecrets.SMTP_PASSWORD;

    /** The Camel context's MBean, whose route dumps resolve placeholders on request. */
    private static final String CAMEL_CONTEXT =
            "org.apache.camel:context=video-pipeline,type=context,name=\\\"video-pipeline\\\"";

    @TempDir
    static Path root;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.api.key", API_KEY,
                "pipeline.security.admin.user", "ops", "pipeline.security.admin.password", ADMIN_PASSWORD,
                "pipeline.security.viewer.user", "watch", "pipeline.security.viewer.password", VIEWER_PASSWORD,
                "pipeline.webhooks.openai.enabled", "true", "pipeline.webhooks.openai.secret", WEBHOOK_SECRET,
                "pipeline.delivery.email.password", SMTP_PASSWORD, "pipeline.campaigns.enabled", "false",
                "pipeline.security.max-request-body", "64KB"));
    }

    @Test
    void shouldShowNothingButTheLoginPageWithoutALogin() {
        ConsoleClient anonymous = new ConsoleClient(port);

        HttpResponse<String> console = anonymous.get("/actuator/hawtio/");
        HttpResponse<String> page = anonymous.get("/actuator/hawtio/index.html");
        HttpResponse<String> login = anonymous.get("/login");

        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"username\"").contains("name=\"password\"")
                .doesNotContain("submit-jobs").doesNotContain("accept-request").doesNotContain("hawtio-static");
        assertThat(anonymous.get("/actuator/jolokia/read/java.lang:type=Memory").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/hawtio/jolokia/search/org.apache.camel:*").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldShowAViewerThePipelinesRoutesButLetOnlyAnAdminChangeThem() {
        ConsoleClient viewer = new ConsoleClient(port);
        ConsoleClient admin = new ConsoleClient(port);
        String reset = """
                {"type": "exec", "mbean": "org.apache.camel:context=video-pipeline,type=routes,name=\\"list-jobs\\"",
                 "operation": "reset()"}""";

        HttpResponse<String> loggedIn = viewer.login("watch", VIEWER_PASSWORD);
        JsonNode routes = ConsoleClient.json(viewer.jolokia("""
                {"type": "read", "mbean": "org.apache.camel:context=*,type=routes,name=*", "attribute": "RouteId"}"""));
        admin.login("ops", ADMIN_PASSWORD);

        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/actuator/hawtio/"));
        assertThat(routes.get("status").asInt()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        routes.get("value").forEach(route -> ids.add(route.get("RouteId").asText()));
        assertThat(ids).contains("accept-request", "submit-jobs", "poll-jobs", "fetch-videos", "receive-webhook");
        assertThat(ConsoleClient.json(viewer.jolokia(reset)).get("status").asInt()).isEqualTo(403);
        assertThat(ConsoleClient.json(admin.jolokia(reset)).get("status").asInt()).isEqualTo(200);
        assertThat(ConsoleClient.json(viewer.jolokia("""
                {"type": "write", "mbean": "org.apache.camel:context=video-pipeline,type=routes,name=\\"list-jobs\\"",
                 "attribute": "TracingPattern", "value": "x"}""")).get("status").asInt()).isEqualTo(403);
        assertThat(viewer.get("/actuator/hawtio/user").body()).as("Hawtio knows the user").contains("\"watch\"");
        assertThat(viewer.get("/api/jobs?limit=1").statusCode()).as("the login opens no API").isEqualTo(401);
    }

    @Test
    void shouldEndTheSessionWhenTheUserLogsOutThroughHawtio() {
        ConsoleClient viewer = new ConsoleClient(port);
        viewer.login("watch", VIEWER_PASSWORD);
        assertThat(viewer.get("/actuator/hawtio/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = viewer.get("/actuator/hawtio/auth/logout");

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(viewer.get("/actuator/hawtio/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(viewer.jolokia("{\"type\": \"version\"}").statusCode()).isIn(401, 403);
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnonymousJolokiaCalls() {
        ConsoleClient guesser = new ConsoleClient(port);

        HttpResponse<String> refused = guesser.login("ops", "not-the-admin-password");

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(guesser.get("/actuator/hawtio/").statusCode()).isEqualTo(302);
        assertThat(new ConsoleClient(port).get("/actuator/hawtio/jolokia/version").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldShowNobodyTheJvmsSecretsThroughTheConsole() {
        ConsoleClient admin = new ConsoleClient(port);
        admin.login("ops", ADMIN_PASSWORD);

        JsonNode properties = ConsoleClient.json(admin.jolokia("""
                {"type": "read", "mbean": "java.lang:type=Runtime", "attribute": "SystemProperties"}"""));
        JsonNode diagnostics = ConsoleClient.json(admin.jolokia("""
                {"type": "search", "mbean": "com.sun.management:*"}"""));
        JsonNode bootEndpoints = ConsoleClient.json(admin.jolokia("""
                {"type": "search", "mbean": "org.springframework.boot:*"}"""));
        JsonNode routes = ConsoleClient.json(admin.jolokia("""
                [{"type": "exec", "mbean": "%1$s", "operation": "dumpRoutesAsXml(boolean)", "arguments": [true]},
                 {"type": "exec", "mbean": "%1$s", "operation": "dumpRoutesAsYaml(boolean)", "arguments": [true]}]"""
                .formatted(CAMEL_CONTEXT)));

        assertThat(properties.get("status").asInt()).isEqualTo(403);
        assertThat(diagnostics.get("value").toString()).doesNotContain("DiagnosticCommand")
                .contains("HotSpotDiagnostic");
        assertThat(bootEndpoints.get("value").toString()).as("no env or configprops endpoint over JMX")
                .doesNotContainIgnoringCase("name=Env").doesNotContainIgnoringCase("Configprops");
        assertThat(routes.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(routes.toString()).as("placeholders resolved, secrets not").contains("send-digests")
                .doesNotContain("{{pipeline.").doesNotContain(SMTP_PASSWORD);
    }

    @Test
    void shouldLeaveHealthOpenAndKeepTheRestOfTheActuatorAndTheApiOnTheKey() {
        HttpResponse<String> health = call("GET", "/actuator/health", null, null);
        assertThat(health.statusCode()).as("answered, UP or DOWN, without credentials").isIn(200, 503);
        assertThat(health.body()).contains("\"status\"");
        assertThat(call("GET", "/actuator/info", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/actuator/info", API_KEY, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/jobs?limit=1", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/jobs?limit=1", API_KEY, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/actuator/hawtio/jolokia/version", API_KEY, null).statusCode())
                .as("the key opens no console").isEqualTo(401);
    }

    @Test
    void shouldTakeWebhooksWithoutALoginButOnlyWithAValidSignature() {
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/webhooks/openai"))
                .header("Content-Type", "application/json").header("webhook-id", "msg_console_forged")
                .header("webhook-timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                .header("webhook-signature", "v1," + Base64.getEncoder().encodeToString(new byte[32]))
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\": \"video.completed\"}")));

        assertThat(forged.statusCode()).as("refused by the signature check, not sent to a login").isEqualTo(401);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void shouldRefuseARequestBodyOverTheLimitWhetherItsLengthIsDeclaredOrChunked() {
        byte[] big = ("[{\"id\": \"big\", \"prompt\": \"" + "a".repeat(70_000) + "\", \"seconds\": 4}]")
                .getBytes(StandardCharsets.UTF_8);
        byte[] small = "[{\"id\": \"chunked\", \"prompt\": \"a kite in the wind\", \"seconds\": 4}]"
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = postBatch(HttpRequest.BodyPublishers.ofByteArray(big));
        HttpResponse<String> chunked = postBatch(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big)));
        HttpResponse<String> fits = postBatch(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(small)));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("pipeline.security.max-request-body").contains("65536 bytes");
        assertThat(chunked.statusCode()).as("a chunked body is bounded too").isEqualTo(413);
        assertThat(fits.statusCode()).as("a chunked body under the limit is read in full: %s", fits.body())
                .isEqualTo(201);
        assertThat(ConsoleClient.json(fits).at("/entries/0/job").asText()).isEqualTo("chunked");
    }

    @Test
    void shouldLeaveALoggedInConsolesLargeJolokiaReadsOutOfTheBodyLimit() {
        String read = "{\"type\": \"read\", \"mbean\": \"java.lang:type=Memory\", \"attribute\": \"HeapMemoryUsage\"}";
        String bulk = "[" + String.join(",", Collections.nCopies(1000, read)) + "]";
        ConsoleClient viewer = new ConsoleClient(port);
        viewer.login("watch", VIEWER_PASSWORD);

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/actuator/hawtio/jolokia"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bulk)));
        HttpResponse<String> loggedIn = viewer.jolokia(bulk);

        assertThat(bulk.length()).as("over the 64KB limit of this test").isGreaterThan(65_536);
        assertThat(anonymous.statusCode()).as("refused (CSRF or login) before its body is read").isIn(401, 403);
        assertThat(loggedIn.statusCode()).isEqualTo(200);
        assertThat(ConsoleClient.json(loggedIn)).hasSize(1000);
    }

    @Test
    void shouldTakeAChunkedLoginFormWhichTomcatBoundsItself() {
        HttpResponse<String> loggedIn = new ConsoleClient(port).loginChunked("watch", VIEWER_PASSWORD);

        assertThat(loggedIn.headers().firstValue("Location")).as("the form's fields reached the login")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/actuator/hawtio/"));
    }

    private HttpResponse<String> postBatch(HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri("/api/batches")).version(HttpClient.Version.HTTP_1_1)
                .header("X-API-Key", API_KEY).header("Content-Type", "application/json").POST(body));
    }

    @Test
    void shouldRefuseCrossOriginCallsByDefault() {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/batches"))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> read = call("GET", "/api/jobs?limit=1", API_KEY, "https://elsewhere.example");
        HttpResponse<String> console = call("GET", "/login", null, "https://elsewhere.example");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(console.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void shouldSendSecurityHeadersWithEveryAnswer() {
        HttpResponse<String> login = call("GET", "/login", null, null);
        HttpResponse<String> api = call("GET", "/api/jobs?limit=1", API_KEY, null);
        ConsoleClient viewer = new ConsoleClient(port);
        viewer.login("watch", VIEWER_PASSWORD);
        HttpResponse<String> console = viewer.get("/actuator/hawtio/");

        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONSOLE_POLICY);
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
        assertThat(api.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors"));
    }

    @Test
    void shouldKeepEverySecretOutOfTheLog(CapturedOutput output) {
        String signedUrl = "https://cdn.example/outputs/task-1.mp4"
                + "?_jwt=eyJhbGciOiJIUzI1NiJ9.eyJ0YXNrIjoiMSJ9.c2lnbmF0dXJl";
        call("GET", "/api/jobs", "a-wrong-key-of-some-length", null);
        new ConsoleClient(port).login("ops", "not-the-admin-password");
        new ConsoleClient(port).login("watch", VIEWER_PASSWORD);
        String batch = ConsoleClient.json(send(HttpRequest.newBuilder(uri("/api/batches"))
                .header("X-API-Key", API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "[{\"id\": \"masked\", \"prompt\": \"a lantern in the fog\", \"seconds\": 4}]"))))
                .get("batch").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> ConsoleClient.json(
                call("GET", "/api/batches/" + batch, API_KEY, null)).get("complete").asBoolean());
        LoggerFactory.getLogger(ConsoleSecurityEndToEndTest.class).warn(
                "provider call with Authorization: Bearer {} failed for {}", "sk-proj-" + API_KEY, signedUrl,
                new IllegalStateException("password=" + SMTP_PASSWORD));

        assertThat(output.getAll()).contains("API request GET /api/jobs from 127.0.0.1 refused: WRONG_KEY")
                .contains("Bearer ***").contains("task-1.mp4?_jwt=***").contains("password=***")
                .doesNotContain(API_KEY).doesNotContain(ADMIN_PASSWORD).doesNotContain(VIEWER_PASSWORD)
                .doesNotContain(WEBHOOK_SECRET.substring(6)).doesNotContain(SMTP_PASSWORD)
                .doesNotContain("eyJ0YXNrIjoiMSJ9").doesNotContainPattern("sig=[0-9a-f]{8}")
                .doesNotContain("Using generated security password");
    }

    private HttpResponse<String> call(String method, String path, String key, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
