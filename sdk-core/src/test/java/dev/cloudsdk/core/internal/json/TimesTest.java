package dev.cloudsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code java.time} types the models use are written as ISO-8601 text, seconds always written, and read
 * leniently, without Jackson's date/time module.
 */
class TimesTest {

    private final ObjectMapper mapper = JsonMappers.newObjectMapper();

    @Test
    void timesAreWrittenAsIsoText() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("instant", Instant.parse("2024-08-01T00:00:00Z"));
        values.put("localDateTime", LocalDateTime.of(2024, 8, 1, 10, 0));
        values.put("localDate", LocalDate.of(2024, 8, 1));
        values.put("offset", OffsetDateTime.of(2024, 8, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9)));
        values.put("zoned", ZonedDateTime.of(2024, 8, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        values.put("month", YearMonth.of(2024, 8));
        values.put("duration", Duration.ofSeconds(90));

        assertThat(mapper.writeValueAsString(values)).isEqualTo("{\"instant\":\"2024-08-01T00:00:00Z\","
                + "\"localDateTime\":\"2024-08-01T10:00:00\",\"localDate\":\"2024-08-01\","
                + "\"offset\":\"2024-08-01T10:00:00+09:00\",\"zoned\":\"2024-08-01T10:00:00Z\","
                + "\"month\":\"2024-08\",\"duration\":\"PT1M30S\"}");
    }

    @Test
    void datesAndMonthsAreReadLeniently() throws Exception {
        assertThat(mapper.readValue("\"2024-08-01\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(mapper.readValue("\"2024-08-01T23:30:00\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(mapper.readValue("\"2024-08-01 23:30:00\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(mapper.readValue("\"\"", LocalDate.class)).isNull();
        assertThat(mapper.readValue("\"2024-08\"", YearMonth.class)).isEqualTo(YearMonth.of(2024, 8));
        assertThat(mapper.readValue("\"2024-08-01 00:00:00\"", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 8, 1, 0, 0));
        assertThat(mapper.readValue("1700000000", Instant.class)).isEqualTo(Instant.ofEpochSecond(1700000000));
    }

    @Test
    void textThatIsNoDateFailsNamingWhatWasExpected() {
        assertThat(catchThrowable(() -> mapper.readValue("\"August\"", LocalDate.class)))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("expected a date such as 2024-08-01");
    }

    @Test
    void aTimeTypeNoModelUsesFailsNamingItself() {
        assertThat(catchThrowable(() -> mapper.writeValueAsString(LocalTime.NOON)))
                .hasMessageContaining("java.time.LocalTime");
    }
}
