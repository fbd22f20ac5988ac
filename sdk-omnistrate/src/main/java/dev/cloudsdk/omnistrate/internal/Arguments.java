package dev.cloudsdk.omnistrate.internal;

import java.util.Objects;

/** Argument checks shared by the resource classes; they run before any network call. Not API. */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Checks an id that goes into the path.
     *
     * @param value the id
     * @param name  the argument's name, for the message
     * @return the id
     * @throws NullPointerException     naming the argument when it is {@code null}
     * @throws IllegalArgumentException naming the argument when it is blank
     */
    public static String requireId(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
