package com.videopipeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: Spring Boot wires the feature packages, Camel loads the flows from {@code routes/}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VideoPipelineApplication {

    public static void main(String[] args) {
        SpringApplication.run(VideoPipelineApplication.class, args);
    }
}
