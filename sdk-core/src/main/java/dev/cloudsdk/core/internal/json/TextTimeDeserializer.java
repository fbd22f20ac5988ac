package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Reads a zone-less time written as text, leniently; an empty string reads as {@code null}:
 * <ul>
 *   <li>a date-time: {@code 2024-08-01 00:00:00} (space), {@code 2024-08-01T00:00:00}, fractions of a second, a date
 *       alone (the start of that day), and offset forms (the offset dropped, the local time kept);</li>
 *   <li>a date: {@code 2024-08-01}, or the date of a date-time as above;</li>
 *   <li>a month: {@code 2024-08}.</li>
 * </ul>
 *
 * @param <T> {@link LocalDateTime}, {@link LocalDate} or {@link YearMonth}
 */
final class TextTimeDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final String example;

    private TextTimeDeserializer(Class<T> type, String example) {
        super(type);
        this.example = example;
    }

    /** @return the reader of zone-less date-times */
    static TextTimeDeserializer<LocalDateTime> dateTimes() {
        return new TextTimeDeserializer<>(LocalDateTime.class, "a date-time such as 2024-08-01 00:00:00");
    }

    /** @return the reader of dates */
    static TextTimeDeserializer<LocalDate> dates() {
        return new TextTimeDeserializer<>(LocalDate.class, "a date such as 2024-08-01");
    }

    /** @return the reader of months */
    static TextTimeDeserializer<YearMonth> months() {
        return new TextTimeDeserializer<>(YearMonth.class, "a month such as 2024-08");
    }

    /** Parses by type rather than through a lambda per type: nothing to spin when the mapper is built. */
    private Object parse(String text) {
        if (handledType() == LocalDateTime.class) {
            return LenientTime.parseLocalDateTime(text);
        }
        if (handledType() == YearMonth.class) {
            return YearMonth.parse(text);
        }
        return text.length() > 10 ? LenientTime.parseLocalDateTime(text).toLocalDate() : LocalDate.parse(text);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        String text = parser.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return (T) parse(text);
        } catch (RuntimeException e) {
            return (T) context.handleWeirdStringValue(handledType(), text, "expected " + example);
        }
    }
}
