package com.videopipeline.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds out what an MP4 file really contains (duration, picture size, codec, frame count) and rejects files
 * that are not usable videos. Reads box headers and moov only, so gigabyte files inspect in a small heap.
 * Thread-safe.
 */
public final class Mp4Inspector {

    /**
     * @throws InvalidVideoException if the file is not an MP4, is truncated, or has no video track or frames
     * @throws UncheckedIOException  if the file cannot be read at all (missing, no permission)
     */
    public Mp4Info inspect(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] moov = TopLevelBoxes.readMoov(channel);
            return MoovReader.read(moov, channel.size());
        } catch (InvalidVideoException e) {
            throw new InvalidVideoException(file.getFileName() + " is not a usable video: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
