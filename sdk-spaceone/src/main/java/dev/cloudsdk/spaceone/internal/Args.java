package dev.cloudsdk.spaceone.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Argument checks of the resource methods: each failure names the argument. */
public final class Args {

    private Args() {
    }

    /**
     * @param value an id or other required text
     * @param name  the argument's name
     * @return the value
     * @throws NullPointerException     if it is {@code null}
     * @throws IllegalArgumentException if it is blank
     */
    public static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * @param values field names or keys
     * @param name   the argument's name
     * @param allowEmpty whether an empty list is acceptable
     * @return an unmodifiable copy
     * @throws NullPointerException     if the list or an element is {@code null}
     * @throws IllegalArgumentException if an element is blank, or the list is empty when it may not be
     */
    public static List<String> requireTexts(Collection<String> values, String name, boolean allowEmpty) {
        Objects.requireNonNull(values, name);
        if (!allowEmpty && values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (String value : values) {
            requireText(value, name + " element");
        }
        return List.copyOf(values);
    }
}
