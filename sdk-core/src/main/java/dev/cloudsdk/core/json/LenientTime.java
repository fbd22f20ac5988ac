package dev.cloudsdk.core.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** Parsing rules shared by the lenient time deserializers. */
final class LenientTime {

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
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        if (hasOffset(text)) {
            return OffsetDateTime.parse(normalizeOffset(text)).toLocalDateTime();
        }
        return LocalDateTime.parse(text, LOCAL);
    }

    static Instant parseInstant(String text) {
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
