package dev.cloudsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LenientTimeTest {

    private final JsonCodec codec = JsonCodec.standard();

    private <T> T read(String json, Class<T> type) throws Exception {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8), TypeRef.of(type));
    }

    @Test
    void instantsInEveryFormTheseApisSend() throws Exception {
        Instant expected = Instant.parse("2024-08-01T00:00:00Z");
        assertThat(read("\"2024-08-01T00:00:00Z\"", Instant.class)).isEqualTo(expected);
        assertThat(read("\"2024-08-01T09:00:00+09:00\"", Instant.class)).isEqualTo(expected);
        assertThat(read("\"2024-08-01 00:00:00\"", Instant.class)).isEqualTo(expected);
        assertThat(read("1722470400", Instant.class)).isEqualTo(expected);
        assertThat(read("\"1722470400\"", Instant.class)).isEqualTo(expected);
        assertThat(read("1722470400.5", Instant.class)).isEqualTo(expected.plusMillis(500));
        assertThat(read("\"2020-06-29T01:02:03.123Z\"", Instant.class)).isEqualTo(Instant.parse("2020-06-29T01:02:03.123Z"));
        assertThat(read("\"\"", Instant.class)).isNull();
    }

    @Test
    void theDigitByDigitPathAgreesWithTheFormatter() {
        java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
        for (String text : new String[] {"2024-08-01 00:00:00", "1999-12-31 23:59:59", "2024-02-29 12:00:00",
            "2023-02-28 01:02:03", "0001-01-01 00:00:00", "2024-02-31 00:00:00", "2023-02-29 10:00:00",
            "2024-04-31 00:00:00"}) {
            assertThat(LenientTime.parseLocalDateTime(text)).as(text)
                    .isEqualTo(LocalDateTime.parse(text, formatter))
                    .isEqualTo(LenientTime.parseLocalDateTime(text.replace(' ', 'T')));
        }
        for (String text : new String[] {"2024-13-01 00:00:00", "2024-00-10 00:00:00", "2024-01-01 25:00:00",
            "2024-01-01 10:60:00", "2024-01-01 10:00:61", "2024-01-0a 10:00:00", "2024/01/01 10:00:00"}) {
            assertThatThrownBy(() -> LenientTime.parseLocalDateTime(text)).as(text)
                    .isInstanceOf(java.time.DateTimeException.class);
        }
    }

    @Test
    void localDateTimesWithSpaceTeeFractionOrDateOnly() throws Exception {
        LocalDateTime expected = LocalDateTime.of(2024, 8, 1, 12, 30, 5);
        assertThat(read("\"2024-08-01 12:30:05\"", LocalDateTime.class)).isEqualTo(expected);
        assertThat(read("\"2024-08-01T12:30:05\"", LocalDateTime.class)).isEqualTo(expected);
        assertThat(read("\"2024-08-01 12:30:05.250\"", LocalDateTime.class)).isEqualTo(expected.withNano(250_000_000));
        assertThat(read("\"2024-08-01\"", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 8, 1, 0, 0));
    }

    @Test
    void booleansAsYesNoAndNumbersAsStrings() throws Exception {
        assertThat(read("\"Y\"", Boolean.class)).isTrue();
        assertThat(read("\"N\"", Boolean.class)).isFalse();
        assertThat(read("1", Boolean.class)).isTrue();
        assertThat(read("\"false\"", Boolean.class)).isFalse();
        assertThat(read("\"10\"", Integer.class)).isEqualTo(10);
        assertThat(read("\"\"", Integer.class)).isNull();
        assertThat(read("\"7\"", Long.class)).isEqualTo(7L);
    }

    @Test
    void garbageIsADecodingErrorNotASilentNull() {
        assertThatThrownBy(() -> read("\"maybe\"", Boolean.class)).hasMessageContaining("expected a boolean");
        assertThatThrownBy(() -> read("\"yesterday\"", Instant.class)).hasMessageContaining("RFC 3339");
    }
}
