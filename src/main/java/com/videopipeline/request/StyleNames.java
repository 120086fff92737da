package com.videopipeline.request;

import java.util.Optional;
import java.util.Set;

/** The style presets and brand guides an entry may name, as configured; mapping checks names against them. */
public interface StyleNames {

    /** No presets and no brands. */
    StyleNames NONE = new StyleNames() {
        @Override
        public Optional<PresetDefaults> preset(String name) {
            return Optional.empty();
        }

        @Override
        public Set<String> presetNames() {
            return Set.of();
        }

        @Override
        public Set<String> brandNames() {
            return Set.of();
        }
    };

    /** The preset's defaults, or empty when no preset has that name. */
    Optional<PresetDefaults> preset(String name);

    Set<String> presetNames();

    Set<String> brandNames();
}
