package com.videopipeline.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.mp4parser.PropertyBoxParserImpl;

/**
 * Works around isoparser 1.9.56 reading its box map with {@code ClassLoader.getSystemResourceAsStream}: inside the
 * packaged Spring Boot jar the system class loader cannot see nested jars, so every parse failed with
 * "inStream parameter is null" while tests on a flat class path passed. We load the same file through isoparser's
 * own class loader and put it into the parser's public static cache, which its constructor consults first.
 */
final class IsoparserBoxMap {

    private static final String RESOURCE = "isoparser2-default.properties";

    private IsoparserBoxMap() {
    }

    static synchronized void prime() {
        if (PropertyBoxParserImpl.BOX_MAP_CACHE == null) {
            PropertyBoxParserImpl.BOX_MAP_CACHE = load();
        }
    }

    private static Properties load() {
        Properties map = new Properties();
        try (InputStream in = PropertyBoxParserImpl.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the isoparser jar");
            }
            map.load(in);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
