package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Makes every object (bean or builder-based model) read a blank string as {@code null}: SCP sends
 * {@code ""} where its schema has an object ({@code server_type_description}).
 */
final class EmptyStringAsNullModifier extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return deserializer instanceof BeanDeserializerBase ? new BlankAsNull(deserializer) : deserializer;
    }

    private static final class BlankAsNull extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        BlankAsNull(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new BlankAsNull(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getText().isBlank()) {
                return null;
            }
            return super.deserialize(parser, context);
        }
    }
}
