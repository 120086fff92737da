package com.videopipeline.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

class RequestDefaultsTest {

    /** Binds like Spring Boot does for @ConfigurationProperties, with the converter it would pick up. */
    private static RequestDefaults bind(Map<String, String> properties) {
        ApplicationConversionService conversion = new ApplicationConversionService();
        conversion.addConverter(new VideoSizeConverter());
        Binder binder = new Binder(List.of(new MapConfigurationPropertySource(properties)), null, conversion);
        ValidationBindHandler validation = new ValidationBindHandler(
                new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
        return binder.bindOrCreate("pipeline.request.defaults", Bindable.of(RequestDefaults.class), validation);
    }

    @Test
    void shouldDefaultTo8Seconds1280x720At24Fps() {
        assertThat(bind(Map.of())).isEqualTo(new RequestDefaults(8, new VideoSize(1280, 720), 24));
    }

    @Test
    void shouldBindConfiguredValuesIncludingSizeWrittenAsText() {
        RequestDefaults defaults = bind(Map.of(
                "pipeline.request.defaults.seconds", "5",
                "pipeline.request.defaults.size", "1920x1080",
                "pipeline.request.defaults.fps", "30"));

        assertThat(defaults).isEqualTo(new RequestDefaults(5, new VideoSize(1920, 1080), 30));
    }

    @Test
    void shouldRefuseDefaultsOutsideWhatALineMayAskFor() {
        assertThatThrownBy(() -> bind(Map.of("pipeline.request.defaults.seconds", "500")))
                .isInstanceOf(BindException.class);
    }

    @Test
    void shouldRefuseSizeThatIsNotWidthByHeight() {
        assertThatThrownBy(() -> bind(Map.of("pipeline.request.defaults.size", "HD")))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage("size 'HD' is not WIDTHxHEIGHT, e.g. 1280x720");
    }
}
