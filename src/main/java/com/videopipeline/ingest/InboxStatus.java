package com.videopipeline.ingest;

import com.videopipeline.request.PromptFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Answers what is waiting in the inbox: prompt files not yet read (hidden and in-progress files do not count). */
@Component
public class InboxStatus {

    private final IngestProperties props;

    InboxStatus(IngestProperties props) {
        this.props = props;
    }

    public long waitingFiles() {
        if (!Files.isDirectory(props.inbox())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(props.inbox())) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(PromptFiles::supports)
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
