package com.videopipeline.simulator;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;

/**
 * The fault settings as JSON for {@code /simulator/faults}, with the same kebab-case names and duration style
 * ({@code "2s"}, {@code "500ms"}) as the YAML, so one can be copied into the other.
 */
final class FaultJson {

    private static final Set<String> TOP_LEVEL = Set.of("seed", "openai", "runway");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .addModule(new SimpleModule().addSerializer(Duration.class, new DurationWriter())
                    .addDeserializer(Duration.class, new DurationReader()))
            .build();

    private FaultJson() {
    }

    static byte[] write(FaultSettings settings) throws IOException {
        return MAPPER.writeValueAsBytes(settings);
    }

    /**
     * The settings after a PUT of {@code body}: a provider named in it is replaced whole (fields left out are off),
     * one not named is kept; a {@code seed} reseeds.
     *
     * @throws IllegalArgumentException for malformed JSON, unknown fields or out-of-range values
     */
    static FaultSettings merge(FaultSettings current, byte[] body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("expected a JSON object with seed, openai and/or runway");
            }
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!TOP_LEVEL.contains(name)) {
                    throw new IllegalArgumentException("unknown field '" + name + "'; expected seed, openai, runway");
                }
            }
            FaultSettings merged = current;
            if (root.has("openai")) {
                merged = merged.withOpenai(MAPPER.treeToValue(root.get("openai"), ProviderFaults.class));
            }
            if (root.has("runway")) {
                merged = merged.withRunway(MAPPER.treeToValue(root.get("runway"), ProviderFaults.class));
            }
            JsonNode seed = root.get("seed");
            if (seed == null || seed.isNull()) {
                return merged;
            }
            if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
                throw new IllegalArgumentException("seed must be a whole number, got " + seed);
            }
            return merged.withSeed(seed.asLong());
        } catch (IOException e) {
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    /** The validation message of a record constructor rather than Jackson's wrapping of it. */
    private static String reason(IOException e) {
        if (e.getCause() instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        return e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static final class DurationWriter extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            long millis = value.toMillis();
            gen.writeString(millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
        }
    }

    /** Accepts what the YAML accepts ({@code "2s"}, {@code "PT2S"}) and a bare number as milliseconds. */
    private static final class DurationReader extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken().isNumeric()) {
                return Duration.ofMillis(parser.getLongValue());
            }
            try {
                return DurationStyle.detectAndParse(parser.getValueAsString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + parser.getValueAsString() + "' is not a duration like 2s");
            }
        }
    }
}
