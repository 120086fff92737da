package com.videopipeline.provider;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Writes a response body to a file as it arrives, hashing it on the way and cancelling the moment it grows past the
 * limit, so a large video never sits in memory and an endless body never fills the disk.
 */
final class HashingFileSubscriber implements HttpResponse.BodySubscriber<HashingFileSubscriber.Result> {

    private final String provider;
    private final Path target;
    private final long maxBytes;
    private final long declaredLength;
    private final MessageDigest digest = sha256();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private FileChannel channel;
    private long received;

    /** @param declaredLength the Content-Length, or -1 when the server did not send one */
    HashingFileSubscriber(String provider, Path target, long maxBytes, long declaredLength) {
        this.provider = provider;
        this.target = target;
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
            return;
        }
        if (declaredLength > maxBytes) {
            fail(tooLarge(declaredLength));
            return;
        }
        try {
            channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            fail(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        try {
            for (ByteBuffer buffer : buffers) {
                received += buffer.remaining();
                if (received > maxBytes) {
                    fail(tooLarge(received));
                    return;
                }
                digest.update(buffer.duplicate());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            fail(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable error) {
        close();
        result.completeExceptionally(error);
    }

    @Override
    public synchronized void onComplete() {
        close();
        result.complete(new Result(received, HexFormat.of().formatHex(digest.digest())));
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    /** Stops the transfer from outside, e.g. when the download deadline passes. */
    synchronized void abort(Throwable reason) {
        fail(reason);
    }

    private void fail(Throwable reason) {
        if (subscription != null) {
            subscription.cancel();
        }
        close();
        result.completeExceptionally(reason);
    }

    private void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    private ProviderException tooLarge(long bytes) {
        return new ProviderException(provider, FailureKind.VERIFICATION_FAILED, 0, null,
                provider + ": download refused: " + bytes + " bytes exceeds max-download-bytes " + maxBytes,
                null, true, null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** What reached the disk. */
    record Result(long bytes, String sha256) {
    }
}
