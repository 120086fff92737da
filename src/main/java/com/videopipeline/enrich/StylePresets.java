package com.videopipeline.enrich;

import com.videopipeline.request.PresetDefaults;
import com.videopipeline.request.StyleNames;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The configured presets and brands, as request mapping checks names and takes a preset's defaults. */
@Component
public class StylePresets implements StyleNames {

    private final StyleProperties props;

    public StylePresets(StyleProperties props) {
        this.props = props;
    }

    @Override
    public Optional<PresetDefaults> preset(String name) {
        return Optional.ofNullable(props.presets().get(name))
                .map(p -> new PresetDefaults(p.seconds(), p.size(), p.provider(), p.model()));
    }

    @Override
    public Set<String> presetNames() {
        return props.presets().keySet();
    }

    @Override
    public Set<String> brandNames() {
        return props.brands().keySet();
    }
}
