package dev.cloudsdk.core.model;

import dev.cloudsdk.core.json.Color;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenEnumTest {

    @Test
    void knownValuesAreSingletonsAndUnknownOnesStillCompareByValue() {
        Color blue = Color.of("BLUE");

        assertThat(Color.of("RED")).isSameAs(Color.RED);
        assertThat(Color.RED.isKnown()).isTrue();
        assertThat(blue.isKnown()).isFalse();
        assertThat(blue).isEqualTo(Color.of("BLUE")).isNotEqualTo(Color.RED).isNotEqualTo("BLUE").isNotEqualTo(null);
        assertThat(blue.hashCode()).isEqualTo(Color.of("BLUE").hashCode()).isNotEqualTo(Color.RED.hashCode());
        assertThat(blue).hasToString("BLUE");
        assertThat(blue.value()).isEqualTo("BLUE");
        assertThat(Color.knownValues()).containsExactly(Color.RED, Color.GREEN);
        assertThat(Color.knownValues().get(0)).isSameAs(Color.RED);
        assertThatThrownBy(() -> Color.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Color.knownValues().add(blue)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSameValueOfAnotherEnumIsNotEqual() {
        OpenEnum.Registry<Shade> shades = new OpenEnum.Registry<>(Shade::new);

        assertThat((Object) shades.known("RED")).isNotEqualTo(Color.RED);
        assertThat(shades.known("RED").hashCode()).isNotEqualTo(Color.RED.hashCode());
    }

    static final class Shade extends OpenEnum {
        Shade(String value, boolean known) {
            super(value, known);
        }
    }
}
