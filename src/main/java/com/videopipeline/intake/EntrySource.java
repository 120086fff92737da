package com.videopipeline.intake;

/**
 * Where a batch of entries that arrived together comes from.
 *
 * @param origin   queue, api or campaign (the ledger's batch origin)
 * @param label    for people: names the batch and prefixes messages ("queue message ID:42", "campaign spring-sale")
 * @param key      identifies the input across redeliveries and restarts (a message id, an idempotency key, a
 *                 campaign firing); the same key never makes a second batch. Null: every call is new
 * @param campaign the campaign the batch belongs to, or null
 */
public record EntrySource(String origin, String label, String key, String campaign) {
}
