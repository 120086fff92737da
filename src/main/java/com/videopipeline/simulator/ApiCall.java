package com.videopipeline.simulator;

/** The kind of a provider API call, because faults strike creates, status polls and downloads differently. */
enum ApiCall {
    CREATE,
    STATUS,
    DOWNLOAD,
    /** List, delete and cancel: only the request-rate limit applies. */
    OTHER
}
