package dev.cloudsdk.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.cloudsdk.core.internal.json.JsonMappers;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The JSON side of one client: encodes request bodies and decodes responses with the client's single
 * configured {@link ObjectMapper}. For SDK modules; the methods throw {@link IOException} subtypes that
 * the caller wraps into SDK exceptions.
 */
public final class JsonCodec {

    /** Enough for every model of a provider; past it, readers are made per call instead of cached. */
    private static final int MAX_CACHED_READERS = 512;

    private final ObjectMapper mapper;
    /** One reader per response type, its root deserializer resolved once instead of on every call. */
    private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * Wraps a mapper.
     *
     * @param mapper a mapper from {@link JsonMappers#newObjectMapper()}, possibly customised
     */
    public JsonCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** @return a codec with a fresh default mapper */
    public static JsonCodec standard() {
        return new JsonCodec(JsonMappers.newObjectMapper());
    }

    /**
     * Serialises a value.
     *
     * @param value the value
     * @return UTF-8 JSON
     * @throws JsonProcessingException if the value cannot be serialised
     */
    public byte[] encode(Object value) throws JsonProcessingException {
        return mapper.writeValueAsBytes(value);
    }

    /**
     * Deserialises a value.
     *
     * @param json UTF-8 JSON
     * @param type target type
     * @param <T>  target type
     * @return the value
     * @throws IOException if the JSON is malformed or does not fit the type
     */
    public <T> T decode(byte[] json, TypeRef<T> type) throws IOException {
        return reader(type.type()).readValue(json);
    }

    /**
     * Returns a reader for a type, cached: its root deserializer is resolved once. The reader sees the
     * mapper's configuration as it was when the reader was first asked for.
     *
     * @param type the type to read
     * @return the reader
     */
    public ObjectReader reader(Type type) {
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            reader = mapper.readerFor(mapper.getTypeFactory().constructType(type));
            if (readers.size() < MAX_CACHED_READERS) {
                readers.putIfAbsent(type, reader);
            }
        }
        return reader;
    }

    /**
     * @param reader a reader of this codec
     * @param strict whether a field of a model that does not fit its type, or a required one missing, fails the
     *               whole value ({@link dev.cloudsdk.core.RequestOptions#responseValidation()}); else the model keeps
     *               the field's problem ({@link dev.cloudsdk.core.model.ApiModel#decodingProblems()})
     * @return the reader reading that way
     */
    public ObjectReader reading(ObjectReader reader, boolean strict) {
        return strict ? reader.withAttribute(JsonMappers.STRICT_MODELS, Boolean.TRUE) : reader;
    }

    /**
     * Converts an already-parsed value (a map, list or scalar) into a type.
     *
     * @param value parsed value
     * @param type  target type
     * @param <T>   target type
     * @return the converted value
     * @throws IllegalArgumentException if it does not fit
     */
    public <T> T convert(Object value, TypeRef<T> type) {
        return mapper.convertValue(value, javaType(type));
    }

    /** @return the underlying mapper, for SDK modules that need tree access */
    public ObjectMapper objectMapper() {
        return mapper;
    }

    private JavaType javaType(TypeRef<?> type) {
        return mapper.getTypeFactory().constructType(type.type());
    }
}
