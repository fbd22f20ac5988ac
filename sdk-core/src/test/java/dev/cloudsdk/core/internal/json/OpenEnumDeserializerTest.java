package dev.cloudsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.json.Color;
import dev.cloudsdk.core.json.Widget;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open enums read through their own {@code of(String)}: known constants, unknown values kept, blanks as absent. */
class OpenEnumDeserializerTest {

    private final JsonCodec json = JsonCodec.standard();

    @Test
    void aKnownValueIsTheConstantAndAnUnknownOneIsKept() throws IOException {
        assertThat(read("{\"id\":1,\"color\":\"RED\"}").color()).containsSame(Color.RED);
        Color teal = read("{\"id\":1,\"color\":\"TEAL\"}").color().orElseThrow();
        assertThat(teal.value()).isEqualTo("TEAL");
        assertThat(teal.isKnown()).isFalse();
        assertThat(json.decode("[\"GREEN\",\"RED\"]".getBytes(StandardCharsets.UTF_8), new TypeRef<List<Color>>() { }))
                .containsExactly(Color.GREEN, Color.RED);
    }

    @Test
    void aKnownValueIsMatchedByItsWholeTextAsDecoded() throws IOException {
        assertThat(read("{\"id\":1,\"color\":\"R\\u0045D\"}").color()).containsSame(Color.RED);
        for (String near : List.of("RE", "REDS", "red", "RED ", "GREEN\\u0000")) {
            Color color = read("{\"id\":1,\"color\":\"" + near + "\"}").color().orElseThrow();
            assertThat(color.isKnown()).as(near).isFalse();
            assertThat(color).isNotSameAs(Color.RED).isNotSameAs(Color.GREEN);
        }
    }

    @Test
    void aBlankOrNullValueIsAbsentAndAScalarReadsByItsText() throws IOException {
        assertThat(read("{\"id\":1,\"color\":\"  \"}").color()).isEmpty();
        assertThat(read("{\"id\":1,\"color\":null}").color()).isEmpty();
        assertThat(read("{\"id\":1,\"color\":7}").color().map(Color::value)).contains("7");
    }

    @Test
    void anObjectIsADecodingError() {
        assertThatThrownBy(() -> read("{\"id\":1,\"color\":{\"name\":\"RED\"}}")).isInstanceOf(IOException.class)
                .hasMessageContaining("Color");
    }

    private Widget read(String text) throws IOException {
        return json.decode(text.getBytes(StandardCharsets.UTF_8), TypeRef.of(Widget.class));
    }
}
