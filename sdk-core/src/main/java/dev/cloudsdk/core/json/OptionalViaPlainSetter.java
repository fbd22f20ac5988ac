package dev.cloudsdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * A builder property {@code name(Optional<T>)} read through its plain overload {@code name(T)}: a present
 * value is deserialized with the deserializer Jackson uses for {@code T} in this property (so
 * {@code @JsonFormat}, lenient scalars and blank-as-null work as before) and passed as is, with no
 * {@code Optional} in between. JSON {@code null}, and every path other than a plain read into the builder,
 * go to the original property, so null handling ({@code @JsonSetter(nulls)}) is unchanged.
 *
 * <p>Relies on the Immutables contract that {@code name(Optional.ofNullable(v))} and {@code name(v)}
 * set the same state; {@link DirectCallsModifier} only installs it on such overload pairs.
 */
final class OptionalViaPlainSetter extends FluentSetterProperty {

    private static final long serialVersionUID = 1L;

    /** Marks a property whose content can not be read directly; it then always uses the original. */
    private static final JsonDeserializer<Object> UNSUPPORTED = new JsonDeserializer<>() {
        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            throw new UnsupportedOperationException();
        }
    };

    private static final String JDK8_OPTIONAL_DESERIALIZER = "com.fasterxml.jackson.datatype.jdk8.OptionalDeserializer";

    private transient volatile JsonDeserializer<Object> contentDeserializer;

    OptionalViaPlainSetter(SettableBeanProperty optionalProperty, BiFunction<Object, Object, Object> plainSetter) {
        super(optionalProperty, plainSetter);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty newDelegate) {
        return new OptionalViaPlainSetter(newDelegate, setter);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser parser, DeserializationContext context, Object instance)
            throws IOException {
        JsonDeserializer<Object> content = contentDeserializer;
        if (content == null) {
            content = resolveContent(context);
            contentDeserializer = content;
        }
        if (content == UNSUPPORTED || parser.hasToken(JsonToken.VALUE_NULL)) {
            return delegate.deserializeSetAndReturn(parser, context, instance);
        }
        return set(parser, instance, content.deserialize(parser, context));
    }

    /**
     * Finds the deserializer {@code Optional<T>}'s reference deserializer would use for {@code T}, the
     * same way it does; {@link #UNSUPPORTED} when {@code T} is polymorphic or carries its own handler.
     */
    private JsonDeserializer<Object> resolveContent(DeserializationContext context) throws IOException {
        JavaType contentType = getType().getReferencedType();
        JsonDeserializer<Object> original = delegate.getValueDeserializer();
        if (setter == null || !(original instanceof ReferenceTypeDeserializer)
                || !JDK8_OPTIONAL_DESERIALIZER.equals(original.getClass().getName())
                || ((ReferenceTypeDeserializer<?>) original).getValueInstantiator() != null
                || contentType.getValueHandler() != null || contentType.getTypeHandler() != null
                || context.getFactory().findTypeDeserializer(context.getConfig(), contentType) != null) {
            return UNSUPPORTED;
        }
        return context.findContextualValueDeserializer(contentType, this);
    }
}
