package dev.cloudsdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * A builder property whose setter is called through {@link MemberCalls} rather than {@code Method.invoke}.
 * Reads the value exactly as Jackson's {@code MethodProperty} does: the same deserializer, and for JSON
 * {@code null} (or a value read as {@code null}) the property's null provider, which may skip the setter.
 * Every other path goes to the original property.
 */
final class DirectSetterProperty extends FluentSetterProperty {

    private static final long serialVersionUID = 1L;

    DirectSetterProperty(SettableBeanProperty original, BiFunction<Object, Object, Object> setter) {
        super(original, setter);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty newDelegate) {
        return new DirectSetterProperty(newDelegate, setter);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser parser, DeserializationContext context, Object instance)
            throws IOException {
        if (setter == null) {
            return delegate.deserializeSetAndReturn(parser, context, instance);
        }
        Object value = parser.hasToken(JsonToken.VALUE_NULL) ? null
                : delegate.getValueDeserializer().deserialize(parser, context);
        if (value == null) {
            NullValueProvider nulls = delegate.getNullValueProvider();
            if (NullsConstantProvider.isSkipper(nulls)) {
                return instance;
            }
            value = nulls.getNullValue(context);
        }
        return set(parser, instance, value);
    }
}
