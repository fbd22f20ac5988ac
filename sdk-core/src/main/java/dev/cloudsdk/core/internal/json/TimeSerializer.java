package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;

/**
 * Writes a {@code java.time} value as ISO-8601 text ({@code 2024-08-01T00:00:00Z}, {@code 2024-08-01},
 * {@code 2024-08-01T00:00:00}), seconds always written, as the APIs document their times.
 *
 * @param <T> the time type
 */
final class TimeSerializer<T extends TemporalAccessor> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient DateTimeFormatter format;

    /**
     * @param type   the time type
     * @param format how it is written
     */
    TimeSerializer(Class<T> type, DateTimeFormatter format) {
        super(type);
        this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(format.format(value));
    }
}
