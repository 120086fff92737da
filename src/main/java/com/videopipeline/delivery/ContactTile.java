package com.videopipeline.delivery;

/** One video's tile on the contact sheet: its poster linking to the video, prompt, facts and status. */
final class ContactTile {

    private ContactTile() {
    }

    static void append(StringBuilder out, JobDocument job, String image) {
        append(out, job, image, false);
    }

    /** {@code cheapest}: the side of a comparison that delivered for the least money, marked on the sheet. */
    static void append(StringBuilder out, JobDocument job, String image, boolean cheapest) {
        boolean delivered = job.failure() == null && job.files() != null;
        out.append("<figure class=\"tile ").append(delivered ? "delivered" : "failed")
                .append(cheapest ? " cheapest" : "").append("\" id=\"job-")
                .append(Html.escape(job.id())).append("\" data-job=\"").append(Html.escape(job.id()))
                .append("\" data-status=\"").append(Html.escape(job.status())).append("\">\n");
        poster(out, job, image);
        out.append("<figcaption>\n<strong>").append(Html.escape(job.id()))
                .append("</strong> · <span class=\"status\">").append(Html.escape(job.status()))
                .append("</span>\n<p class=\"prompt\">").append(Html.escape(job.request().prompt()))
                .append("</p>\n<dl>\n");
        fact(out, "provider", job.provider() + " / " + job.model());
        fact(out, "duration", job.verification() == null ? job.request().seconds() + " s requested"
                : Html.seconds(job.verification().durationSeconds()));
        fact(out, "size", job.request().size() + ", " + Html.bytes(job.bytes()));
        fact(out, "cost", Html.usd(job.actualCostUsd()) + " (estimated " + Html.usd(job.estimatedCostUsd()) + ")");
        out.append("</dl>\n");
        if (job.failure() != null) {
            out.append("<p class=\"failure\">").append(Html.escape(job.failure().kind())).append(": ")
                    .append(Html.escape(job.failure().message())).append("</p>\n");
        }
        if (job.budget() != null) {
            out.append("<p class=\"budget\">").append(Html.escape(job.budget())).append("</p>\n");
        }
        out.append("</figcaption>\n</figure>\n");
    }

    private static void poster(StringBuilder out, JobDocument job, String image) {
        String video = job.files() == null ? null : job.files().video();
        if (image == null) {
            out.append("<div class=\"novideo\">").append(video == null ? "no video" : "no poster").append("</div>\n");
            return;
        }
        String img = "<img src=\"" + Html.escape(image) + "\" alt=\"poster of " + Html.escape(job.id())
                + "\" loading=\"lazy\"/>";
        if (video == null) {
            out.append(img).append('\n');
        } else {
            out.append("<a href=\"").append(Html.escape(video)).append("\">").append(img).append("</a>\n");
        }
    }

    private static void fact(StringBuilder out, String name, String value) {
        out.append("<dt>").append(name).append("</dt><dd class=\"").append(name).append("\">")
                .append(Html.escape(value)).append("</dd>\n");
    }
}
