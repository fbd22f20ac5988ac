package dev.cloudsdk.omnistrate;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.omnistrate.OmnistrateCodegen.ResponseSample;
import dev.cloudsdk.codegen.omnistrate.OmnistrateCodegen;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response sample of the spec (the seed's "Response samples") decodes into the SDK type of its operation
 * with the client's JSON configuration, and every top-level field the sample sends and the schema declares
 * survives (names compared without case: the spec's samples and schemas disagree on it). Fields a sample sends
 * but no schema declares are ignored by design. The core's {@code ModelReader}s (the client's mapper) read every
 * sample exactly as Jackson does through the models' builders.
 */
@ExtendWith(SharedDocuments.class)
class ResponseSamplesTest {

    private static final Path SHARED = SharedDocuments.dir();
    private static final JsonCodec JSON = JsonCodec.standard();
    private static final Map<String, ResponseSample> SAMPLES = new TreeMap<>();

    static Stream<String> operationsWithSamples() {
        if (SAMPLES.isEmpty()) {
            OmnistrateCodegen.responseSamples(SHARED).forEach(sample -> SAMPLES.put(sample.operationId(), sample));
        }
        return SAMPLES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithSamples")
    void sampleDecodes(String operationId) throws Exception {
        ResponseSample sample = SAMPLES.get(operationId);
        Object decoded = JSON.decode(sample.json().getBytes(StandardCharsets.UTF_8), javaType(sample));
        assertThat(decoded).isNotNull();
        if (!sample.declaredFields().isEmpty()) {
            Set<String> declared = new TreeSet<>();
            sample.declaredFields().forEach(name -> declared.add(lower(name)));
            Set<String> sent = new TreeSet<>();
            JSON.objectMapper().readTree(sample.json()).fieldNames().forEachRemaining(name -> sent.add(lower(name)));
            sent.retainAll(declared);
            Set<String> kept = new TreeSet<>();
            JSON.objectMapper().valueToTree(decoded).fieldNames().forEachRemaining(name -> kept.add(lower(name)));
            assertThat(kept).containsAll(sent);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithSamples")
    void sampleReadsAsThroughTheBuilders(String operationId) throws Exception {
        ResponseSample sample = SAMPLES.get(operationId);
        byte[] bytes = sample.json().getBytes(StandardCharsets.UTF_8);
        ObjectMapper viaBuilders = buildersOnly();
        TypeRef<?> type = javaType(sample);

        assertThat(JSON.decode(bytes, type))
                .isEqualTo(viaBuilders.readValue(bytes, viaBuilders.constructType(type.type())));
    }

    @Test
    void theComparisonIsBetweenReadersAndBuilders() throws Exception {
        assertThat(deserializer(JSON.objectMapper(), ResourceInstance.class).getClass().getSimpleName())
                .isEqualTo("ModelReader");
        assertThat(deserializer(buildersOnly(), ResourceInstance.class).getClass().getSimpleName())
                .isNotEqualTo("ModelReader");
    }

    /**
     * The client's mapper with every model read through Jackson's builder path: the core gives each model its
     * {@code ModelReader} through an annotation introspector of its own, which Jackson's alone replaces.
     */
    private static ObjectMapper buildersOnly() {
        return JSON.objectMapper().copy().setAnnotationIntrospector(new JacksonAnnotationIntrospector());
    }

    private static JsonDeserializer<Object> deserializer(ObjectMapper mapper, Class<?> type) throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), mapper.createParser("{}"), null);
        return context.findRootValueDeserializer(mapper.constructType(type));
    }

    private static TypeRef<?> javaType(ResponseSample sample) throws ClassNotFoundException {
        if (sample.modelClass() == null) {
            return TypeRef.of(String.class);
        }
        Class<?> model = Class.forName(sample.modelClass());
        return sample.list() ? TypeRef.parameterized(List.class, model) : TypeRef.of(model);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
