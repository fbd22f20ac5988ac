package dev.cloudsdk.core.internal.json;

/**
 * Puts one map entry into a builder: the shape of an Immutables {@code put<Name>(key, value)} as {@link ModelReader}
 * calls it. Public because the classes {@code LambdaMetafactory} spins for it live in the builder's package.
 */
@FunctionalInterface
public interface EntrySink {

    /**
     * @param builder the builder
     * @param key     the entry's key
     * @param value   the entry's value
     */
    void put(Object builder, String key, Object value);
}
