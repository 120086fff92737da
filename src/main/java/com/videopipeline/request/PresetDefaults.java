package com.videopipeline.request;

/**
 * What a style preset decides when the entry itself does not: each null leaves the usual default.
 */
public record PresetDefaults(Integer seconds, VideoSize size, String provider, String model) {

    public static final PresetDefaults NONE = new PresetDefaults(null, null, null, null);
}
