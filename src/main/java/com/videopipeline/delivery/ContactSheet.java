package com.videopipeline.delivery;

import com.videopipeline.job.CostSummary;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code report.html}: the batch as a page of tiles, a poster frame per video with its prompt, provider, model,
 * duration, size, cost and status, and the batch's totals on top. Every link is relative, so the folder can be
 * zipped or uploaded as it is. The markup is also well-formed XML (XHTML syntax), which lets a test parse it
 * strictly without a browser.
 */
final class ContactSheet {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
            + "table.totals td,table.totals th{padding:.15em .8em;text-align:left}"
            + ".sheet{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:1em}"
            + "figure{margin:0;border:1px solid #ccc;border-radius:6px;padding:.5em;background:#fafafa}"
            + "figure img{width:100%;height:auto;display:block;background:#ddd}"
            + ".novideo{aspect-ratio:16/9;display:flex;align-items:center;justify-content:center;background:#eee}"
            + ".failed{border-color:#c33;background:#fff4f4}.failure{color:#a00}"
            + ".prompt{font-style:italic;white-space:pre-wrap;overflow-wrap:anywhere}dd{margin:0 0 0 1em}"
            + ".comparison{border:1px solid #88a;border-radius:6px;padding:.5em 1em;margin:0 0 1.5em}"
            + ".sides{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(240px,1fr);gap:1em;overflow-x:auto}"
            + ".cheapest{outline:3px solid #3a7}";

    private ContactSheet() {
    }

    /** The page; {@code images} maps a job id to its poster or thumbnail file name beside the page. */
    static byte[] html(ManifestWriter.Manifest manifest, Map<String, String> images) {
        StringBuilder out = new StringBuilder(4096 + 1024 * manifest.jobs().size());
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>Batch ").append(Html.escape(manifest.batch()))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>Batch ")
                .append(Html.escape(manifest.batch())).append("</h1>\n");
        totals(out, manifest);
        comparisons(out, manifest, images);
        out.append("<div class=\"sheet\">\n");
        manifest.jobs().stream().filter(job -> !Comparisons.isSide(job))
                .forEach(job -> ContactTile.append(out, job, images.get(job.id())));
        out.append("</div>\n</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Each comparison as one entry: its prompt, then its sides next to each other in one row. */
    private static void comparisons(StringBuilder out, ManifestWriter.Manifest manifest, Map<String, String> images) {
        Map<String, JobDocument> byId = new HashMap<>();
        manifest.jobs().forEach(job -> byId.put(job.id(), job));
        for (Comparisons.Comparison c : manifest.comparisons()) {
            out.append("<section class=\"comparison\" data-comparison=\"").append(Html.escape(c.id()))
                    .append("\">\n<h2>Comparison ").append(Html.escape(c.id())).append("</h2>\n<p class=\"prompt\">")
                    .append(Html.escape(c.prompt())).append("</p>\n<div class=\"sides\">\n");
            c.sides().forEach(side -> ContactTile.append(out, byId.get(side.job()), images.get(side.job()),
                    side.job().equals(c.cheapestDelivered())));
            out.append("</div>\n</section>\n");
        }
    }

    private static void totals(StringBuilder out, ManifestWriter.Manifest m) {
        CostSummary cost = m.cost();
        ManifestWriter.Counts counts = m.counts();
        out.append("<table class=\"totals\">\n");
        row(out, "source", "source", m.sourceFile());
        row(out, "completed", "completed", m.completed() == null ? "" : m.completed().toString());
        row(out, "lines", "lines", counts.lines() + " (" + counts.accepted() + " accepted, " + counts.rejected()
                + " rejected)");
        row(out, "delivered", "delivered", Long.toString(counts.delivered()));
        row(out, "failed", "failed", Long.toString(counts.failed()));
        row(out, "seconds", "seconds requested / delivered",
                cost.secondsRequested() + " s / " + Html.seconds(cost.secondsDelivered()));
        row(out, "estimated-usd", "estimated cost", Html.usd(cost.estimatedUsd()));
        row(out, "actual-usd", "actual cost", Html.usd(cost.actualUsd()));
        row(out, "discarded-usd", "of which discarded videos",
                Html.usd(cost.discardedUsd()) + " (" + cost.discardedVideos() + " videos)");
        if (m.budget() != null) {
            row(out, "budget", "budget", m.budget().summary());
        }
        out.append("</table>\n<p>Costs are the configured price per second of each model times seconds; neither "
                + "provider reports a price per video. Details: <a href=\"report.csv\">report.csv</a>, "
                + "<a href=\"manifest.json\">manifest.json</a>.</p>\n");
    }

    private static void row(StringBuilder out, String key, String label, String value) {
        out.append("<tr><th>").append(Html.escape(label)).append("</th><td data-total=\"").append(key)
                .append("\">").append(Html.escape(value)).append("</td></tr>\n");
    }
}
