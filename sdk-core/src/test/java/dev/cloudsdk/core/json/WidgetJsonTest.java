package dev.cloudsdk.core.json;

import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WidgetJsonTest {

    private final JsonCodec codec = JsonCodec.standard();

    private Widget read(String json) throws Exception {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8), TypeRef.of(Widget.class));
    }

    @Test
    void readsLenientValuesAndKeepsUnknownEnumValues() throws Exception {
        Widget widget = read("{\"id\":\"7\",\"name\":\"w\",\"count\":\"10\",\"enabled_yn\":\"Y\","
                + "\"created_at\":\"2024-08-01 00:00:00\",\"expired_at\":1700000000,\"color\":\"PURPLE\","
                + "\"tags\":[\"a\"],\"data\":{\"k\":1},\"child\":\"\",\"unknown_field\":{\"x\":1}}");

        assertThat(widget.id()).isEqualTo(7L);
        assertThat(widget.count()).contains(10);
        assertThat(widget.enabled()).contains(true);
        assertThat(widget.createdAt()).contains(LocalDateTime.of(2024, 8, 1, 0, 0));
        assertThat(widget.expiredAt()).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(widget.color()).hasValueSatisfying(color -> {
            assertThat(color.value()).isEqualTo("PURPLE");
            assertThat(color.isKnown()).isFalse();
        });
        assertThat(widget.tags()).containsExactly("a");
        assertThat(widget.data()).containsEntry("k", 1);
        assertThat(widget.child()).isEmpty();
    }

    @Test
    void writesOnlyWhatWasSetAndRoundTripsUnknownEnumValues() throws Exception {
        Widget widget = Widget.builder().id(1).color(Color.of("PURPLE")).build();
        String json = new String(codec.encode(widget), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"id\":1,\"color\":\"PURPLE\",\"tags\":[],\"data\":{}}");
        assertThat(read(json)).isEqualTo(widget);
    }

    @Test
    void nullCollectionsAndObjectsReadAsEmpty() throws Exception {
        Widget widget = read("{\"id\":1,\"tags\":null,\"data\":null,\"name\":null,\"child\":null}");
        assertThat(widget.tags()).isEmpty();
        assertThat(widget.data()).isEmpty();
        assertThat(widget.name()).isEmpty();
        assertThat(widget.child()).isEmpty();
    }

    @Test
    void knownEnumValuesAreTheConstants() throws Exception {
        assertThat(read("{\"id\":1,\"color\":\"RED\"}").color()).containsSame(Color.RED);
        assertThat(Color.knownValues()).containsExactly(Color.RED, Color.GREEN);
    }

    @Test
    void toStringHidesRedactedFieldsAndToBuilderCopies() {
        Widget widget = Widget.builder().id(1).secret("hunter2").tags(List.of("t")).data(Map.of()).build();
        assertThat(widget.toString()).doesNotContain("hunter2").contains("****");
        assertThat(widget.toBuilder().name("n").build().name()).contains("n");
    }
}
