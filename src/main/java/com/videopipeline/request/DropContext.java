package com.videopipeline.request;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** What mapping must remember across one drop file's lines: the folder its media paths start from, the ids used. */
public final class DropContext {

    private final Path folder;
    private final String idSeed;
    private final Map<String, Integer> idLines = new ConcurrentHashMap<>();
    private Path realFolder;

    private DropContext(Path folder, String idSeed) {
        this.folder = folder;
        this.idSeed = idSeed;
    }

    /** A fresh context for one drop file, which must still be in the folder its relative paths refer to. */
    public static DropContext forFile(Path dropFile) {
        return forFile(dropFile, null);
    }

    /**
     * As {@link #forFile(Path)}, with generated ids derived from {@code idSeed} (the file's content hash) and the
     * line number instead of random, so a file read again after a crash names its lines as before.
     */
    public static DropContext forFile(Path dropFile, String idSeed) {
        Path absolute = Objects.requireNonNull(dropFile, "dropFile").toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return new DropContext(parent != null ? parent : absolute.getRoot(), idSeed);
    }

    /**
     * A context for entries that come with no folder (queue messages, API requests, campaigns): media must be
     * https URLs, because a message must not make the pipeline upload files from this server. {@code idSeed} as in
     * {@link #forFile(Path, String)}; null gives random ids.
     */
    public static DropContext withoutFolder(String idSeed) {
        return new DropContext(null, idSeed);
    }

    /** Whether local media paths can be resolved: only for entries that came in a file. */
    boolean hasFolder() {
        return folder != null;
    }

    String idSeed() {
        return idSeed;
    }

    Path folder() {
        return folder;
    }

    /** The folder with links resolved, to tell whether a linked file really lies inside it. */
    synchronized Path realFolder() throws IOException {
        if (realFolder == null) {
            realFolder = folder.toRealPath();
        }
        return realFolder;
    }

    /** The line that already claimed this id, or null. */
    Integer lineUsing(String id) {
        return idLines.get(key(id));
    }

    /** Claims the id for the line; returns the line that claimed it earlier, or null when it was free. */
    Integer claim(String id, int line) {
        return idLines.putIfAbsent(key(id), line);
    }

    /** Outputs are named after ids, and {@code Clip} and {@code clip} are one file on case-insensitive disks. */
    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
