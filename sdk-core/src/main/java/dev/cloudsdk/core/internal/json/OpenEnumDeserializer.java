package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.cloudsdk.core.model.OpenEnum;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reads an open enum ({@link OpenEnum}) from its wire value by calling the type's public static {@code of(String)}
 * directly, once per value: what Jackson does through the type's {@code @JsonCreator}, without a reflective call
 * and a bean deserializer's checks per value (an answer carries many). A scalar that is not a string (a number, a
 * boolean) is read by its text. A type without such a factory is left to Jackson.
 */
final class OpenEnumDeserializer extends StdScalarDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    /** {@code of(String)}, typed {@code (String)Object}. */
    private final transient MethodHandle of;

    private OpenEnumDeserializer(Class<?> type, MethodHandle of) {
        super(type);
        this.of = of;
    }

    /** @return the deserializers of every open enum type whose {@code of(String)} is public */
    static Deserializers provider() {
        return new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription description) {
                Class<?> raw = type.getRawClass();
                if (raw == OpenEnum.class || !OpenEnum.class.isAssignableFrom(raw)) {
                    return null;
                }
                try {
                    MethodHandle of = MethodHandles.publicLookup().findStatic(raw, "of", MethodType.methodType(raw,
                            String.class));
                    return new OpenEnumDeserializer(raw, of.asType(MethodType.methodType(Object.class, String.class)));
                } catch (NoSuchMethodException | IllegalAccessException e) {
                    return null; // not public, or another shape: Jackson's creator handles it
                }
            }
        };
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            return context.handleUnexpectedToken(handledType(), parser);
        }
        String text = parser.getText();
        if (text.isBlank()) {
            return null; // as for every other model value: a blank string is no value
        }
        try {
            return (Object) of.invokeExact(text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
