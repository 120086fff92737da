package com.videopipeline.provider;

import com.videopipeline.request.MediaRef;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.util.unit.DataSize;

/** Turns a request's input image or video into what an API accepts, refusing early what the provider would refuse. */
final class LocalMedia {

    private LocalMedia() {
    }

    /** A remote input as sent: https always, plain http only on loopback (the simulator). */
    static String remoteUrl(String provider, MediaRef media) {
        URI url = media.url();
        if (!Urls.isHttpsOrLoopback(url)) {
            throw refused(provider, provider + ": input URLs must be https, got " + Urls.withoutQuery(url));
        }
        return url.toString();
    }

    /** A local image's media type, refusing formats the APIs do not take (they document JPEG, PNG and WebP). */
    static String imageType(String provider, Path file) {
        String type = read(provider, file, () -> MediaTypes.image(file));
        if (!MediaTypes.IMAGES.contains(type)) {
            throw refused(provider, provider + ": input image " + file.getFileName() + " is " + type
                    + "; use JPEG, PNG or WebP");
        }
        return type;
    }

    static String videoType(String provider, Path file) {
        return read(provider, file, () -> MediaTypes.video(file));
    }

    /** {@code data:<type>;base64,...}, only when the decoded file fits the provider's inline limit. */
    static String dataUri(String provider, Path file, String type, DataSize limit, String what) {
        long size = read(provider, file, () -> Files.size(file));
        if (size > limit.toBytes()) {
            throw refused(provider, provider + ": local " + what + " " + file.getFileName() + " is " + size
                    + " bytes; at most " + limit.toBytes() + " bytes (" + limit + ") can be sent inline;"
                    + " give an https URL instead");
        }
        byte[] bytes = read(provider, file, () -> Files.readAllBytes(file));
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    static ProviderException refused(String provider, String message) {
        return new ProviderException(provider, FailureKind.BAD_REQUEST, 0, null, message, null, true, null);
    }

    private static <T> T read(String provider, Path file, IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new ProviderException(provider, FailureKind.BAD_REQUEST, 0, null,
                    provider + ": cannot read input " + file.getFileName() + " (" + e.getClass().getSimpleName() + ")",
                    null, true, e);
        }
    }

    /** An I/O step whose failure means the input is unusable. */
    @FunctionalInterface
    interface IoCall<T> {
        T run() throws IOException;
    }
}
