package dev.cloudsdk.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Base of the SDK's "open" enums: a set of known constants that also accepts any other value the server
 * sends, and writes it back unchanged. New values on the server never break deserialisation.
 *
 * <p>A subclass declares its constants through a {@link Registry} and a {@code @JsonCreator of(String)}
 * factory; equality is by class and value. Constants compare with {@code equals} (or {@code ==}: the registry
 * hands out one instance per known value), and {@link #value()} is what a {@code switch} takes, with
 * {@code default} for the values a newer API may send:
 *
 * <pre>{@code
 * switch (instance.status().value()) {
 *     case "RUNNING" -> ready(instance);
 *     case "FAILED", "CANCELLED" -> alert(instance);
 *     default -> waitMore(instance);   // DEPLOYING, or a state this SDK version does not know yet
 * }
 * }</pre>
 */
public abstract class OpenEnum {

    private final String value;
    private final boolean known;

    /**
     * Creates a value; only called by the subclass's {@link Registry}.
     *
     * @param value the wire value
     * @param known whether it is one of the declared constants
     */
    protected OpenEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** @return the value exactly as it travels on the wire */
    @JsonValue
    public final String value() {
        return value;
    }

    /** @return whether this value is one of the constants this SDK version knows */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }

    /**
     * Holds the known constants of one open enum and creates instances for unknown values.
     *
     * @param <E> the open enum type
     */
    public static final class Registry<E extends OpenEnum> {
        private final BiFunction<String, Boolean, E> factory;
        private final Map<String, E> known = new LinkedHashMap<>();

        /**
         * Creates a registry.
         *
         * @param factory the subclass's constructor {@code (value, known) -> new E(value, known)}
         */
        public Registry(BiFunction<String, Boolean, E> factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
        }

        /**
         * Declares a known constant; call from static initialisers only.
         *
         * @param value wire value
         * @return the constant
         */
        public synchronized E known(String value) {
            return known.computeIfAbsent(value, v -> factory.apply(v, Boolean.TRUE));
        }

        /**
         * Returns the constant for a value, or a new unknown instance for a value this SDK does not know.
         *
         * @param value wire value, not {@code null}
         * @return the instance
         */
        public E of(String value) {
            Objects.requireNonNull(value, "value");
            E constant = known.get(value);
            return constant != null ? constant : factory.apply(value, Boolean.FALSE);
        }

        /** @return the known constants in declaration order */
        public synchronized List<E> knownValues() {
            return Collections.unmodifiableList(new ArrayList<>(known.values()));
        }
    }
}
