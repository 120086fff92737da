package com.videopipeline.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes prompt files into a test folder and reads them back whole, which is fine for small test files. */
final class PromptFileSupport {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PromptFileSupport() {
    }

    static Path write(Path folder, String name, String content) {
        return write(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeWithBom(Path folder, String name, String content) {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, bytes, UTF8_BOM.length, text.length);
        return write(folder, name, bytes);
    }

    static List<RawLine> readAll(Path file) {
        List<RawLine> lines = new ArrayList<>();
        try (PromptLines entries = PromptFiles.open(file)) {
            entries.forEachRemaining(lines::add);
        }
        return lines;
    }

    static List<RawLine> readAll(Path folder, String name, String content) {
        return readAll(write(folder, name, content));
    }
}
