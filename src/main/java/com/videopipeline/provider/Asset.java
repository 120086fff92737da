package com.videopipeline.provider;

/** What to download for a finished job. */
public enum Asset {
    VIDEO, THUMBNAIL
}
