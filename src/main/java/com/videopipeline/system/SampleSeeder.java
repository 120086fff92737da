package com.videopipeline.system;

import com.videopipeline.ingest.IngestProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Copies a folder of sample prompt files (and the images they refer to) into the inbox before the routes start,
 * so the main job processes the samples with no other step. Sub-folders go first: a prompt file must never be read
 * before the image it names has arrived.
 */
@Component
class SampleSeeder implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(SampleSeeder.class);

    private final RunProperties run;
    private final IngestProperties ingest;

    SampleSeeder(RunProperties run, IngestProperties ingest) {
        this.run = run;
        this.ingest = ingest;
    }

    @Override
    public void afterPropertiesSet() {
        if (run.seedFrom() == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(run.seedFrom())) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparingInt((Path p) -> -p.getNameCount())).toList();
            for (Path file : files) {
                Path target = ingest.inbox().resolve(run.seedFrom().relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info("copied {} sample files from {} into {}", files.size(), run.seedFrom(), ingest.inbox());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy samples from " + run.seedFrom(), e);
        }
    }
}
