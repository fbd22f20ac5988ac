package dev.cloudsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.cloudsdk.core.json.Color;
import dev.cloudsdk.core.json.Gadget;
import dev.cloudsdk.core.json.GadgetBuilder;
import dev.cloudsdk.core.json.Widget;
import dev.cloudsdk.core.json.WidgetBuilder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@link ModelReader} reads a model exactly as Jackson does through its builder: the same values from present,
 * null, blank, absent, repeated and unknown properties, and the same exceptions and messages for what fails.
 */
class ModelReaderTest {

    /** Jackson's own path ({@code @JsonDeserialize(builder = ...)}): without the readers' introspector. */
    private final ObjectMapper viaBuilder = JsonMappers.newObjectMapper()
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector());
    /** The client's mapper: models read by {@link ModelReader}s. */
    private final ObjectMapper viaReader = JsonMappers.newObjectMapper();
    /** The client's mapper once each model has been read often enough for its reader to spin classes. */
    private final ObjectMapper viaSpunReader = spun(JsonMappers.newObjectMapper());

    private static ObjectMapper spun(ObjectMapper mapper) {
        try {
            for (int i = 0; i <= ModelReader.SPIN_AFTER + 1; i++) {
                mapper.readValue("{\"id\":1}", Widget.class);
                mapper.readValue("{}", Gadget.class);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":1,\"name\":\"w\",\"count\":\"10\",\"enabled_yn\":\"N\",\"created_at\":\"2024-08-01 00:00:00\","
            + "\"expired_at\":\"2024-08-01T00:00:00Z\",\"color\":\"RED\",\"child\":{\"id\":2,\"name\":\"c\"}}",
        "{\"id\":1,\"name\":null,\"count\":null,\"enabled_yn\":null,\"created_at\":null,\"expired_at\":null,"
            + "\"color\":null,\"child\":null,\"secret\":null,\"tags\":null,\"data\":null}",
        "{\"id\":1,\"name\":\"\",\"count\":\"\",\"enabled_yn\":\"\",\"created_at\":\"\",\"expired_at\":\"\","
            + "\"color\":\"\",\"child\":\"\",\"secret\":\" \",\"tags\":\"\",\"data\":\"\"}",
        "{\"id\":1,\"expired_at\":1700000000,\"color\":\"PURPLE\",\"child\":{\"id\":2,\"child\":{\"id\":3}}}",
        "{\"id\":1,\"tags\":[\"a\",\"b\"],\"data\":{\"k\":1,\"n\":{\"x\":[1,null]},\"s\":\"v\"}}",
        "{\"id\":1,\"tags\":\"a\",\"data\":{}}",
        "{\"id\":1,\"tags\":[],\"data\":{},\"child\":{\"id\":2,\"tags\":[\"x\"]}}",
        "{\"id\":1,\"tags\":[\"a\"],\"tags\":[\"b\",7],\"data\":{\"a\":1},\"data\":{\"b\":2},\"name\":\"x\",\"name\":null}",
        "{\"id\":\"7\",\"unknown\":{\"deep\":[1,{\"x\":2}]},\"more\":[[]],\"name\":\"n\"}",
        "{\"id\":null}",
        "{\"id\":1}",
        "\"\"",
        "\"  \"",
        "null"
    })
    void readsWidgetsAsTheBuilderDoes(String json) throws Exception {
        assertThat(viaReader.readValue(json, Widget.class)).isEqualTo(viaBuilder.readValue(json, Widget.class));
        String list = "[" + json + "," + json + "]";
        assertThat(viaReader.readValue(list, Widget[].class)).isEqualTo(viaBuilder.readValue(list, Widget[].class));
        assertThat(viaSpunReader.readValue(list, Widget[].class)).isEqualTo(viaBuilder.readValue(list, Widget[].class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"labels\":[\"a\",\"b\"],\"extra\":{\"k\":[1,{\"x\":null}]},\"anything\":[1,\"2\"],"
            + "\"widget\":{\"id\":4},\"DisplayName\":\"d\"}",
        "{\"labels\":\"a\",\"extra\":{},\"anything\":\"\",\"widget\":\"\",\"display_name\":\"\"}",
        "{\"labels\":null,\"extra\":null,\"anything\":null,\"widget\":null,\"display_name\":null}",
        "{\"labels\":\"\",\"extra\":\"\",\"anything\":{\"a\":1}}",
        "{}"
    })
    void readsGadgetsAsTheBuilderDoes(String json) throws Exception {
        assertThat(viaReader.readValue(json, Gadget.class)).isEqualTo(viaBuilder.readValue(json, Gadget.class));
        assertThat(viaSpunReader.readValue(json, Gadget.class)).isEqualTo(viaBuilder.readValue(json, Gadget.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"x\"}",
        "{\"id\":1,\"child\":{\"name\":\"x\"}}",
        "{\"id\":1,\"tags\":[null]}",
        "{\"id\":1,\"tags\":[\"a\",{\"b\":1}]}",
        "{\"id\":1,\"data\":{\"k\":null}}",
        "{\"id\":1,\"count\":\"many\"}",
        "{\"id\":1,\"enabled_yn\":\"perhaps\"}",
        "{\"id\":1,\"child\":\"abc\"}",
        "{\"id\":1,\"child\":5}",
        "{\"id\":1,\"child\":[{\"id\":2}]}",
        "{\"id\":1,\"child\":{\"id\":2,\"tags\":[null]}}",
        "\"abc\"",
        "7",
        "[{\"id\":1}]"
    })
    void failsAsTheBuilderDoes(String json) {
        Throwable viaReaderFailure = catchThrowable(() -> viaReader.readValue(json, Widget.class));
        Throwable viaBuilderFailure = catchThrowable(() -> viaBuilder.readValue(json, Widget.class));

        assertThat(viaBuilderFailure).isNotNull();
        assertThat(viaReaderFailure).isNotNull().hasSameClassAs(viaBuilderFailure);
        assertThat(withoutColumn(viaReaderFailure.getMessage())).isEqualTo(withoutColumn(viaBuilderFailure.getMessage()));
        Throwable viaSpunReaderFailure = catchThrowable(() -> viaSpunReader.readValue(json, Widget.class));
        assertThat(viaSpunReaderFailure).isNotNull().hasSameClassAs(viaBuilderFailure);
        assertThat(withoutColumn(viaSpunReaderFailure.getMessage()))
                .isEqualTo(withoutColumn(viaBuilderFailure.getMessage()));
    }

    /**
     * A bad list element or map value fails when it is added rather than when the whole list or map is set, so a
     * few characters earlier in the input; everything else in the message is the same.
     */
    private static String withoutColumn(String message) {
        return message.replaceAll("column: [0-9]+", "column: _");
    }

    @Test
    void readsValuesOfEveryKind() throws Exception {
        Widget widget = viaReader.readValue("{\"id\":\"3\",\"name\":\"w\",\"count\":2,\"enabled_yn\":\"Y\","
                + "\"created_at\":\"2024-08-01 10:00:00\",\"expired_at\":\"2024-08-01T00:00:00Z\",\"color\":\"teal\","
                + "\"tags\":[\"a\"],\"data\":{\"k\":[1]},\"child\":{\"id\":4},\"secret\":\"s\"}", Widget.class);

        assertThat(widget.id()).isEqualTo(3L);
        assertThat(widget.name()).contains("w");
        assertThat(widget.count()).contains(2);
        assertThat(widget.enabled()).contains(true);
        assertThat(widget.createdAt()).contains(LocalDateTime.of(2024, 8, 1, 10, 0));
        assertThat(widget.expiredAt()).contains(Instant.parse("2024-08-01T00:00:00Z"));
        assertThat(widget.color()).contains(Color.of("teal"));
        assertThat(widget.tags()).containsExactly("a");
        assertThat(widget.data()).isEqualTo(Map.of("k", List.of(1)));
        assertThat(widget.child()).hasValueSatisfying(child -> assertThat(child.id()).isEqualTo(4L));
        assertThat(widget.secret()).contains("s");
    }

    @Test
    void theClientsMapperReadsModelsThroughReadersAndTheComparisonOneThroughBuilders() throws Exception {
        assertThat(deserializer(viaReader, Widget.class)).isInstanceOf(ModelReader.class);
        assertThat(deserializer(viaReader, Gadget.class)).isInstanceOf(ModelReader.class);
        assertThat(deserializer(viaBuilder, Widget.class)).isNotInstanceOf(ModelReader.class);
    }

    @Test
    void aBuilderThatDoesNotFitIsLeftToJackson() {
        assertThat(ModelReader.create(Widget.class, WidgetBuilder.class)).isNotNull();
        assertThat(ModelReader.create(Widget.class, GadgetBuilder.class)).isNull(); // no setter for "id"
        assertThat(ModelReader.create(Gadget.class, Hidden.class)).isNull(); // not public
        assertThat(ModelReader.create(Widget.class, String.class)).isNull(); // no build()
    }

    private static JsonDeserializer<Object> deserializer(ObjectMapper mapper, Class<?> type) throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), mapper.createParser("{}"), null);
        return context.findRootValueDeserializer(mapper.constructType(type));
    }

    /** A builder of {@link Gadget} (which has no property without an {@code Optional}), but not public. */
    static final class Hidden {
        public Gadget build() {
            return new GadgetBuilder().build();
        }
    }
}
