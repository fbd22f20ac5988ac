package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads a date or a month from ISO-8601 text: {@code 2024-08-01} (a date-time such as {@code 2024-08-01T10:00:00}
 * or {@code 2024-08-01 10:00:00} gives its date), {@code 2024-08}. An empty string reads as {@code null}.
 *
 * @param <T> {@link LocalDate} or {@link YearMonth}
 */
final class DateDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final String example;

    private DateDeserializer(Class<T> type, String example) {
        super(type);
        this.example = example;
    }

    /** @return the reader of dates */
    static DateDeserializer<LocalDate> dates() {
        return new DateDeserializer<>(LocalDate.class, "2024-08-01");
    }

    /** @return the reader of months */
    static DateDeserializer<YearMonth> months() {
        return new DateDeserializer<>(YearMonth.class, "2024-08");
    }

    /** Parses without a lambda per type: nothing to spin when the mapper is built. */
    private Object parse(String text) {
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
            return (T) context.handleWeirdStringValue(handledType(), text, "expected a date such as " + example);
        }
    }
}
