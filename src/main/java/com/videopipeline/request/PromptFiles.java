package com.videopipeline.request;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Entry point for reading a dropped prompt file: picks the reader by extension and opens the file as text. */
public final class PromptFiles {

    private static final int BUFFER_CHARS = 64 * 1024;

    private PromptFiles() {
    }

    /** True for the extensions {@link #open} understands: csv, jsonl, json, yaml, yml and txt, in any case. */
    public static boolean supports(Path file) {
        return file != null && switch (extension(file)) {
            case "csv", "jsonl", "json", "yaml", "yml", "txt" -> true;
            default -> false;
        };
    }

    /**
     * Opens a prompt file for streaming. Throws {@link UncheckedIOException} naming the path when the file cannot be
     * opened and {@link IllegalArgumentException} for an extension {@link #supports} rejects.
     */
    public static PromptLines open(Path file) {
        if (!supports(file)) {
            throw new IllegalArgumentException("unsupported prompt file " + file
                    + " (use .csv, .jsonl, .json, .yaml, .yml or .txt)");
        }
        BufferedReader reader = openText(file);
        try {
            return switch (extension(file)) {
                case "csv" -> new CsvPromptLines(file, reader);
                case "jsonl" -> new JsonlPromptLines(file, reader);
                case "json" -> new JsonPromptLines(file, reader);
                case "txt" -> new TxtPromptLines(file, reader);
                default -> new YamlPromptLines(file, reader);
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw new UncheckedIOException("cannot read prompt file " + file,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static BufferedReader openText(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a readable regular file");
            }
            InputStream in = new BufferedInputStream(Files.newInputStream(file));
            return new BufferedReader(new InputStreamReader(in, decoder(charsetAfterBom(in))), BUFFER_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Consumes a byte-order mark; a UTF-16 mark (Windows "Unicode") is honoured rather than decoded as garbage. */
    private static Charset charsetAfterBom(InputStream in) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            in.skipNBytes(2);
            return b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** Replaces bad bytes instead of failing, so the readers can report the exact entry that holds them. */
    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // already failing with the more useful exception
        }
    }
}
