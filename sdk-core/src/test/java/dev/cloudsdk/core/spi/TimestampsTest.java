package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.error.ResponseDecodingException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A time kept as text reads with the JSON mapping's lenient rules, and text that is no time names its field. */
class TimestampsTest {

    @Test
    void rfc3339AndItsVariantsRead() {
        assertThat(parse("2021-01-01T00:00:00Z")).contains(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(parse("2021-01-01T09:00:00.5+09:00")).contains(Instant.parse("2021-01-01T00:00:00.500Z"));
        assertThat(parse("2021-01-01 00:00:00+00:00")).contains(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(parse("2021-01-01T00:00:00z")).contains(Instant.parse("2021-01-01T00:00:00Z"));
    }

    @Test
    void zoneLessTextIsUtc() {
        assertThat(parse("2024-08-01 12:30:00")).contains(Instant.parse("2024-08-01T12:30:00Z"));
        assertThat(parse("2024-08-01T12:30")).contains(Instant.parse("2024-08-01T12:30:00Z"));
        assertThat(parse("2024-08-01")).contains(Instant.parse("2024-08-01T00:00:00Z"));
    }

    @Test
    void epochSecondsRead() {
        assertThat(parse("1700000000")).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(parse("1700000000.25")).contains(Instant.ofEpochSecond(1_700_000_000L, 250_000_000));
    }

    @Test
    void noTextAndBlankTextAreNoTime() {
        assertThat(Timestamps.parse("M.t", Optional.empty())).isEmpty();
        assertThat(parse("")).isEmpty();
        assertThat(parse("  ")).isEmpty();
        assertThat(parse(" 2021-01-01T00:00:00Z ")).contains(Instant.parse("2021-01-01T00:00:00Z"));
    }

    @Test
    void textThatIsNoTimeNamesItsFieldTheTypeAndTheText() {
        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
                () -> Timestamps.parse("HostCluster.createdAt", Optional.of("yesterday")));

        assertThat(e).hasMessage("HostCluster.createdAt: expected an Instant (an RFC 3339 date-time or epoch seconds), "
                + "got \"yesterday\"");
        assertThat(e.jsonPath()).contains("HostCluster.createdAt");
        assertThat(e.rawValue()).contains("yesterday");
        assertThat(e.statusCode()).isZero();
        assertThat(e.bodySnippet()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(e.getCause()).isInstanceOf(DateTimeException.class);
    }

    @Test
    void aLongValueIsQuotedInPartAndKeptWhole() {
        String raw = "x".repeat(300);

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
                () -> Timestamps.parse("M.t", Optional.of(raw)));

        assertThat(e.getMessage()).endsWith("got \"" + "x".repeat(200) + "...\"");
        assertThat(e.rawValue()).contains(raw);
    }

    @Test
    void aWholeBodyFailureHasNoFieldOrValue() {
        ResponseDecodingException e = new ResponseDecodingException("bad", 200, "{", "r1", null);

        assertThat(e.jsonPath()).isEmpty();
        assertThat(e.rawValue()).isEmpty();
        assertThat(e.statusCode()).isEqualTo(200);
    }

    private static Optional<Instant> parse(String text) {
        return Timestamps.parse("M.t", Optional.of(text));
    }
}
