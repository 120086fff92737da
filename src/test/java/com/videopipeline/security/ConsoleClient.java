package com.videopipeline.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client of the console for tests: cookies, form login, Jolokia calls with the CSRF header. */
final class ConsoleClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A GET as a browser navigating sends it: HTML wanted. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    /** Posts the login form as a browser would, with the CSRF token of the login page; answers the redirect. */
    HttpResponse<String> login(String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(user, password))));
    }

    /** The same login form sent chunked, without a Content-Length, as some clients and proxies send it. */
    HttpResponse<String> loginChunked(String user, String password) {
        byte[] form = form(user, password).getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "/login")).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));
    }

    private String form(String user, String password) {
        Matcher token = CSRF_FIELD.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("the login page has no CSRF field");
        }
        return "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    }

    /** One Jolokia request (or a bulk array) as Hawtio sends it: JSON POST with the XSRF cookie as header. */
    HttpResponse<String> jolokia(String json) {
        get(WebSecurityConfiguration.CONSOLE + "/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/actuator/hawtio/jolokia"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private Optional<String> xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
