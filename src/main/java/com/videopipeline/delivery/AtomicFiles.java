package com.videopipeline.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts files in place so that a reader of the outbox sees either nothing or the whole file, never half of one:
 * everything is written next to its target under a dot-name and renamed.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code document} as pretty JSON. */
    static void writeJson(ObjectMapper json, Path target, Object document) {
        try {
            write(target, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(tmp, content);
            move(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Moves a file into place unless an earlier run already did: after a crash between the move and the ledger's
     * record of it, the source is gone and the target is there, and delivering again must not fail.
     */
    static void moveOnce(Path source, Path target) throws IOException {
        if (Files.notExists(source) && Files.exists(target)) {
            return;
        }
        move(source, target);
    }

    /** Copies a file into place (a cached video stays where it was delivered first), once. */
    static void copyOnce(Path source, Path target, long expectedBytes) throws IOException {
        if (Files.exists(target) && Files.size(target) == expectedBytes) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
        if (Files.size(tmp) != expectedBytes) {
            Files.delete(tmp);
            throw new IOException(source + " changed since it was delivered: not " + expectedBytes + " bytes");
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Moves a file into place; across file systems it copies to a temporary name first, then renames. */
    static void move(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(source);
        }
    }
}
