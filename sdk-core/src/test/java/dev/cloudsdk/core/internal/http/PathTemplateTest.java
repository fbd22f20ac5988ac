package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.spi.QueryEncoding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathTemplateTest {

    @Test
    void unreservedCharactersStayAndTheirNeighboursAreEscaped() {
        assertThat(PathTemplate.encodeSegment("id", "azAZ09-._~")).isEqualTo("azAZ09-._~");
        assertThat(PathTemplate.encodeSegment("id", "`{@[/:")).isEqualTo("%60%7B%40%5B%2F%3A");
        assertThat(PathTemplate.encodeSegment("id", "a b+é\u0000")).isEqualTo("a%20b%2B%C3%A9%00");
        assertThat(PathTemplate.encodeSegment("id", "...")).isEqualTo("...");
    }

    @Test
    void queriesEncodeTheSameCharactersAndFormUsesPlus() {
        List<Map.Entry<String, String>> query = List.of(Map.entry("k`", "a b~{"), Map.entry("z", "@"));

        assertThat(QueryEncoding.RFC3986.encode(query)).isEqualTo("k%60=a%20b~%7B&z=%40");
        assertThat(QueryEncoding.FORM_SORTED.encode(query)).isEqualTo("k%60=a+b~%7B&z=%40");
    }

    @Test
    void templatesExpandEveryParameterAndRefuseBrokenOnes() {
        assertThat(PathTemplate.expand("/a/{x}/b/{y}", Map.of("x", "1", "y", "2/3"))).isEqualTo("/a/1/b/2%2F3");
        assertThat(PathTemplate.expand("/{x}", Map.of("x", "v"))).isEqualTo("/v");
        assertThat(PathTemplate.expand("/plain", Map.of())).isEqualTo("/plain");
        assertThatThrownBy(() -> PathTemplate.expand("/a/{x", Map.of("x", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unclosed '{' in path template /a/{x");
        assertThatThrownBy(() -> PathTemplate.expand("/a/{x}", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Path parameter 'x' is required for /a/{x}");
        assertThatThrownBy(() -> PathTemplate.encodeSegment("id", "."))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Path parameter 'id' must not be '.'");
    }
}
