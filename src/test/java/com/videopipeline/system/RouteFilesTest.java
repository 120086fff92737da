package com.videopipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the house rules for {@code routes/} true as flows are added: one flow per file, named by its file. */
class RouteFilesTest {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldHoldExactlyOneFlowPerFileWithTheFileStemAsItsId() throws IOException {
        for (Path file : routeFiles()) {
            JsonNode entries = yaml.readTree(file.toFile());
            String stem = file.getFileName().toString().replace(".camel.yaml", "");

            assertThat(entries.size()).as("flows in %s", file).isEqualTo(1);
            JsonNode flow = entries.get(0).elements().next();
            assertThat(flow.get("id").asText()).as("id of the flow in %s", file).isEqualTo(stem);
        }
    }

    @Test
    void shouldGiveEveryStepAnIdNoOtherRouteFileUses() throws IOException {
        // Camel refuses to start when two nodes share an id, and the error names neither file
        Map<String, Path> owners = new HashMap<>();
        for (Path file : routeFiles()) {
            for (String id : ids(yaml.readTree(file.toFile()), new ArrayList<>())) {
                Path other = owners.putIfAbsent(id, file);
                assertThat(other).as("id '%s' in %s is also used in %s", id, file, other).isNull();
            }
        }
    }

    @Test
    void shouldNameEveryRouteFileAsVerbAndNoun() throws IOException {
        for (Path file : routeFiles()) {
            assertThat(file.getFileName().toString()).matches("[a-z]+(-[a-z]+)+\\.camel\\.yaml");
        }
    }

    @Test
    void shouldUseEveryDeclaredExchangeVariableInTheRoutes() throws Exception {
        StringBuilder all = new StringBuilder();
        for (Path file : routeFiles()) {
            all.append(Files.readString(file));
        }

        for (String variable : declaredVariables()) {
            assertThat(all.toString()).as("variable '%s' in routes/", variable)
                    .containsAnyOf("variable." + variable + "}", "name: " + variable + "\n");
        }
    }

    /** Every {@code id:} in a route file, at any depth; a step used twice within one file counts once. */
    private static List<String> ids(JsonNode node, List<String> found) {
        if (node.isObject() && node.has("id") && node.get("id").isTextual() && !found.contains(node.get("id").asText())) {
            found.add(node.get("id").asText());
        }
        node.elements().forEachRemaining(child -> ids(child, found));
        return found;
    }

    private static List<Path> routeFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            List<Path> routes = files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().toList();
            assertThat(routes).isNotEmpty();
            return routes;
        }
    }

    private static List<String> declaredVariables() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : PipelineVariables.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}
