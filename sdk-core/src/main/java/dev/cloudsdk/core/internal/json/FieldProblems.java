package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import dev.cloudsdk.core.error.ResponseDecodingException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object that its {@link ModelReader} could not read: each as the
 * {@link ResponseDecodingException} the model's accessor throws, naming where the value is in the answer (a path
 * such as {@code $.data[0].tags}), the Java type expected and the value received.
 */
final class FieldProblems {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, ResponseDecodingException> byName = new LinkedHashMap<>();

    private FieldProblems() {
    }

    /**
     * @param problems the problems so far, or {@code null} for none
     * @param name     the field's JSON name
     * @param problem  why it could not be read
     * @return the problems with this one
     */
    static FieldProblems add(FieldProblems problems, String name, ResponseDecodingException problem) {
        FieldProblems added = problems == null ? new FieldProblems() : problems;
        added.byName.put(name, problem);
        return added;
    }

    /** @param name a field read again, without a problem this time: the last value is the one kept */
    void forget(String name) {
        byName.remove(name);
    }

    /** @return whether the field already has a problem */
    boolean has(String name) {
        return byName.containsKey(name);
    }

    /** @return the problems by JSON name, in the order found */
    Map<String, ResponseDecodingException> byName() {
        return byName;
    }

    /**
     * Describes a field whose value failed to read, and moves the parser to the last token of that value so that
     * reading goes on with the next field.
     *
     * @param parser   where the failure left it
     * @param context  the reading
     * @param object   the context of the object holding the field
     * @param name     the field's JSON name
     * @param expected the field's Java type
     * @param failure  what reading it threw
     * @return the problem
     * @throws IOException when the rest of the value cannot be read past
     */
    static ResponseDecodingException failed(JsonParser parser, DeserializationContext context, JsonStreamContext object,
                                            String name, JavaType expected, Exception failure) throws IOException {
        JsonToken token = parser.currentToken();
        JsonStreamContext at = parser.getParsingContext();
        String where = locationOf(at);
        String raw = null;
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            raw = parser.getText();
        } else if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && at.getParent() == object) {
            raw = context.readTree(parser).toString(); // the whole value is what did not fit
        }
        while (parser.getParsingContext() != object && parser.nextToken() != null) {
            // past the rest of the value
        }
        String field = pathOf(object) + step(name);
        String message = field + ": expected " + describe(expected) + ", got " + kind(token)
                + (where.equals(field) ? "" : " at " + where);
        return new ResponseDecodingException(message, 0, null, null, where, raw, failure);
    }

    /**
     * @param path     where the field should be
     * @param expected its Java type
     * @return the problem of a field the API documents as always sent, missing from the answer (or {@code null})
     */
    static ResponseDecodingException missing(String path, JavaType expected) {
        return new ResponseDecodingException(path + ": missing, expected " + describe(expected)
                + " (the API documents it as always sent)", 0, null, null, path, null, null);
    }

    /** @return the path of the object (or array) whose context this is, such as {@code $.data[0]} */
    static String pathOf(JsonStreamContext context) {
        return context == null ? "$" : locationOf(context.getParent());
    }

    /** @return the step from an object to its field, {@code .name} or {@code ['odd name']} */
    static String step(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }

    /** @return the path of the value a context is at: its container's path and its index or field name */
    private static String locationOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "$";
        }
        String container = locationOf(context.getParent());
        if (context.inArray()) {
            return container + "[" + context.getCurrentIndex() + "]";
        }
        String name = context.getCurrentName();
        return name == null ? container : container + step(name);
    }

    private static String describe(JavaType type) {
        if (type.containedTypeCount() == 0) {
            return type.getRawClass().getSimpleName();
        }
        StringJoiner arguments = new StringJoiner(", ", type.getRawClass().getSimpleName() + "<", ">");
        for (int index = 0; index < type.containedTypeCount(); index++) {
            arguments.add(describe(type.containedType(index)));
        }
        return arguments.toString();
    }

    private static String kind(JsonToken token) {
        if (token == null) {
            return "the end of the answer";
        }
        switch (token) {
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            default:
                return "a value that does not fit";
        }
    }
}
