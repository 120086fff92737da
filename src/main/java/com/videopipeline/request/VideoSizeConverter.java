package com.videopipeline.request;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets configuration say {@code size: 1280x720}; Spring's own conversion does not know {@link VideoSize#parse}. */
@Component
@ConfigurationPropertiesBinding
public class VideoSizeConverter implements Converter<String, VideoSize> {

    @Override
    public VideoSize convert(String source) {
        return VideoSize.parse(source);
    }
}
