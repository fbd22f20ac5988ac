package dev.cloudsdk.core.spi;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one model from JSON token by token into its builder: what Jackson does for
 * {@code @JsonDeserialize(builder = ...)}, without a reflective call per value. A model names its reader with
 * {@code @JsonDeserialize(using = ...)}; the reader lists the model's JSON property names and sets each value on
 * the builder itself ({@link #set}), by the property's position in that list. The elements of a {@code List} and the
 * entries of a {@code Map<String, V>} go to the builder one by one ({@link #add}, {@link #put}), so that the
 * builder's copy is the only one before the model's own:
 *
 * <pre>{@code
 * public final class WidgetReader extends ModelReader<Widget, Widget.Builder> {
 *     public WidgetReader() {
 *         super(Widget.class, "id", "name", "tags");
 *     }
 *     protected Widget.Builder newBuilder() {
 *         return Widget.builder();
 *     }
 *     protected void set(Widget.Builder builder, int property, Object value) {
 *         switch (property) {
 *             case 0 -> builder.id((long) value);
 *             case 1 -> builder.name((String) value); // an Optional attribute: its plain setter
 *             case 2 -> builder.tags((List<String>) value);
 *             default -> throw new IllegalArgumentException("no property " + property);
 *         }
 *     }
 *     protected void add(Widget.Builder builder, int property, Object element) {
 *         switch (property) {
 *             case 2 -> builder.addTags((String) element);
 *             default -> throw new IllegalArgumentException("no list property " + property);
 *         }
 *     }
 *     protected Widget build(Widget.Builder builder) {
 *         return builder.build();
 *     }
 * }
 * }</pre>
 *
 * <p>Everything else is Jackson's, so a model reads exactly as through its builder: each property's type, its
 * {@code @JsonAlias} names and {@code Optional}-ness come from the model's {@code @JsonProperty} accessor; each value
 * is read by the deserializer Jackson finds for that type (lenient scalars included; a list or map that is not a
 * JSON array or object, such as a single value or {@code ""}, is read whole by Jackson's); a JSON {@code null} (or a
 * value read as {@code null}, such as {@code ""}) becomes what Jackson's null handling gives (empty for lists and
 * maps, {@code null}, that is empty, for an {@code Optional}); unknown properties go to Jackson's unknown-property
 * handling; a blank string reads as a {@code null} model; failures of a setter or of {@code build()} are reported
 * as Jackson reports them.
 *
 * @param <T> the model
 * @param <B> its builder
 */
public abstract class ModelReader<T, B> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** What {@link Property#read} returns for a {@code null} its nulls setting skips. */
    private static final Object SKIP = new Object();

    private final String[] names;
    private transient Properties properties;

    /**
     * @param type  the model
     * @param names the JSON name of each property, as on its accessor's {@code @JsonProperty}; {@link #set} receives
     *              a property by its position in this list
     */
    protected ModelReader(Class<T> type, String... names) {
        super(type);
        this.names = names.clone();
    }

    /** @return a new, empty builder */
    protected abstract B newBuilder();

    /**
     * Sets one value on the builder.
     *
     * @param builder  the builder
     * @param property the property's position in the names given to the constructor
     * @param value    the value, of the accessor's type ({@code T} for an {@code Optional<T>}; {@code null} for
     *                 an empty {@code Optional})
     */
    protected abstract void set(B builder, int property, Object value);

    /**
     * Adds one element of a {@code List} property; the reader of a model with such a property overrides it.
     *
     * @param builder  the builder
     * @param property the property's position in the names given to the constructor
     * @param element  the element, of the list's element type
     */
    protected void add(B builder, int property, Object element) {
        throw new IllegalArgumentException("no list property " + property);
    }

    /**
     * Puts one entry of a {@code Map<String, V>} property; the reader of a model with such a property overrides it.
     *
     * @param builder  the builder
     * @param property the property's position in the names given to the constructor
     * @param key      the entry's key
     * @param value    the entry's value, of type {@code V}
     */
    protected void put(B builder, int property, String key, Object value) {
        throw new IllegalArgumentException("no map property " + property);
    }

    /**
     * @param builder the filled builder
     * @return the model
     */
    protected abstract T build(B builder);

    /**
     * Finds each property's accessor and deserializer, on first use rather than in {@code resolve}: Jackson resolves
     * a deserializer named by {@code @JsonDeserialize(using = ...)} before caching it, so a model holding itself
     * (directly or not) would resolve forever. Two threads may both do it; either's result is the same.
     */
    private Properties properties(DeserializationContext context) throws JsonMappingException {
        Properties known = properties;
        if (known == null) {
            known = resolveProperties(context);
            properties = known;
        }
        return known;
    }

    private Properties resolveProperties(DeserializationContext context) throws JsonMappingException {
        Map<String, Method> accessors = new HashMap<>();
        for (Method method : handledType().getMethods()) {
            JsonProperty annotation = method.getAnnotation(JsonProperty.class);
            if (annotation != null && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
                accessors.put(annotation.value(), method);
            }
        }
        Map<String, Property> byName = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            Method accessor = accessors.get(names[i]);
            if (accessor == null) {
                badDefinition(context, "no accessor with @JsonProperty(\"" + names[i] + "\")");
            }
            Property property = property(context, i, names[i], accessor);
            byName.put(names[i], property);
            JsonAlias aliases = accessor.getAnnotation(JsonAlias.class);
            if (aliases != null) {
                for (String alias : aliases.value()) {
                    byName.putIfAbsent(alias, property);
                }
            }
        }
        return new Properties(byName);
    }

    private void badDefinition(DeserializationContext context, String problem) throws JsonMappingException {
        context.reportBadDefinition(getValueType(context), handledType().getName() + " reader: " + problem);
    }

    private static Property property(DeserializationContext context, int index, String name, Method accessor)
            throws JsonMappingException {
        JavaType declared = context.getTypeFactory().constructType(accessor.getGenericReturnType());
        boolean optional = declared.getRawClass() == Optional.class;
        JavaType type = optional ? declared.containedTypeOrUnknown(0) : declared;
        JsonDeserializer<Object> deserializer = context.findContextualValueDeserializer(type, null);
        JsonDeserializer<Object> content = null;
        Object empty = null;
        if (!optional && type.getRawClass() == List.class) {
            content = context.findContextualValueDeserializer(type.getContentType(), null);
            empty = List.of();
        } else if (!optional && type.getRawClass() == Map.class && type.getKeyType().getRawClass() == String.class) {
            content = context.findContextualValueDeserializer(type.getContentType(), null);
            empty = Map.of();
        }
        Nulls nulls = null;
        if (!optional) { // an Optional's null is empty, whatever its content type's settings say
            DeserializationConfig config = context.getConfig();
            JsonSetter.Value setterInfo = config.getConfigOverride(type.getRawClass()).getSetterInfo();
            nulls = setterInfo == null ? null : setterInfo.nonDefaultValueNulls();
            if (nulls == null) {
                nulls = config.getDefaultSetterInfo().nonDefaultValueNulls();
            }
        }
        return new Property(index, name, type, deserializer, nulls == null ? Nulls.SET : nulls, content, empty);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String name;
        if (parser.isExpectedStartObjectToken()) {
            name = parser.nextFieldName();
        } else if (parser.hasToken(JsonToken.FIELD_NAME)) {
            name = parser.currentName();
        } else if (parser.hasToken(JsonToken.END_OBJECT)) {
            name = null;
        } else {
            return notAnObject(parser, context);
        }
        B builder = newBuilder();
        Properties known = properties(context);
        for (; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            Property property = known.get(name);
            if (property == null) {
                handleUnknownProperty(parser, context, builder, name);
                continue;
            }
            if (property.content != null && (parser.isExpectedStartArrayToken() && property.empty instanceof List
                    || parser.isExpectedStartObjectToken() && property.empty instanceof Map)) {
                readContainer(parser, context, builder, property);
                continue;
            }
            Object value;
            try {
                value = property.read(parser, context);
            } catch (Exception e) {
                throw wrapWithPath(e, builder, name, context);
            }
            if (value != SKIP) {
                try {
                    set(builder, property.index, value);
                } catch (RuntimeException e) {
                    throw wrapWithPath(setterFailure(parser, property, value, e), builder, name, context);
                }
            }
        }
        try {
            return build(builder);
        } catch (RuntimeException e) {
            return instantiationProblem(builder, e, context);
        }
    }

    /**
     * Reads a JSON array into a list property, or a JSON object into a map property, one element or entry at a time;
     * failures carry the same path as through Jackson's own list or map (a list by index, a map by key).
     */
    private void readContainer(JsonParser parser, DeserializationContext context, B builder, Property property)
            throws IOException {
        try {
            set(builder, property.index, property.empty); // a repeated property replaces, as a setter would
        } catch (RuntimeException e) {
            throw wrapWithPath(setterFailure(parser, property, property.empty, e), builder, property.name, context);
        }
        JsonDeserializer<Object> content = property.content;
        if (property.empty instanceof List) {
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                Object element;
                try {
                    element = token == JsonToken.VALUE_NULL ? content.getNullValue(context)
                            : content.deserialize(parser, context);
                } catch (Exception e) {
                    if (e instanceof RuntimeException && !context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                        throw e;
                    }
                    throw wrapWithPath(JsonMappingException.wrapWithPath(e, ArrayList.class, index), builder,
                            property.name, context);
                }
                try {
                    add(builder, property.index, element);
                } catch (RuntimeException e) {
                    throw wrapWithPath(setterFailure(parser, property, element, e), builder, property.name, context);
                }
                index++;
            }
            return;
        }
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            Object value;
            try {
                value = token == JsonToken.VALUE_NULL ? content.getNullValue(context)
                        : content.deserialize(parser, context);
            } catch (Exception e) {
                if (e instanceof RuntimeException && !context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)
                        || e instanceof IOException && !(e instanceof JsonMappingException)) {
                    throw e;
                }
                throw wrapWithPath(JsonMappingException.wrapWithPath(e, LinkedHashMap.class, key), builder,
                        property.name, context);
            }
            try {
                put(builder, property.index, key, value);
            } catch (RuntimeException e) {
                throw wrapWithPath(setterFailure(parser, property, value, e), builder, property.name, context);
            }
        }
    }

    /**
     * Anything but an object: a blank string is a {@code null} model, the rest fails as through the builder (whose
     * class Jackson names, as the type it could not construct).
     */
    private T notAnObject(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING && parser.getText().isBlank()) {
            return null;
        }
        if (token == JsonToken.START_ARRAY && (context.isEnabled(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                || context.isEnabled(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT))) {
            return _deserializeFromArray(parser, context);
        }
        Class<?> builderClass = newBuilder().getClass();
        String from;
        if (token == JsonToken.VALUE_STRING) {
            from = "String-argument constructor/factory method to deserialize from String value ('"
                    + parser.getText() + "')";
        } else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            from = "int/Int-argument constructor/factory method to deserialize from Number value (" + parser.getText() + ")";
        } else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.LONG) {
            from = "long/Long-argument constructor/factory method to deserialize from Number value (" + parser.getText()
                    + ")";
        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            from = "boolean/Boolean-argument constructor/factory method to deserialize from boolean value ("
                    + parser.getText() + ")";
        } else {
            @SuppressWarnings("unchecked")
            T handled = (T) context.handleUnexpectedToken(context.constructType(builderClass), parser);
            return handled;
        }
        return context.reportInputMismatch(builderClass, "Cannot construct instance of `%s` (although at least one "
                + "Creator exists): no %s", builderClass.getName(), from);
    }

    /** A setter's failure, as Jackson's reflective setter call reports it. */
    private static JsonMappingException setterFailure(JsonParser parser, Property property, Object value,
                                                      RuntimeException failure) {
        if (value == null && property.type.isPrimitive()) { // Method.invoke refuses null for a primitive
            return JsonMappingException.from(parser, "Problem deserializing property '" + property.name
                    + "' (expected type: " + property.type + "; actual type: `NULL`), problem: argument type mismatch",
                    failure);
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException
                ? ((JsonProcessingException) root).getOriginalMessage() : root.getMessage();
        return JsonMappingException.from(parser, message, root);
    }

    /** Adds the property to the path of a failure, as Jackson's bean deserializers do. */
    private static IOException wrapWithPath(Throwable failure, Object builder, String name,
                                            DeserializationContext context) throws IOException {
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        boolean wrap = context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
        if (failure instanceof IOException) {
            if (!wrap || !(failure instanceof JsonProcessingException)) {
                throw (IOException) failure;
            }
        } else if (!wrap && failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        return JsonMappingException.wrapWithPath(failure, builder, name);
    }

    /** A failing {@code build()}, reported as Jackson reports it: the builder could not be "constructed". */
    @SuppressWarnings("unchecked")
    private T instantiationProblem(B builder, RuntimeException failure, DeserializationContext context)
            throws IOException {
        if (!context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
            throw failure;
        }
        return (T) context.handleInstantiationProblem(builder.getClass(), null, failure);
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    /**
     * The properties by JSON name: an open-addressing table of names and properties side by side, as Jackson keeps
     * its own. Names from the parser and from the reader are usually the same interned strings, so a lookup is
     * mostly one hash (cached in the string) and one identity comparison.
     */
    private static final class Properties {
        private final String[] names;
        private final Property[] properties;
        private final int mask;

        Properties(Map<String, Property> byName) {
            int size = Integer.highestOneBit(Math.max(4, byName.size() * 4) - 1) << 1;
            names = new String[size];
            properties = new Property[size];
            mask = size - 1;
            byName.forEach((name, property) -> {
                int slot = slot(name);
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = name;
                properties[slot] = property;
            });
        }

        private int slot(String name) {
            int hash = name.hashCode();
            return (hash ^ (hash >>> 16)) & mask;
        }

        Property get(String name) {
            for (int slot = slot(name); ; slot = (slot + 1) & mask) {
                String candidate = names[slot];
                if (candidate == name) {
                    return properties[slot];
                }
                if (candidate == null) {
                    return null;
                }
                if (candidate.equals(name)) {
                    return properties[slot];
                }
            }
        }
    }

    /** One property: where it sits in the names, its value type and deserializer, what its nulls become. */
    private static final class Property {
        final int index;
        final String name;
        final JavaType type;
        final JsonDeserializer<Object> deserializer;
        final Nulls nulls;
        /** The element or entry value deserializer of a list or map read entry by entry, else {@code null}. */
        final JsonDeserializer<Object> content;
        /** The empty list or map set before the first element or entry. */
        final Object empty;

        Property(int index, String name, JavaType type, JsonDeserializer<Object> deserializer, Nulls nulls,
                 JsonDeserializer<Object> content, Object empty) {
            this.index = index;
            this.name = name;
            this.type = type;
            this.deserializer = deserializer;
            this.nulls = nulls;
            this.content = content;
            this.empty = empty;
        }

        Object read(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NULL)) {
                return nullValue(context);
            }
            Object value = deserializer.deserialize(parser, context);
            return value != null ? value : nullValue(context);
        }

        private Object nullValue(DeserializationContext context) throws IOException {
            switch (nulls) {
                case AS_EMPTY:
                    return deserializer.getEmptyValue(context);
                case SKIP:
                    return SKIP;
                case FAIL:
                    throw InvalidNullException.from(context, PropertyName.construct(name), type);
                default:
                    return deserializer.getNullValue(context);
            }
        }
    }
}
