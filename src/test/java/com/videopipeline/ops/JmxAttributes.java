package com.videopipeline.ops;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/** MXBean attribute values as a JMX client gets them (open types), back into Java maps and lists. */
final class JmxAttributes {

    private JmxAttributes() {
    }

    /** A {@code Map} attribute: JMX hands it over as a table of key/value rows. */
    static Map<String, Object> map(Object tabular) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object row : ((TabularData) tabular).values()) {
            CompositeData entry = (CompositeData) row;
            map.put((String) entry.get("key"), entry.get("value"));
        }
        return map;
    }

    /** A {@code List<String>} attribute: JMX hands it over as an array. */
    static List<String> strings(Object array) {
        return Arrays.asList((String[]) array);
    }
}
