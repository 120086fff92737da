package com.videopipeline.provider;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams provider assets to disk with a SHA-256, a size cap, one deadline for the whole transfer (the request
 * timeout alone stops at the headers) and a Content-Length check, once the {@link DownloadPolicy} has allowed the
 * URL. Its client follows no redirects. Bytes go to a {@code .part} sibling first, so the target only ever holds a
 * complete file.
 */
final class HttpDownloader {

    private static final Logger log = LoggerFactory.getLogger(HttpDownloader.class);

    private final String provider;
    private final HttpClient client;
    private final ErrorClassifier classifier;
    private final DownloadPolicy policy;
    private final long maxBytes;
    private final Duration timeout;

    HttpDownloader(String provider, HttpClient client, ErrorClassifier classifier, DownloadPolicy policy,
                   long maxBytes, Duration timeout) {
        this.provider = provider;
        this.client = client;
        this.classifier = classifier;
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    Download download(HttpRequest request, Path target) {
        policy.check(request.uri());
        AtomicReference<HashingFileSubscriber> file = new AtomicReference<>();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            createParent(target);
            HttpResponse<Body> response = await(client.sendAsync(request, info -> subscriber(info, part, file)), file);
            Download download = finish(response, part, target);
            log.info("{}: downloaded {} bytes from {}", provider, download.bytes(), Urls.withoutQuery(request.uri()));
            return download;
        } finally {
            deleteQuietly(part);
        }
    }

    /** Short or empty bodies are retryable failures; HttpClient notices most short ones first, this catches the rest. */
    static void checkLength(String provider, long declared, long received) {
        if (received == 0 || (declared >= 0 && declared != received)) {
            throw new ProviderException(provider, FailureKind.DOWNLOAD_FAILED, 0, null,
                    provider + ": download incomplete: received " + received + " of " + declared + " bytes",
                    null, true, null);
        }
    }

    private BodySubscriber<Body> subscriber(HttpResponse.ResponseInfo info, Path target,
                                            AtomicReference<HashingFileSubscriber> file) {
        if (info.statusCode() / 100 != 2) {
            return BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), Body::error);
        }
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        file.set(new HashingFileSubscriber(provider, target, maxBytes, declared));
        return BodySubscribers.mapping(file.get(), Body::file);
    }

    private HttpResponse<Body> await(CompletableFuture<HttpResponse<Body>> future,
                                     AtomicReference<HashingFileSubscriber> file) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            ProviderException timedOut = new ProviderException(provider, FailureKind.TIMEOUT, 0, null,
                    provider + ": download took longer than " + timeout, null, true, null);
            if (file.get() != null) {
                file.get().abort(timedOut);
            }
            future.cancel(true);
            throw timedOut;
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw classifier.interrupted(provider, false);
        }
    }

    private ProviderException translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProviderException classified) {
                return classified;
            }
        }
        IOException io = failure instanceof IOException e ? e : new IOException(failure);
        return classifier.downloadFailed(provider, io);
    }

    private Download finish(HttpResponse<Body> response, Path part, Path target) {
        Body body = response.body();
        if (response.statusCode() / 100 != 2) {
            throw classifier.fromResponse(provider, response.statusCode(), body.errorText(), response.headers());
        }
        checkLength(provider, response.headers().firstValueAsLong("content-length").orElse(-1), body.bytes());
        moveInPlace(part, target);
        String contentType = response.headers().firstValue("content-type").orElse(null);
        return new Download(target, body.bytes(), body.sha256(), contentType);
    }

    private void moveInPlace(Path part, Path target) {
        try {
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProviderException(provider, FailureKind.DOWNLOAD_FAILED, 0, null,
                    provider + ": cannot move the download into place at " + target, null, true, e);
        }
    }

    private void createParent(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new ProviderException(provider, FailureKind.DOWNLOAD_FAILED, 0, null,
                    provider + ": cannot create the download folder for " + target, null, true, e);
        }
    }

    private static void deleteQuietly(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            log.warn("could not delete partial download {}", target, e);
        }
    }

    /** A finished transfer: the file's size and hash, or the error answer's text. */
    record Body(long bytes, String sha256, String errorText) {

        static Body file(HashingFileSubscriber.Result result) {
            return new Body(result.bytes(), result.sha256(), null);
        }

        static Body error(String text) {
            return new Body(0, null, text);
        }
    }
}
