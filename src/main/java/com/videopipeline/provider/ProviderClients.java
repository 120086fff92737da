package com.videopipeline.provider;

import com.videopipeline.metrics.PipelineMetrics;
import java.net.http.HttpClient;

/** Wires one provider entry into its client; the entry's {@code type} decides which API it speaks. */
final class ProviderClients {

    private ProviderClients() {
    }

    static VideoProvider create(String name, ProviderSettings settings, ProviderCredentials credentials,
                                ErrorClassifier classifier, PipelineMetrics metrics) {
        return create(name, settings, credentials, classifier, httpClient(settings), metrics);
    }

    static VideoProvider create(String name, ProviderSettings settings, ProviderCredentials credentials,
                                ErrorClassifier classifier, HttpClient client) {
        return create(name, settings, credentials, classifier, client, PipelineMetrics.none());
    }

    static VideoProvider create(String name, ProviderSettings settings, ProviderCredentials credentials,
                                ErrorClassifier classifier, HttpClient client, PipelineMetrics metrics) {
        ProviderHttp http = new ProviderHttp(name, client, classifier);
        HttpDownloader downloader = new HttpDownloader(name, client, classifier, DownloadPolicy.of(name, settings),
                settings.maxDownloadBytes().toBytes(), settings.downloadTimeout());
        ProviderCalls calls = new ProviderCalls(name, http, downloader, credentials, metrics);
        return switch (settings.type()) {
            case "openai-videos" -> new SoraProvider(
                    new SoraRequests(name, settings.baseUrl(), settings.requestTimeout(), settings.downloadTimeout()),
                    new SoraResponses(name, classifier), calls);
            case "runway" -> new RunwayProvider(new RunwayRequests(name, requireVersion(name, settings)),
                    new RunwayResponses(name, classifier), calls);
            default -> throw new IllegalStateException("pipeline.providers." + name + ".type '" + settings.type()
                    + "' is not openai-videos or runway");
        };
    }

    /** Redirects are never followed: a signed download must not bounce elsewhere, nor a key follow it. */
    private static HttpClient httpClient(ProviderSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if ("http".equalsIgnoreCase(settings.baseUrl().getScheme())) {
            // plain http is only the local simulator; HTTP/1.1 skips the h2c upgrade dance
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder.build();
    }

    private static ProviderSettings requireVersion(String name, ProviderSettings settings) {
        if (settings.apiVersion() == null || settings.apiVersion().isBlank()) {
            throw new IllegalStateException("pipeline.providers." + name + ".api-version is required for Runway");
        }
        return settings;
    }
}
