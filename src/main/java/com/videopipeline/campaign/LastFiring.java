package com.videopipeline.campaign;

import java.time.Instant;

/** A campaign's row in the ledger: the scheduled time of its last firing (or when watching began) and its state. */
record LastFiring(Instant scheduledAt, FiringState state, String batchId) {
}
