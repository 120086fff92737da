package com.videopipeline.provider;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An in-memory HttpClient: answers each request with the next scripted answer and feeds the body to the caller's
 * BodySubscriber with real back-pressure, so body handling is exercised exactly as over a socket.
 */
class FakeHttpClient extends HttpClient {

    private final Deque<Answer> answers = new ArrayDeque<>();
    final List<HttpRequest> requests = new ArrayList<>();

    /** One scripted answer: a status, headers and body chunks, or a transport failure. */
    record Answer(int status, Map<String, String> headers, List<byte[]> chunks, IOException failure) {
    }

    FakeHttpClient answer(int status, String body, Map<String, String> headers) {
        answers.add(new Answer(status, headers, List.of(body.getBytes(StandardCharsets.UTF_8)), null));
        return this;
    }

    FakeHttpClient answerChunks(int status, Map<String, String> headers, byte[]... chunks) {
        answers.add(new Answer(status, headers, List.of(chunks), null));
        return this;
    }

    FakeHttpClient fail(IOException failure) {
        answers.add(new Answer(0, Map.of(), List.of(), failure));
        return this;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return sendAsync(request, handler).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        requests.add(request);
        Answer answer = answers.poll();
        if (answer == null || answer.failure() != null) {
            return CompletableFuture.failedFuture(answer == null ? new IOException("no scripted answer") : answer.failure());
        }
        HttpHeaders headers = headers(answer.headers());
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(info(answer.status(), headers));
        subscriber.onSubscribe(new ChunkSubscription(subscriber, answer.chunks()));
        return subscriber.getBody().toCompletableFuture()
                .thenApply(body -> new FakeResponse<>(answer.status(), request, headers, body));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    private static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> multi = new HashMap<>();
        values.forEach((k, v) -> multi.put(k, List.of(v)));
        return HttpHeaders.of(multi, (k, v) -> true);
    }

    private static HttpResponse.ResponseInfo info(int status, HttpHeaders headers) {
        return new HttpResponse.ResponseInfo() {
            public int statusCode() {
                return status;
            }

            public HttpHeaders headers() {
                return headers;
            }

            public Version version() {
                return Version.HTTP_1_1;
            }
        };
    }

    /** Delivers chunks only as they are requested, and stops when cancelled, like the real client. */
    private static final class ChunkSubscription implements Flow.Subscription {
        private final Flow.Subscriber<? super List<ByteBuffer>> subscriber;
        private final Deque<byte[]> chunks;
        private long demand;
        private boolean delivering;
        private boolean done;

        ChunkSubscription(Flow.Subscriber<? super List<ByteBuffer>> subscriber, List<byte[]> chunks) {
            this.subscriber = subscriber;
            this.chunks = new ArrayDeque<>(chunks);
        }

        @Override
        public void request(long n) {
            demand += n;
            if (delivering) {
                return;
            }
            delivering = true;
            while (demand > 0 && !chunks.isEmpty() && !done) {
                demand--;
                subscriber.onNext(List.of(ByteBuffer.wrap(chunks.poll())));
            }
            if (chunks.isEmpty() && !done) {
                done = true;
                subscriber.onComplete();
            }
            delivering = false;
        }

        @Override
        public void cancel() {
            done = true;
        }
    }

    private record FakeResponse<T>(int statusCode, HttpRequest request, HttpHeaders headers, T body)
            implements HttpResponse<T> {
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        public URI uri() {
            return request.uri();
        }

        public Version version() {
            return Version.HTTP_1_1;
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return Optional.empty();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
        return null;
    }

    @Override
    public SSLParameters sslParameters() {
        return null;
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
        return Optional.empty();
    }
}
