package dev.cloudsdk.infomaniak.internal;

import java.util.Optional;

/**
 * Argument checks shared by the resource clients and the request models; each failure is an
 * {@link IllegalArgumentException} naming the argument, raised before anything is sent.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Requires a positive identifier.
     *
     * @param value the identifier
     * @param name  the argument's name
     * @return the value
     */
    public static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * Requires a non-blank text.
     *
     * @param value the text
     * @param name  the argument's name
     * @return the value
     */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Requires a text length within bounds, when the text is present.
     *
     * @param value the text, if given
     * @param min   the smallest length allowed, or {@code -1} for none
     * @param max   the largest length allowed, or {@code -1} for none
     * @param name  the field's name
     */
    public static void length(Optional<String> value, int min, int max, String name) {
        value.ifPresent(text -> length(text, min, max, name));
    }

    /**
     * Requires a text length within bounds.
     *
     * @param value the text
     * @param min   the smallest length allowed, or {@code -1} for none
     * @param max   the largest length allowed, or {@code -1} for none
     * @param name  the field's name
     */
    public static void length(String value, int min, int max, String name) {
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
     * Requires a number within bounds, when it is present.
     *
     * @param value the number, if given
     * @param min   the smallest value allowed, or {@code null} for none
     * @param max   the largest value allowed, or {@code null} for none
     * @param name  the field's name
     */
    public static void range(Optional<? extends Number> value, Long min, Long max, String name) {
        value.ifPresent(number -> range(number.longValue(), min, max, name));
    }

    /**
     * Requires a number within bounds.
     *
     * @param value the number
     * @param min   the smallest value allowed, or {@code null} for none
     * @param max   the largest value allowed, or {@code null} for none
     * @param name  the field's name
     */
    public static void range(long value, Long min, Long max, String name) {
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
