package dev.cloudsdk.omnistrate.codegen;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.core.testing.SharedDocuments;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
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
    private static List<Op> operations;
    private static TypeMapper types;

    @BeforeAll
    static void load() {
        FleetSpec spec = FleetSpec.load(SHARED);
        types = new TypeMapper(spec);
        operations = new ArrayList<>();
        spec.operations().forEach(operation -> operations.add(new Op(operation, types)));
    }

    static Stream<String> operationsWithSamples() {
        load();
        return operations.stream().filter(op -> op.spec.responseExample() != null).map(Op::operationId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithSamples")
    void sampleDecodes(String operationId) throws Exception {
        Op op = operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
        JsonNode sample = op.spec.responseExample();
        byte[] bytes = Samples.text(sample).getBytes(StandardCharsets.UTF_8);
        Object decoded = JSON.decode(bytes, javaType(op));
        assertThat(decoded).isNotNull();
        if (op.result != Op.Result.ID && op.result != Op.Result.MODEL_LIST) {
            Set<String> declared = new TreeSet<>();
            types.properties(op.response.schema()).keySet().forEach(name -> declared.add(lower(name)));
            Set<String> sent = new TreeSet<>();
            sample.fieldNames().forEachRemaining(name -> sent.add(lower(name)));
            sent.retainAll(declared);
            Set<String> kept = new TreeSet<>();
            JSON.objectMapper().valueToTree(decoded).fieldNames().forEachRemaining(name -> kept.add(lower(name)));
            assertThat(kept).containsAll(sent);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithSamples")
    void sampleReadsAsThroughTheBuilders(String operationId) throws Exception {
        Op op = operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
        byte[] bytes = Samples.text(op.spec.responseExample()).getBytes(StandardCharsets.UTF_8);
        ObjectMapper viaBuilders = buildersOnly();
        TypeRef<?> type = javaType(op);

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
     * The client's mapper with every model read through Jackson's builder path: the core's {@code ModelReader} steps
     * aside when this attribute (its {@code ENABLED_ATTRIBUTE}) is {@code false}.
     */
    private static ObjectMapper buildersOnly() {
        return JSON.objectMapper().copy().setDefaultAttributes(
                ContextAttributes.getEmpty().withSharedAttribute("dev.cloudsdk.core.modelReaders", Boolean.FALSE));
    }

    private static JsonDeserializer<Object> deserializer(ObjectMapper mapper, Class<?> type) throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), mapper.createParser("{}"), null);
        return context.findRootValueDeserializer(mapper.constructType(type));
    }

    private static TypeRef<?> javaType(Op op) throws ClassNotFoundException {
        return switch (op.response.kind()) {
            case STRING -> TypeRef.of(String.class);
            case LIST -> TypeRef.parameterized(List.class, model(op.response.element().name()));
            default -> TypeRef.of(model(op.response.name()));
        };
    }

    private static Class<?> model(String name) throws ClassNotFoundException {
        return Class.forName(ModelWriter.PACKAGE + "." + name);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
