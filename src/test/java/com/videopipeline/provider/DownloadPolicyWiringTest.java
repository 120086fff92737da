package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download rules as the configured clients apply them: bound from the project's YAML, wired by ProviderClients,
 * over an in-memory HttpClient. Hosts are IP literals, so nothing here needs DNS.
 */
class DownloadPolicyWiringTest {

    private final FakeHttpClient client = new FakeHttpClient();

    @TempDir
    Path dir;

    private VideoProvider provider(String name, Map<String, Object> overrides) {
        ProviderConfigFixture.Wiring wiring = ProviderConfigFixture.wiring(overrides);
        return ProviderClients.create(name, wiring.providers().providers().get(name), wiring.credentials(),
                new ErrorClassifier(), client);
    }

    private static ProviderStatus succeeded(String... outputs) {
        return new ProviderStatus("task_1", ProviderPhase.SUCCEEDED, 100.0,
                List.of(outputs).stream().map(URI::create).toList(), null, null, null, null);
    }

    /** The live profile's shape: real API host, a listed CDN host, no private addresses. */
    private static Map<String, Object> liveRunway() {
        Map<String, Object> live = new HashMap<>();
        live.put("pipeline.providers.runway.base-url", "https://api.dev.runwayml.com");
        live.put("pipeline.providers.runway.download-hosts[0]", "203.0.113.7");
        live.put("pipeline.providers.runway.download-private-addresses", "false");
        return live;
    }

    @Test
    void shouldDownloadARunwayOutputFromAListedHost() {
        client.answer(200, "video bytes", Map.of("content-length", "11"));

        Download download = provider("runway", liveRunway())
                .download(succeeded("https://203.0.113.7/out.mp4?_jwt=abc"), Asset.VIDEO, dir.resolve("v.mp4"))
                .orElseThrow();

        assertThat(download.bytes()).isEqualTo("video bytes".getBytes(StandardCharsets.UTF_8).length);
        assertThat(client.requests).singleElement()
                .satisfies(r -> assertThat(r.uri().getHost()).isEqualTo("203.0.113.7"));
    }

    @Test
    void shouldRefuseARunwayOutputOnAnUnlistedHostWithoutAnyRequest() {
        VideoProvider runway = provider("runway", liveRunway());

        assertThatThrownBy(() -> runway.download(succeeded("https://198.51.100.9/out.mp4?_jwt=secret"), Asset.VIDEO,
                dir.resolve("v.mp4")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                    assertThat(e).hasMessage("runway: download refused: host 198.51.100.9 is not allowed for runway "
                            + "(allowed: api.dev.runwayml.com, 203.0.113.7; see download-hosts)");
                });
        assertThat(client.requests).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldRefuseAPlainHttpRunwayOutputLiveWithoutAnyRequest() {
        VideoProvider runway = provider("runway", liveRunway());

        assertThatThrownBy(() -> runway.download(succeeded("http://203.0.113.7/out.mp4?_jwt=secret"), Asset.VIDEO,
                dir.resolve("v.mp4")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("plain http to 203.0.113.7").doesNotContain("secret");
                });
        assertThat(client.requests).isEmpty();
    }

    @Test
    void shouldLetTheSimulatorConfigDownloadFromItsLoopbackHost() {
        client.answer(200, "sim", Map.of());

        Download download = provider("runway", Map.of())
                .download(succeeded("http://127.0.0.1:8091/runway/outputs/t.mp4?sig=a"), Asset.VIDEO,
                        dir.resolve("v.mp4"))
                .orElseThrow();

        assertThat(download.bytes()).isEqualTo(3);
    }

    @Test
    void shouldRefuseTheLoopbackSimulatorWhenPrivateAddressesAreNotAllowed() {
        VideoProvider sora = provider("sora", Map.of(
                "pipeline.providers.sora.base-url", "https://127.0.0.1:8091/openai/v1",
                "pipeline.providers.sora.download-private-addresses", "false"));

        assertThatThrownBy(() -> sora.download(succeeded(), Asset.VIDEO, dir.resolve("v.mp4")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                    assertThat(e).hasMessage("sora: download refused: host 127.0.0.1 resolves to private address "
                            + "127.0.0.1 (loopback); only a local simulator may set download-private-addresses");
                });
        assertThat(client.requests).isEmpty();
    }

    @Test
    void shouldFailStartUpOnAMalformedDownloadHostsEntry() {
        ProviderConfigFixture.Wiring wiring = ProviderConfigFixture.wiring(
                Map.of("pipeline.providers.runway.download-hosts[0]", "*"));

        assertThatThrownBy(() -> new ProviderRegistry(wiring.providers(), wiring.credentials(), new ErrorClassifier()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("pipeline.providers.runway.download-hosts: '*' is not a host name");
    }
}
