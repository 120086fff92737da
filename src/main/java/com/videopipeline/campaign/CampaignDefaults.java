package com.videopipeline.campaign;

/**
 * What every entry of a campaign asks for. {@code provider}, {@code model}, {@code seconds} and {@code size} become
 * the request's fields (null: the pipeline's own defaults and routing); {@code cache} false makes every firing a
 * new video even when an identical one was delivered recently (null: the source's default, reuse allowed).
 * {@code preset}, {@code brand} and {@code expand} are the request fields of enrichment (pipeline.enrichment).
 * {@code style} is not a request field: it is the template variable {@code {{style}}}, so a campaign says where in
 * its prompt the style goes.
 */
public record CampaignDefaults(String provider, String model, Integer seconds, String size, String style,
                               Boolean cache, String preset, String brand, Boolean expand) {

    /** Defaults without enrichment. */
    public CampaignDefaults(String provider, String model, Integer seconds, String size, String style,
                            Boolean cache) {
        this(provider, model, seconds, size, style, cache, null, null, null);
    }
}
