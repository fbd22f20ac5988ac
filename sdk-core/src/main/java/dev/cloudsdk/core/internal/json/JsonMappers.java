package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the one {@link ObjectMapper} configuration every client uses. For SDK modules; users never
 * see Jackson types.
 *
 * <ul>
 *   <li>{@code java.time} and {@code Optional} support; dates written as ISO-8601 strings;</li>
 *   <li>unknown properties are ignored, never fatal (the APIs add fields all the time);</li>
 *   <li>a JSON {@code null} list or map reads as empty;</li>
 *   <li>{@code null} and empty {@code Optional} values are not written, so partial updates send only
 *       what was set;</li>
 *   <li>lenient scalars: {@code "10"} reads as a number, {@code ""} reads as {@code null} where an object,
 *       number or collection is expected; every {@code Boolean} also accepts {@code "Y"}/{@code "N"}
 *       ({@link LenientBooleanDeserializer}), every {@code Instant} RFC 3339, zone-less and epoch-second
 *       forms ({@link LenientInstantDeserializer}), every {@code LocalDateTime} {@code 2024-08-01 00:00:00}
 *       ({@link TextTimeDeserializer});</li>
 *   <li>an {@code Optional} attribute of a model builder is filled through its plain setter, with no
 *       {@code Optional} per value ({@link PlainOptionalSetters});</li>
 *   <li>a model built by an Immutables builder is read token by token into its builder, its property table built
 *       once per model type ({@link ModelReader}).</li>
 * </ul>
 */
public final class JsonMappers {

    /**
     * The reading attribute ({@code ObjectReader.withAttribute}) that, set to {@code Boolean.TRUE}, makes a model's
     * field that does not fit its type, or a required one missing, fail the whole value instead of being kept as the
     * model's problem.
     */
    public static final String STRICT_MODELS = ModelReader.STRICT_ATTRIBUTE;

    private JsonMappers() {
    }

    /** @return a newly configured mapper; create one per client and share it */
    public static ObjectMapper newObjectMapper() {
        return newObjectMapper(true);
    }

    /**
     * @param plainOptionalSetters whether optional attributes are filled through their builders' plain setters
     *     ({@link PlainOptionalSetters}); {@code false} only for tests comparing against the {@code Optional} ones
     * @return a newly configured mapper
     */
    public static ObjectMapper newObjectMapper(boolean plainOptionalSetters) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(times())
                .addModule(new Jdk8Module())
                .addModule(lenientScalars())
                .addModule(openEnums())
                .addModule(modelReaders());
        if (plainOptionalSetters) {
            builder.addModule(new SimpleModule("cloudsdk-plain-optional-setters")
                    .setDeserializerModifier(new PlainOptionalSetters()));
        }
        JsonMapper mapper = builder
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull)
                .setAcceptBlankAsEmpty(Boolean.TRUE);
        // A JSON null for a list or map reads as empty: models never hold null collections.
        for (Class<?> type : List.of(Iterable.class, List.class, Set.class, Collection.class, Map.class)) {
            mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        }
        return mapper;
    }

    /**
     * The {@code java.time} types the APIs' models use, read leniently and written as ISO-8601 text: the few
     * (de)serializers they need, rather than Jackson's whole date/time module (its jar and its start-up). Another
     * {@code java.time} type fails, naming itself, as Jackson reports a type it has no handler for.
     */
    private static SimpleModule times() {
        SimpleModule module = new SimpleModule("cloudsdk-times");
        module.addDeserializer(Instant.class, new LenientInstantDeserializer());
        module.addDeserializer(LocalDateTime.class, TextTimeDeserializer.dateTimes());
        module.addDeserializer(LocalDate.class, TextTimeDeserializer.dates());
        module.addDeserializer(YearMonth.class, TextTimeDeserializer.months());
        module.addSerializer(new TimeSerializer<>(Instant.class, DateTimeFormatter.ISO_INSTANT));
        module.addSerializer(new TimeSerializer<>(LocalDateTime.class, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        module.addSerializer(new TimeSerializer<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE));
        module.addSerializer(new TimeSerializer<>(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        module.addSerializer(new TimeSerializer<>(ZonedDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        module.addSerializer(new TimeSerializer<>(YearMonth.class, DateTimeFormatter.ofPattern("uuuu-MM")));
        module.addSerializer(Duration.class, ToStringSerializer.instance);
        return module;
    }

    /** Models read by their {@link ModelReader}s. */
    private static SimpleModule modelReaders() {
        return new SimpleModule("cloudsdk-model-readers") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.insertAnnotationIntrospector(ModelReader.introspector());
            }
        };
    }

    /** Open enums read through their {@code of(String)} ({@link OpenEnumDeserializer}). */
    private static SimpleModule openEnums() {
        return new SimpleModule("cloudsdk-open-enums") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(OpenEnumDeserializer.provider());
            }
        };
    }

    private static SimpleModule lenientScalars() {
        SimpleModule module = new SimpleModule("cloudsdk-lenient-scalars");
        LenientBooleanDeserializer booleans = new LenientBooleanDeserializer();
        module.addDeserializer(Boolean.class, booleans);
        module.addDeserializer(Boolean.TYPE, booleans);
        module.setDeserializerModifier(new EmptyStringAsNullModifier());
        return module;
    }
}
