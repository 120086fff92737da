package com.videopipeline.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Whether a provider answers our key, by its cheapest authenticated read: OpenAI's {@code GET /models}, Runway's
 * {@code GET /v1/organization}. For the health check only: not counted against the job's calls, not retried, and
 * with a short timeout, so a hanging provider cannot hang the health endpoint.
 */
@Component
public class ProviderProbe {

    /** What the answer means for the operator. */
    public enum Reach {
        /** It answered (a 429 too: it is there and knows our key, it only wants us slower). */
        REACHABLE,
        /** No answer, a timeout or a 5xx: the provider's weather; jobs wait or fall back. */
        FAILING,
        /** Our key is missing or refused, or the URL is wrong (4xx): nothing works until config changes. */
        REFUSED
    }

    /** One probe: its meaning, the reason (secret-free), the HTTP status (0: none) and how long it took. */
    public record Result(Reach reach, String reason, int httpStatus, Duration took) {
    }

    private final ProvidersProperties properties;
    private final ProviderCredentials credentials;
    private final ErrorClassifier classifier;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ProviderProbe(ProvidersProperties properties, ProviderCredentials credentials, ErrorClassifier classifier) {
        this.properties = properties;
        this.credentials = credentials;
        this.classifier = classifier;
    }

    /** Probes {@code provider} (an enabled entry of pipeline.providers), waiting at most {@code timeout}. */
    public Result probe(String provider, Duration timeout) {
        long started = System.nanoTime();
        try {
            HttpRequest request = request(properties.providers().get(provider), credentials.require(provider), timeout);
            HttpResponse<String> answer = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return result(provider, answer, since(started));
        } catch (ProviderException e) {
            return new Result(Reach.REFUSED, e.getMessage(), 0, since(started));
        } catch (IOException e) {
            return new Result(Reach.FAILING, classifier.fromIoException(provider, e, false).getMessage(), 0,
                    since(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Reach.FAILING, provider + ": interrupted", 0, since(started));
        }
    }

    private Result result(String provider, HttpResponse<String> answer, Duration took) {
        int status = answer.statusCode();
        if (status / 100 == 2) {
            return new Result(Reach.REACHABLE, provider + ": answered " + status, status, took);
        }
        String reason = classifier.fromResponse(provider, status, answer.body(), answer.headers()).getMessage();
        Reach reach = status == 429 ? Reach.REACHABLE : status >= 500 ? Reach.FAILING : Reach.REFUSED;
        return new Result(reach, reason, status, took);
    }

    private static HttpRequest request(ProviderSettings settings, ApiKey key, Duration timeout) {
        boolean runway = "runway".equals(settings.type());
        URI uri = Urls.join(settings.baseUrl(), runway ? "/v1/organization" : "/models");
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Authorization", key.bearer()).header("Accept", "application/json");
        if (runway) {
            builder.header("X-Runway-Version", settings.apiVersion());
        }
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder.build();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
