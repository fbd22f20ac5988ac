package dev.cloudsdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * A builder property that calls a fluent setter ({@code Builder name(T)}) through a function from
 * {@link MemberCalls}; everything it does not override goes to the original property.
 */
abstract class FluentSetterProperty extends SettableBeanProperty.Delegating {

    private static final long serialVersionUID = 1L;

    /** {@code null} only after Java serialization, when subclasses fall back to the original property. */
    protected final transient BiFunction<Object, Object, Object> setter;

    FluentSetterProperty(SettableBeanProperty original, BiFunction<Object, Object, Object> setter) {
        super(original);
        this.setter = setter;
    }

    @Override
    public final void deserializeAndSet(JsonParser parser, DeserializationContext context, Object instance)
            throws IOException {
        deserializeSetAndReturn(parser, context, instance);
    }

    /** Calls the setter; a failure is reported the way Jackson reports a failing setter. */
    final Object set(JsonParser parser, Object instance, Object value) throws IOException {
        try {
            Object result = setter.apply(instance, value);
            return result == null ? instance : result;
        } catch (RuntimeException e) {
            _throwAsIOE(parser, e, value);
            return null;
        }
    }
}
