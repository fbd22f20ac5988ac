package dev.cloudsdk.core.internal.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** Parsing rules shared by the lenient time deserializers and {@link dev.cloudsdk.core.spi.Timestamps}. */
public final class LenientTime {

    /** {@code yyyy-MM-dd[ |T]HH:mm[:ss[.fraction]]}. */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter();

    private LenientTime() {
    }

    static LocalDateTime parseLocalDateTime(String text) {
        LocalDateTime plain = parsePlainLocalDateTime(text);
        if (plain != null) {
            return plain;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        if (hasOffset(text)) {
            return OffsetDateTime.parse(normalizeOffset(text)).toLocalDateTime();
        }
        return LocalDateTime.parse(text, LOCAL);
    }

    /**
     * The common {@code yyyy-MM-dd HH:mm:ss} (or with {@code T}) read digit by digit: the formatter's
     * optional sections copy its parse state and cost most of a model's decoding time. Anything else, or a
     * value the formatter would adjust (such as 31 February), returns {@code null} and goes to the formatter.
     */
    private static LocalDateTime parsePlainLocalDateTime(String text) {
        if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || (text.charAt(10) != ' ' && text.charAt(10) != 'T') || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > 28 && day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** @return the decimal value of {@code length} ASCII digits at {@code start}, or -1 */
    private static int digits(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Reads an instant leniently: RFC 3339 (a space for {@code T} and a lower-case {@code z} accepted), a zone-less
     * date-time or a date alone taken as UTC, or epoch seconds (fractions allowed).
     *
     * @param text the trimmed, non-empty text
     * @return the instant
     * @throws RuntimeException (a {@link java.time.format.DateTimeParseException} or an arithmetic failure) when the
     *                          text is none of these
     */
    public static Instant parseInstant(String text) {
        if (isNumeric(text)) {
            return fromEpochSeconds(new BigDecimal(text));
        }
        if (hasOffset(text)) {
            return OffsetDateTime.parse(normalizeOffset(text)).toInstant();
        }
        return parseLocalDateTime(text).toInstant(ZoneOffset.UTC);
    }

    static Instant fromEpochSeconds(BigDecimal seconds) {
        long whole = seconds.longValue();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    private static boolean isNumeric(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        boolean digit = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.') {
                return false;
            }
        }
        return digit;
    }

    private static boolean hasOffset(String text) {
        if (text.length() <= 10) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == 'Z' || last == 'z') {
            return true;
        }
        String timePart = text.substring(10);
        return timePart.indexOf('+') >= 0 || timePart.lastIndexOf('-') >= 0;
    }

    /** Accepts a space for {@code T} and a lower-case {@code z}. */
    private static String normalizeOffset(String text) {
        String normalized = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        return normalized.endsWith("z") ? normalized.substring(0, normalized.length() - 1) + 'Z' : normalized;
    }
}
