package com.videopipeline.request;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns an image or video value into a {@link MediaRef}, keeping local files inside the drop folder. */
final class MediaRules {

    static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp");
    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "webm");

    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:|/).*");

    /** Either the reference or what is wrong with the value. */
    private record Checked(MediaRef ref, String problem) {

        static Checked ok(MediaRef ref) {
            return new Checked(ref, null);
        }

        static Checked wrong(String problem) {
            return new Checked(null, problem);
        }
    }

    private MediaRules() {
    }

    /** The reference, or null after adding the problem to {@code fields}. */
    static MediaRef resolve(String field, String value, Set<String> extensions, DropContext ctx, Fields fields) {
        Checked checked = URL_SCHEME.matcher(value).matches() ? remote(value) : local(value, extensions, ctx);
        if (checked.problem() != null) {
            fields.problem(field, field + " " + Values.show(value) + " " + checked.problem());
        }
        return checked.ref();
    }

    /** Providers fetch remote inputs themselves, and over plain http anyone on the way could swap the file. */
    private static Checked remote(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Checked.wrong("is not a valid URL (" + e.getReason() + ")");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Checked.wrong("must be an https:// URL or a file path relative to the drop file ("
                    + uri.getScheme().toLowerCase(Locale.ROOT) + ":// is not allowed)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Checked.wrong("must be an https:// URL with a host name");
        }
        return Checked.ok(MediaRef.remote(uri));
    }

    /** Confined to the drop folder, so a prompt file cannot make the pipeline upload other files from the server. */
    private static Checked local(String value, Set<String> extensions, DropContext ctx) {
        if (!ctx.hasFolder()) {
            return Checked.wrong("must be an https:// URL (local files are accepted only from the drop folder)");
        }
        // Windows users write images\cat.png; on this server a backslash would only be part of a file name
        String portable = value.replace('\\', '/');
        Path relative;
        try {
            relative = Path.of(portable);
        } catch (InvalidPathException e) {
            return Checked.wrong("is not a valid file path (" + e.getReason() + ")");
        }
        Path resolved = ctx.folder().resolve(relative).normalize();
        if (relative.isAbsolute() || WINDOWS_ABSOLUTE.matcher(portable).matches()
                || !resolved.startsWith(ctx.folder())) {
            return Checked.wrong("must be a path inside the drop file's folder"
                    + " (no absolute paths or '..' leading out of it)");
        }
        if (!extensions.contains(extension(resolved))) {
            return Checked.wrong("must be a " + listed(extensions) + " file");
        }
        if (!Files.isRegularFile(resolved)) {
            return Checked.wrong(Files.exists(resolved) ? "is not a regular file"
                    : "does not exist in the drop file's folder");
        }
        return checkRealLocation(resolved, ctx);
    }

    /** A link inside the folder may still point outside it, so the final check uses the real paths. */
    private static Checked checkRealLocation(Path resolved, DropContext ctx) {
        try {
            Path real = resolved.toRealPath();
            if (!real.startsWith(ctx.realFolder())) {
                return Checked.wrong("links to a file outside the drop file's folder");
            }
            return Checked.ok(MediaRef.local(real));
        } catch (IOException e) {
            return Checked.wrong("cannot be read (" + Values.describe(e) + ")");
        }
    }

    private static String listed(Set<String> extensions) {
        List<String> names = extensions.stream().sorted().map(e -> "." + e).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
