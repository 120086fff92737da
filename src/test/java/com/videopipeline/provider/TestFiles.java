package com.videopipeline.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small media files whose first bytes look like the real formats, so type sniffing sees what a provider would. */
final class TestFiles {

    static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final byte[] JPEG_HEAD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    static final byte[] MP4_HEAD = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    static final byte[] GIF_HEAD = {'G', 'I', 'F', '8', '9', 'a'};

    private TestFiles() {
    }

    /** A file that starts with {@code head} and is exactly {@code size} bytes long. */
    static Path file(Path dir, String name, byte[] head, int size) {
        byte[] content = new byte[size];
        System.arraycopy(head, 0, content, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            content[i] = (byte) (i * 31);
        }
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
