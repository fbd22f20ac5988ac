package dev.cloudsdk.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The argument checks every provider module runs before a call is sent, so that a bad argument fails early with
 * a message naming it: {@code null} is a {@link NullPointerException} with the argument's name as message, any
 * other unusable value an {@link IllegalArgumentException} saying why. For provider modules.
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * @param value an id or other text that must say something
     * @param name  the argument's name
     * @return the value
     * @throws NullPointerException     if it is {@code null}
     * @throws IllegalArgumentException if it is empty or blank
     */
    public static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * @param values     texts that must each say something
     * @param name       the argument's name
     * @param allowEmpty whether an empty collection is fine
     * @return an unmodifiable copy
     * @throws NullPointerException     if the collection or an element is {@code null}
     * @throws IllegalArgumentException if an element is blank, or the collection is empty when it may not be
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

    /**
     * @param value a number that must be greater than zero (a numeric id)
     * @param name  the argument's name
     * @return the value
     * @throws IllegalArgumentException if it is zero or negative
     */
    public static long requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * @param value a text, if present
     * @param min   the shortest allowed length, or -1 for none
     * @param max   the longest allowed length, or -1 for none
     * @param name  the argument's name
     * @throws IllegalArgumentException if the text is present and too short or too long
     */
    public static void requireLength(Optional<String> value, int min, int max, String name) {
        value.ifPresent(text -> requireLength(text, min, max, name));
    }

    /**
     * @param value a text
     * @param min   the shortest allowed length, or -1 for none
     * @param max   the longest allowed length, or -1 for none
     * @param name  the argument's name
     * @throws IllegalArgumentException if it is too short or too long
     */
    public static void requireLength(String value, int min, int max, String name) {
        if (min >= 0 && value.length() < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + " characters long, was "
                    + value.length());
        }
        if (max >= 0 && value.length() > max) {
            throw new IllegalArgumentException(name + " must be at most " + max + " characters long, was "
                    + value.length());
        }
    }

    /**
     * @param value a number, if present
     * @param min   the smallest allowed value, or {@code null} for none
     * @param max   the largest allowed value, or {@code null} for none
     * @param name  the argument's name
     * @throws IllegalArgumentException if the number is present and out of range
     */
    public static void requireRange(Optional<? extends Number> value, Long min, Long max, String name) {
        value.ifPresent(number -> requireRange(number.longValue(), min, max, name));
    }

    /**
     * @param value a number
     * @param min   the smallest allowed value, or {@code null} for none
     * @param max   the largest allowed value, or {@code null} for none
     * @param name  the argument's name
     * @throws IllegalArgumentException if it is out of range
     */
    public static void requireRange(long value, Long min, Long max, String name) {
        if (min != null && max != null && (value < min || value > max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        if (min != null && value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
        if (max != null && value > max) {
            throw new IllegalArgumentException(name + " must be at most " + max + ", was " + value);
        }
    }
}
