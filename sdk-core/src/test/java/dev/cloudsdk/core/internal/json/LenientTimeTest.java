package dev.cloudsdk.core.internal.json;

import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @Test
    void everyBooleanSpellingTheseApisSend() throws Exception {
        for (String yes : new String[] {"true", "1", "-3", "\"Y\"", "\" yes \"", "\"TRUE\"", "\"1\"", "\"t\""}) {
            assertThat(read("{\"b\":" + yes + "}", Flag.class).b).as(yes).isTrue();
        }
        for (String no : new String[] {"false", "0", "\"n\"", "\"No\"", "\"false\"", "\"0\"", "\"F\""}) {
            assertThat(read("{\"b\":" + no + "}", Flag.class).b).as(no).isFalse();
        }
        assertThat(read("{\"b\":null}", Flag.class).b).isNull();
        assertThat(read("{\"b\":\"  \"}", Flag.class).b).isNull();
        assertThatThrownBy(() -> read("{\"b\":[true]}", Flag.class)).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> read("{\"b\":1.5}", Flag.class)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void anInvalidDateTimeIsAParseErrorNamingTheText() {
        for (String text : new String[] {"2024-13-01 00:00:00", "2024-00-10 00:00:00", "2024-01-00 00:00:00",
            "2024-01-32 00:00:00", "2024-01-01 25:00:00", "2024-01-01 10:60:00", "2024-01-01 10:00:60",
            "2024-01-0a 10:00:00", "-024-01-01 10:00:00", "2024-01-01X10:00:00", "2024-01-01 10-00:00",
            "2024/01-01 10:00:00", "2024-01/01 10:00:00"}) {
            assertThatThrownBy(() -> LenientTime.parseLocalDateTime(text)).as(text)
                    .isInstanceOf(java.time.format.DateTimeParseException.class).hasMessageContaining(text.substring(0, 10));
        }
    }

    @Test
    void theLastValidValuesOfEachFieldAreRead() {
        assertThat(LenientTime.parseLocalDateTime("2023-12-31 23:59:59"))
                .isEqualTo(LocalDateTime.of(2023, 12, 31, 23, 59, 59));
        assertThat(LenientTime.parseLocalDateTime("2024-01-01T00:00:00")).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
        assertThat(LenientTime.parseLocalDateTime("2024-02-29 09:08:07")).isEqualTo(LocalDateTime.of(2024, 2, 29, 9, 8, 7));
        assertThat(LenientTime.parseLocalDateTime("2024-10-28 19:09:10")).isEqualTo(LocalDateTime.of(2024, 10, 28, 19, 9, 10));
        assertThat(LenientTime.parseLocalDateTime("2024-08-01T12:30:05+09:00")).isEqualTo(LocalDateTime.of(2024, 8, 1, 12, 30, 5));
        assertThat(LenientTime.parseLocalDateTime("2024-08-01 12:30:05z")).isEqualTo(LocalDateTime.of(2024, 8, 1, 12, 30, 5));
        assertThat(LenientTime.parseLocalDateTime("2024-08-01T12:30:05-02:00")).isEqualTo(LocalDateTime.of(2024, 8, 1, 12, 30, 5));
    }

    @Test
    void instantsWithOffsetsSpacesAndNegativeEpochs() throws Exception {
        assertThat(read("\"2024-08-01 09:00:00+09:00\"", Instant.class)).isEqualTo(Instant.parse("2024-08-01T00:00:00Z"));
        assertThat(read("\"2024-08-01T02:00:00-02:00\"", Instant.class)).isEqualTo(Instant.parse("2024-08-01T04:00:00Z"));
        assertThat(read("\"2024-08-01T00:00:00z\"", Instant.class)).isEqualTo(Instant.parse("2024-08-01T00:00:00Z"));
        assertThat(read("\"2024-08-01\"", Instant.class)).isEqualTo(Instant.parse("2024-08-01T00:00:00Z"));
        assertThat(read("-1.5", Instant.class)).isEqualTo(Instant.ofEpochSecond(-2, 500_000_000));
        assertThat(read("\"-10\"", Instant.class)).isEqualTo(Instant.ofEpochSecond(-10));
        assertThat(read("\"0\"", Instant.class)).isEqualTo(Instant.EPOCH);
        assertThat(read("{\"at\":null}", Stamp.class).at).isNull();
        assertThat(read("{\"at\":\"2024-08-01 00:00:00\"}", Stamp.class).at).isEqualTo(Instant.parse("2024-08-01T00:00:00Z"));
        assertThat(read("{\"local\":\"2024-08-01 00:00:00\"}", Stamp.class).local)
                .isEqualTo(LocalDateTime.of(2024, 8, 1, 0, 0));
        assertThat(read("{\"local\":\"\"}", Stamp.class).local).isNull();
        assertThatThrownBy(() -> read("{\"local\":\"soon\"}", Stamp.class)).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> read("\"-\"", Instant.class)).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> read("\".\"", Instant.class)).isInstanceOf(java.io.IOException.class);
    }

    /** A field read through the lenient boolean deserializer. */
    static final class Flag {
        public Boolean b;
    }

    /** Fields read through the lenient time deserializers. */
    static final class Stamp {
        public Instant at;
        public LocalDateTime local;
    }
}
