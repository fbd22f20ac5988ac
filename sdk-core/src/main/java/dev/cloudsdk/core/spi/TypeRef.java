package dev.cloudsdk.core.spi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/**
 * A full generic type, captured without Jackson types: {@code new TypeRef<List<PublicCloud>>() {}} or
 * {@link #of(Class)} / {@link #parameterized(Class, Type...)}.
 *
 * @param <T> the type described
 */
public abstract class TypeRef<T> {

    private final Type type;

    /** Captures the type argument of an anonymous subclass. */
    protected TypeRef() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType)) {
            throw new IllegalStateException("TypeRef must be created with a type argument");
        }
        this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
    }

    private TypeRef(Type type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * A reference to a plain class.
     *
     * @param type the class
     * @param <T>  the type
     * @return the reference
     */
    public static <T> TypeRef<T> of(Class<T> type) {
        return new TypeRef<>(type) {
        };
    }

    /**
     * A reference to {@code raw<arguments...>}, e.g. {@code parameterized(Envelope.class, PublicCloud.class)}.
     *
     * @param raw       the generic class
     * @param arguments its type arguments
     * @param <T>       the resulting type
     * @return the reference
     */
    public static <T> TypeRef<T> parameterized(Class<?> raw, Type... arguments) {
        return new TypeRef<>(new SimpleParameterizedType(raw, arguments.clone())) {
        };
    }

    /** @return the captured type */
    public Type type() {
        return type;
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }

    private static final class SimpleParameterizedType implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] arguments;

        SimpleParameterizedType(Class<?> raw, Type[] arguments) {
            this.raw = raw;
            this.arguments = arguments;
        }

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof ParameterizedType)) {
                return false;
            }
            ParameterizedType that = (ParameterizedType) other;
            return raw.equals(that.getRawType()) && Objects.equals(getOwnerType(), that.getOwnerType())
                    && Arrays.equals(arguments, that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ raw.hashCode();
        }

        @Override
        public String getTypeName() {
            StringBuilder sb = new StringBuilder(raw.getTypeName()).append('<');
            for (int i = 0; i < arguments.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
            }
            return sb.append('>').toString();
        }
    }
}
