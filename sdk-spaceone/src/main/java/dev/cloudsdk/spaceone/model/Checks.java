package dev.cloudsdk.spaceone.model;

/** Argument checks of the request models. */
final class Checks {

    private Checks() {
    }

    static void requireText(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
