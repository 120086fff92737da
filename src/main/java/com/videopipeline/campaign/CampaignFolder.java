package com.videopipeline.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The campaign files in the folder and a hash of each one's content, so a scan can tell added, changed and
 * removed files apart. Hidden files are left out: a careful writer writes under a hidden name and renames.
 */
final class CampaignFolder {

    private CampaignFolder() {
    }

    /** Every {@code *.yaml} / {@code *.yml} file by path, in name order, with the SHA-256 of its bytes. */
    static Map<Path, String> hashes(Path dir) {
        Map<Path, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(CampaignFolder::isCampaignFile).forEach(f -> files.put(f, hash(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list campaign folder " + dir, e);
        }
        files.values().removeIf(h -> h == null);
        return files;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static boolean isCampaignFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(file);
    }

    /** Null for a file that vanished between listing and reading: it is gone, as far as this scan goes. */
    private static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
