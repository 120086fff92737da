package com.videopipeline.job;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The jobs made from one drop file, queue message, API request or campaign firing ({@code origin}: folder, queue,
 * api, campaign; {@code campaign} names the campaign), as the ledger records it. Complete once sealed (every line read) and every job
 * is terminal; {@code sourceSha256} identifies the file's content; {@code manifest} is set once the manifest has been written, so a crash in between is repaired.
 */
public record Batch(String id, String sourceFile, String sourceSha256, Instant received, boolean sealed, int accepted, int rejected,
                    Path report, Instant completed, Path manifest, String origin, String campaign) {
}
