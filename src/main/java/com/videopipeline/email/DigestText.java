package com.videopipeline.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.web.util.HtmlUtils;

/**
 * The digest's two renderings: plain text and HTML. Prompts and failure reasons are user or provider text, so
 * everything variable in the HTML is escaped; images are referenced by Content-ID ({@code cid:}).
 */
final class DigestText {

    private DigestText() {
    }

    static String plain(Digest d) {
        StringBuilder out = new StringBuilder(d.subject()).append("\n\n")
                .append(counts(d)).append("\n");
        notes(d).forEach(note -> out.append(note).append('\n'));
        out.append('\n');
        for (Digest.Line line : d.jobs()) {
            out.append("- ").append(line.id()).append(" [").append(line.status()).append("] ")
                    .append(Objects.toString(line.prompt(), "")).append('\n');
            if (line.link() != null) {
                out.append("  ").append(line.link()).append('\n');
            }
            if (line.notAttached() != null) {
                out.append("  linked, not attached: ").append(line.notAttached()).append('\n');
            }
        }
        if (!d.failures().isEmpty()) {
            out.append("\nFailures\n");
            d.failures().forEach(f -> out.append("- ").append(f.id()).append(": ").append(f.failureKind())
                    .append(": ").append(f.failureReason()).append('\n'));
        }
        return out.toString();
    }

    static String html(Digest d) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(d.subject())).append("</title></head><body><h1>").append(esc(d.subject()))
                .append("</h1><p class=\"counts\">").append(esc(counts(d))).append("</p>");
        notes(d).forEach(note -> out.append("<p class=\"note\">").append(esc(note)).append("</p>"));
        out.append("<table>");
        for (Digest.Line line : d.jobs()) {
            out.append("<tr id=\"job-").append(esc(line.id())).append("\"><td>");
            if (line.imageCid() != null) {
                out.append("<img width=\"160\" alt=\"").append(esc(line.id())).append("\" src=\"cid:")
                        .append(esc(line.imageCid())).append("\">");
            }
            out.append("</td><td><b>").append(esc(line.id())).append("</b> <span class=\"status\">")
                    .append(esc(line.status())).append("</span><br>").append(esc(line.prompt())).append("<br>")
                    .append(esc(line.provider())).append(' ').append(esc(line.model()));
            if (line.link() != null) {
                out.append("<br><a href=\"").append(esc(line.link())).append("\">video</a>");
            }
            if (line.notAttached() != null) {
                out.append(" <span class=\"not-attached\">linked, not attached: ").append(esc(line.notAttached()))
                        .append("</span>");
            }
            out.append("</td></tr>");
        }
        out.append("</table>");
        if (!d.failures().isEmpty()) {
            out.append("<h2>Failures</h2><ul class=\"failures\">");
            d.failures().forEach(f -> out.append("<li><b>").append(esc(f.id())).append("</b>: ")
                    .append(esc(f.failureKind())).append(": ").append(esc(f.failureReason())).append("</li>"));
            out.append("</ul>");
        }
        return out.append("</body></html>").toString();
    }

    /** What the mail leaves out and why: jobs that go elsewhere, videos only linked. */
    private static List<String> notes(Digest d) {
        List<String> notes = new ArrayList<>();
        if (d.omitted() > 0) {
            notes.add(d.omitted() + " other job(s) of this batch are not listed: their targets do not include email.");
        }
        if (d.notAttached() > 0) {
            notes.add(d.notAttached() + " video(s) linked rather than attached: this mail attaches "
                    + d.attachLimits() + ".");
        }
        return notes;
    }

    private static String counts(Digest d) {
        return d.lines() + " lines: " + d.delivered() + " delivered, " + d.failed() + " failed, " + d.rejected()
                + " rejected";
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
