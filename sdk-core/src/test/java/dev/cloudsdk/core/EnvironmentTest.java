package dev.cloudsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void aMapEnvironmentTrimsValuesAndTreatsBlankAsUnset() {
        Environment env = Environment.of(Map.of("A", "  value  ", "BLANK", "   "));

        assertThat(env.get("A")).contains("value");
        assertThat(env.get("BLANK")).isEmpty();
        assertThat(env.get("MISSING")).isEmpty();
        assertThat(env.require("A")).isEqualTo("value");
        assertThatThrownBy(() -> env.require("BLANK")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Environment variable BLANK is not set (or set it as the system property -DBLANK)");
        assertThatThrownBy(() -> Environment.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMapEnvironmentIgnoresSystemPropertiesAndTheSystemOneReadsThemFirst() {
        String name = "cloudsdk.test.env." + System.nanoTime();
        System.setProperty(name, " from-property ");
        try {
            assertThat(Environment.of(Map.of(name, "from-map")).get(name)).contains("from-map");
            assertThat(Environment.system().get(name)).contains("from-property");
            System.setProperty(name, " ");
            assertThat(Environment.system().get(name)).as("a blank property falls back to the variable").isEmpty();
        } finally {
            System.clearProperty(name);
        }
        assertThat(Environment.system().get("PATH")).isEqualTo(java.util.Optional.ofNullable(System.getenv("PATH"))
                .map(String::trim).filter(v -> !v.isEmpty()));
    }
}
