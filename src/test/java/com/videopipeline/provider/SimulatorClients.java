package com.videopipeline.provider;

import static org.awaitility.Awaitility.await;

import com.videopipeline.request.VideoRequest;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorProperties;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

/**
 * The real provider clients, built from the project's provider YAML exactly as {@link ProviderConfigFixture} binds
 * it, with their base URLs pointed at a running {@link ProviderSimulator}; plus the few helpers the simulator tests
 * share (polling with Awaitility, hashing, a real PNG, a closed port).
 */
final class SimulatorClients {

    /** Short enough to keep the suite fast, long enough to see a job queued and running. */
    static final Duration GENERATION_TIME = Duration.ofMillis(800);
    static final Duration POLL_INTERVAL = Duration.ofMillis(10);
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private SimulatorClients() {
    }

    /** Default simulator rules on a random loopback port with an 800 ms generation time (long enough that a slow CI machine still sees a job before it finishes). */
    static SimulatorProperties fastSimulator() {
        return SimulatorProperties.defaults().withPort(0).withGenerationTime(GENERATION_TIME);
    }

    static ProviderSimulator started(SimulatorProperties properties) {
        ProviderSimulator simulator = new ProviderSimulator(properties);
        simulator.start();
        return simulator;
    }

    /** The named client with both base URLs pointing at the simulator; the loopback keys from the YAML apply. */
    static VideoProvider client(ProviderSimulator simulator, String name) {
        return client(simulator, name, Map.of());
    }

    /** @param overrides properties that win over the YAML and over the simulator base URLs */
    static VideoProvider client(ProviderSimulator simulator, String name, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("simulator.port", String.valueOf(simulator.port()));
        properties.put("pipeline.providers.sora.base-url", simulator.openAiBaseUrl());
        properties.put("pipeline.providers.runway.base-url", simulator.runwayBaseUrl());
        properties.putAll(overrides);
        ProviderConfigFixture.Wiring wiring = ProviderConfigFixture.wiring(properties);
        return new ProviderRegistry(wiring.providers(), wiring.credentials(), new ErrorClassifier()).get(name);
    }

    /** Every status read from the first poll until the job reaches a terminal phase, in order. */
    static List<ProviderStatus> pollUntilTerminal(VideoProvider provider, String providerJobId) {
        // Awaitility evaluates the condition on its own thread
        List<ProviderStatus> seen = new CopyOnWriteArrayList<>();
        await().atMost(MAX_WAIT).pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL).until(() -> {
            ProviderStatus status = provider.status(providerJobId);
            seen.add(status);
            return status.phase().isTerminal();
        });
        return seen;
    }

    static ProviderStatus awaitTerminal(VideoProvider provider, String providerJobId) {
        List<ProviderStatus> seen = pollUntilTerminal(provider, providerJobId);
        return seen.get(seen.size() - 1);
    }

    /** Submits and waits for the job to end. */
    static ProviderStatus submitAndAwait(VideoProvider provider, ProviderRequest request) {
        return awaitTerminal(provider, provider.submit(request));
    }

    /** The same request with another prompt, e.g. one carrying a {@code [sim:...]} hook. */
    static ProviderRequest withPrompt(ProviderRequest request, String prompt) {
        VideoRequest r = request.request();
        return new ProviderRequest(request.jobId(), request.provider(), request.model(), new VideoRequest(r.id(), prompt,
                r.seconds(), r.size(), r.fps(), r.provider(), r.model(), r.image(), r.video(), r.negativePrompt(),
                r.seed(), r.tags()));
    }

    /** SHA-256 of a file, computed here independently of the client's streaming hash. */
    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real, decodable PNG of the given size. */
    static Path png(Path dir, String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x3366cc));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        Path file = dir.resolve(name);
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A loopback port that nothing listens on (bound, then released). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code exp} query parameter (epoch seconds) of a simulator-signed Runway output URL. */
    static long expiry(URI signedUrl) {
        for (String pair : signedUrl.getRawQuery().split("&")) {
            if (pair.startsWith("exp=")) {
                return Long.parseLong(pair.substring(4));
            }
        }
        throw new AssertionError("no exp parameter in the signed output URL");
    }
}
