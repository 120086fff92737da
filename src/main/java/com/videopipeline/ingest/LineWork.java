package com.videopipeline.ingest;

import com.videopipeline.request.RawLine;

/** One entry of a drop file on its way through the split, carrying the file it belongs to. */
public record LineWork(IngestSession session, RawLine raw) {
}
