package dev.cloudsdk.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@code fromEnv()} reads configuration: environment variables, each overridable by a system
 * property of the same name ({@code -DINFOMANIAK_API_TOKEN=...}). Blank values count as absent.
 */
public final class Environment {

    private final Map<String, String> variables;
    private final boolean systemProperties;

    private Environment(Map<String, String> variables, boolean systemProperties) {
        this.variables = variables;
        this.systemProperties = systemProperties;
    }

    /** @return the process environment, overridden by system properties */
    public static Environment system() {
        return new Environment(System.getenv(), true);
    }

    /**
     * A fixed set of variables, for tests and tools.
     *
     * @param variables name to value
     * @return the environment
     */
    public static Environment of(Map<String, String> variables) {
        return new Environment(Map.copyOf(Objects.requireNonNull(variables, "variables")), false);
    }

    /**
     * Looks a variable up.
     *
     * @param name variable name
     * @return its non-blank value
     */
    public Optional<String> get(String name) {
        String value = systemProperties ? System.getProperty(name) : null;
        if (value == null || value.isBlank()) {
            value = variables.get(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * Looks a required variable up.
     *
     * @param name variable name
     * @return its value
     * @throws IllegalStateException naming the variable when it is missing
     */
    public String require(String name) {
        return get(name).orElseThrow(() -> new IllegalStateException(
                "Environment variable " + name + " is not set (or set it as the system property -D" + name + ")"));
    }
}
