package com.videopipeline.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.provider.EndpointKey;
import com.videopipeline.request.MediaRef;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One call of OpenAI's {@code POST /moderations}. Every failure becomes a {@link ModerationUnavailable} saying
 * whether it may pass; nothing here retries. Error details are OpenAI's {@code error.message}, never our key.
 */
@Component
class ModerationClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 200;

    private final ModerationApiProperties props;
    private final EndpointKey key;
    private final HttpClient client;

    ModerationClient(ModerationApiProperties props, Environment environment) {
        this.props = props;
        this.key = new EndpointKey(environment, props.apiKeyEnv(), props.loopbackKey(), props.baseUrl());
        this.client = HttpClient.newBuilder().connectTimeout(props.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The scores of {@code text}, with {@code image} (null: none) when images are sent. */
    ModerationScores classify(String text, MediaRef image) throws ModerationUnavailable {
        String body = ModerationInput.body(props.model(), text, image, props.maxImageBytes().toBytes());
        HttpRequest request = HttpRequest.newBuilder(endpoint()).timeout(props.timeout())
                .header("Authorization", key.authorization()
                        .orElseThrow(() -> new ModerationUnavailable(key.missing(), false)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ModerationUnavailable("the moderation API answered " + status + detail(response.body()),
                    status == 408 || status == 409 || status == 429 || status >= 500);
        }
        ModerationScores scores = parse(response.body());
        if (scores == null) {
            throw new ModerationUnavailable("the moderation API answered without results[].category_scores", true);
        }
        return scores;
    }

    URI endpoint() {
        String base = props.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "moderations");
    }

    private HttpResponse<String> send(HttpRequest request) throws ModerationUnavailable {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new ModerationUnavailable("could not connect to " + endpoint(), true, e);
        } catch (HttpTimeoutException e) {
            throw new ModerationUnavailable("no answer within " + props.timeout(), true, e);
        } catch (IOException e) {
            throw new ModerationUnavailable("connection failed (" + e.getClass().getSimpleName() + ")", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModerationUnavailable("interrupted while waiting for the answer", false, e);
        }
    }

    private static ModerationScores parse(String body) {
        try {
            return ModerationScores.of(JSON.readTree(body).path("results"));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** ": " and OpenAI's {@code error.message}, cut short; empty when the body has none. */
    private static String detail(String body) {
        try {
            JsonNode message = JSON.readTree(body).at("/error/message");
            String text = message.asText("");
            return text.isBlank() ? "" : ": " + (text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…"
                    : text);
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
