package com.videopipeline.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a completed batch's report beside its videos: a poster frame per delivered video that has no provider
 * thumbnail, {@code report.csv} and the contact sheet {@code report.html}. Written before the manifest, so a
 * manifest means its report is there too; a poster that cannot be made leaves its tile without one, never the
 * batch without a manifest.
 */
@Component
class BatchReport {

    static final String CSV = "report.csv";
    static final String HTML = "report.html";

    private static final Logger LOG = LoggerFactory.getLogger(BatchReport.class);

    private final ReportProperties props;

    BatchReport(ReportProperties props) {
        this.props = props;
    }

    /** The report's files, posters included, so the manifest names everything in the batch folder. */
    private static final String POSTER = ".poster.jpg";

    record ReportFiles(String csv, String html, List<String> posters) {
    }

    /** Writes the report of {@code manifest} into {@code dir}; null when reports are switched off. */
    ReportFiles write(Path dir, ManifestWriter.Manifest manifest) {
        if (!props.enabled()) {
            return null;
        }
        Map<String, String> images = new HashMap<>();
        manifest.jobs().forEach(job -> image(dir, job).ifPresent(name -> images.put(job.id(), name)));
        AtomicFiles.write(dir.resolve(CSV), ReportCsv.csv(manifest.jobs()));
        AtomicFiles.write(dir.resolve(HTML), ContactSheet.html(manifest, images));
        List<String> posters = images.values().stream().filter(name -> name.endsWith(POSTER)).sorted().toList();
        return new ReportFiles(CSV, HTML, posters);
    }

    /**
     * Makes a delivered video's poster frame now, when it has no provider thumbnail, so the batch's completion only
     * assembles the sheet: decoding 200 frames at the end would hold the manifest back by seconds.
     */
    void prepareImage(Path video, boolean hasThumbnail) {
        if (props.enabled() && !hasThumbnail) {
            String name = video.getFileName().toString();
            poster(video, video.resolveSibling(name.substring(0, name.length() - ".mp4".length()) + POSTER));
        }
    }

    /** The provider's thumbnail when there is one, else a poster frame taken from the video. */
    private Optional<String> image(Path dir, JobDocument job) {
        JobDocument.Files files = job.files();
        if (files == null || files.video() == null) {
            return Optional.empty();
        }
        if (files.thumbnail() != null && Files.exists(dir.resolve(files.thumbnail()))) {
            return Optional.of(files.thumbnail());
        }
        return poster(dir.resolve(files.video()), dir.resolve(job.id() + POSTER));
    }

    private Optional<String> poster(Path video, Path poster) {
        String name = poster.getFileName().toString();
        if (Files.exists(poster)) {
            return Optional.of(name); // made before a crash: the same frame again
        }
        long start = System.nanoTime();
        try {
            AtomicFiles.write(poster, PosterFrames.jpeg(video, props.posterPosition(), props.posterWidth()));
            LOG.debug("poster {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
            return Optional.of(name);
        } catch (IOException e) {
            LOG.warn("no poster frame for {}: {}", video, e.getMessage());
            return Optional.empty();
        }
    }
}
