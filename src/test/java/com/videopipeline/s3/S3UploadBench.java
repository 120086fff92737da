package com.videopipeline.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Benchmark, run by bench/s3-upload.sh (its name matches no surefire include, so mvn verify never runs it): one
 * large simulated video through the S3 uploader the delivery uses, to the in-process S3 server, with the heap
 * watched. The server keeps objects on disk (a file-system blob store): the transient store keeps them in an
 * in-memory file system on this JVM's heap, which would measure the server, not the delivery.
 */
class S3UploadBench {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void uploadsALargeVideoWithinTheHeapBound() throws Exception {
        long size = Long.getLong("bench.size-mib", 1024) * MIB;
        long partMib = Long.getLong("bench.part-mib", 16);
        Path video = sparseVideo(dir.resolve("video.mp4"), size);
        String sha256 = S3Items.sha256(video);
        Path store = Files.createDirectories(dir.resolve("store"));
        S3TestServer server = new S3TestServer(new FilesystemNio2BlobStore(store.toString())).start();
        try (S3Client client = server.client()) {
            client.createBucket(b -> b.bucket("videos"));
            S3Properties props = new S3Properties(true, "s3://videos", Map.of(), Map.of(),
                    "{campaign}/{date}/{batch}/{id}.mp4", "{campaign}/{date}/{batch}/{file}", "us-east-1",
                    server.endpoint(), true, DataSize.ofMegabytes(partMib), 1, Duration.ofSeconds(1), 1000, 1);
            S3Connection connection = new S3Connection(props);
            report(size, partMib, measure(new S3Uploader(connection, props), video, sha256));
            assertThat(client.headObject(b -> b.bucket("videos").key("bench/video.mp4")).metadata())
                    .containsEntry("sha256", sha256);
            connection.close();
        } finally {
            server.stop();
            FileSystemUtils.deleteRecursively(store);
        }
    }

    private record Figures(long nanos, long baseline, long sampledPeak, long poolPeaks) {
    }

    private static Figures measure(S3Uploader uploader, Path video, String sha256) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong(baseline);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 5, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        uploader.upload("videos", "bench/video.mp4", video, "video/mp4", Map.of("sha256", sha256, "job-id", "bench"));
        long nanos = System.nanoTime() - start;
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.SECONDS);
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Figures(nanos, baseline, peak.get(), poolPeaks);
    }

    private static void report(long size, long partMib, Figures f) throws Exception {
        double seconds = f.nanos() / 1e9;
        long growth = f.sampledPeak() - f.baseline();
        String text = String.format("""
                S3 upload bench: %d MiB video, part size %d MiB, -Xmx %d MiB (max heap)
                time                 %.2f s
                throughput           %.1f MiB/s
                heap before          %d MiB (after a GC)
                peak heap (sampled)  %d MiB, every 5 ms
                heap growth          %d MiB (target: under 128 MiB)  %s
                sum of heap pools' peaks %d MiB (an upper bound: pools peak at different moments)
                """, size / MIB, partMib, Runtime.getRuntime().maxMemory() / MIB, seconds, size / MIB / seconds,
                f.baseline() / MIB, f.sampledPeak() / MIB, growth / MIB, growth < 128 * MIB ? "PASS" : "FAIL",
                f.poolPeaks() / MIB);
        System.out.print(text);
        String out = System.getProperty("bench.out");
        if (out != null && !out.isBlank()) {
            Files.writeString(Files.createDirectories(Path.of(out).getParent()).resolve(Path.of(out).getFileName()), text);
        }
        if (Boolean.getBoolean("bench.enforce")) {
            assertThat(growth).as("heap growth").isLessThan(128 * MIB);
        }
    }

    /** A sparse file of zeros: as large as asked, without the disk space or the time to write it. */
    private static Path sparseVideo(Path file, long size) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
            raf.seek(0);
            raf.write(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'});
        }
        return file;
    }
}
