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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an open enum ({@link OpenEnum}) from its wire value by calling the type's public static {@code of(String)}
 * directly, once per value: what Jackson does through the type's {@code @JsonCreator}, without a reflective call
 * and a bean deserializer's checks per value (an answer carries many). A string that is one of the type's known
 * values (its public static {@code knownValues()}) is matched in the parser's characters, so it costs no
 * {@code String}. A scalar that is not a string (a number, a boolean) is read by its text. A type without such a
 * factory is left to Jackson.
 */
final class OpenEnumDeserializer extends StdScalarDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    /** {@code of(String)}, typed {@code (String)Object}. */
    private final transient MethodHandle of;
    /** The known constants by wire value. */
    private final transient KnownValues known;

    private OpenEnumDeserializer(Class<?> type, MethodHandle of, KnownValues known) {
        super(type);
        this.of = of;
        this.known = known;
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
                    return new OpenEnumDeserializer(raw, of.asType(MethodType.methodType(Object.class, String.class)),
                            KnownValues.of(raw));
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
        if (token == JsonToken.VALUE_STRING) {
            Object constant = known.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (constant != null) {
                return constant;
            }
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

    /**
     * The known constants of one open enum type in an open-addressing table keyed by their wire values' characters
     * (hashed like {@link String#hashCode()}, its high bits folded into the low ones).
     */
    static final class KnownValues {
        private static final KnownValues NONE = new KnownValues(List.of());

        private final char[][] values;
        private final OpenEnum[] constants;
        private final int mask;

        private KnownValues(List<? extends OpenEnum> known) {
            int size = Integer.highestOneBit(Math.max(2, known.size() * 2) - 1) << 1;
            values = new char[size][];
            constants = new OpenEnum[size];
            mask = size - 1;
            for (OpenEnum constant : known) {
                char[] value = constant.value().toCharArray();
                int slot = hash(value, 0, value.length) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                values[slot] = value;
                constants[slot] = constant;
            }
        }

        /**
         * @param type an open enum type
         * @return its known constants, from its public static {@code knownValues()}; none if it has no such method
         */
        static KnownValues of(Class<?> type) {
            try {
                MethodHandle knownValues = MethodHandles.publicLookup().findStatic(type, "knownValues",
                        MethodType.methodType(List.class));
                List<?> constants = (List<?>) knownValues.invoke();
                List<OpenEnum> known = new ArrayList<>(constants.size());
                for (Object constant : constants) {
                    known.add((OpenEnum) constant);
                }
                return new KnownValues(known);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) { // no public knownValues(): every value goes through of(String)
                return NONE;
            }
        }

        /** @return the constant whose wire value is these characters, or {@code null} */
        OpenEnum find(char[] text, int offset, int length) {
            for (int slot = hash(text, offset, length) & mask; ; slot = (slot + 1) & mask) {
                char[] value = values[slot];
                if (value == null) {
                    return null;
                }
                if (matches(value, text, offset, length)) {
                    return constants[slot];
                }
            }
        }

        /** A plain loop: wire values are a few characters, too short for {@code Arrays.equals}' vectorized compare. */
        private static boolean matches(char[] value, char[] text, int offset, int length) {
            if (value.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (value[i] != text[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(char[] text, int offset, int length) {
            int hash = 0;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + text[i];
            }
            return hash ^ (hash >>> 16);
        }
    }
}
