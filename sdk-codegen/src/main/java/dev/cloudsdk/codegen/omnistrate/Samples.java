package dev.cloudsdk.codegen.omnistrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudsdk.codegen.JavaFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample arguments and answers for every operation, each both as Java code (what the SDK is called with) and
 * as what must travel on the wire, worked out from the spec independently of the SDK's own encoders.
 */
final class Samples {

    /** One sample value: Java source and its JSON form. */
    record Sample(String java, JsonNode json) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSTANT = "2024-01-02T03:04:05Z";

    private final TypeMapper types;

    Samples(TypeMapper types) {
        this.types = types;
    }

    /** @return the Java arguments of a call with every path parameter, body and query parameter set */
    List<String> arguments(Op op) {
        List<String> arguments = new ArrayList<>();
        op.pathParams.forEach(param -> arguments.add(param.type().kind() == JType.Kind.ENUM
                ? value(param.type(), param.javaName()).java() : JavaFile.literal(pathValue(param))));
        if (op.body != null) {
            arguments.add(body(op).java());
        }
        if (op.paramsClass != null) {
            StringBuilder params = new StringBuilder(op.paramsClass + ".builder()");
            for (Op.Param param : op.queryParams) {
                params.append('.').append(param.javaName()).append('(').append(value(param.type(), param.javaName()).java())
                        .append(')');
            }
            arguments.add(params.append(".build()").toString());
        }
        return arguments;
    }

    /** @return the sample value of a path parameter, as sent: an open enum's first value, else a made-up id */
    private String pathValue(Op.Param param) {
        return param.type().kind() == JType.Kind.ENUM ? value(param.type(), param.javaName()).json().asText()
                : param.javaName() + "-1";
    }

    /** @return the path the sample call must request, encoded */
    String path(Op op) {
        String path = op.spec.path();
        for (Op.Param param : op.pathParams) {
            path = path.replace("{" + param.wireName() + "}", encode(pathValue(param)));
        }
        return path;
    }

    /** @return the encoded query the sample call must send, or {@code null} */
    String query(Op op) {
        List<String> pairs = new ArrayList<>();
        for (Op.Param param : op.queryParams) {
            JsonNode value = value(param.type(), param.javaName()).json();
            if (value.isArray()) {
                value.forEach(item -> pairs.add(encode(param.wireName()) + "=" + encode(item.asText())));
            } else {
                pairs.add(encode(param.wireName()) + "=" + encode(value.asText()));
            }
        }
        return pairs.isEmpty() ? null : String.join("&", pairs);
    }

    /** @return the sample body: every top-level property set, nested objects with their required fields */
    Sample body(Op op) {
        if (op.body.kind() != JType.Kind.MODEL) {
            return value(op.body, "event");
        }
        return model(op.body, true);
    }

    /**
     * A spec-shaped answer with the fields the spec requires; a paged answer holds one item.
     *
     * @param op the operation
     * @return the JSON text, or {@code null} when the operation answers without a body
     */
    String answer(Op op) {
        if (op.response == null) {
            return null;
        }
        JsonNode answer;
        if (op.result == Op.Result.ID) {
            answer = NODES.textNode("id-1");
        } else if (op.result == Op.Result.MODEL_LIST) {
            answer = NODES.arrayNode().add(model(op.response.element(), false).json());
        } else {
            ObjectNode object = (ObjectNode) model(op.response, true).json();
            if (op.result == Op.Result.PAGE) {
                object.set(op.pageItems, NODES.arrayNode().add(model(op.pageItemType(types), false).json()));
            }
            answer = object;
        }
        return text(answer);
    }

    /**
     * The scalar fields of a model answer, as {@link #answer(Op)} fills them: accessor and expected Java value.
     *
     * @param op an operation that answers with a model
     * @return accessor name to Java expression, in spec order
     */
    List<String[]> answerFields(Op op) {
        List<String[]> fields = new ArrayList<>();
        for (ModelWriter.Property property : ModelWriter.properties(types, op.response.schema())) {
            if (!property.type().isContainer() && property.type().kind() != JType.Kind.MODEL) {
                fields.add(new String[] {property.java(), value(property.type(), property.java()).java()});
                if (property.instant() != null) { // the text, then the time read from it
                    fields.add(new String[] {property.instant(), value(JType.INSTANT, property.instant()).java()});
                }
            }
        }
        return fields;
    }

    /**
     * The model {@link #answer(Op)} sends, as a Java expression that builds it.
     *
     * @param op an operation that answers with a model
     * @return a builder expression
     */
    String answerModel(Op op) {
        return model(op.response, true).java();
    }

    /** @return JSON as compact text */
    static String text(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sample model(JType type, boolean everyProperty) {
        StringBuilder java = new StringBuilder(type.name() + ".builder()");
        ObjectNode json = NODES.objectNode();
        for (ModelWriter.Property property : ModelWriter.properties(types, type.schema())) {
            boolean nested = property.type().kind() == JType.Kind.MODEL
                    || property.type().element() != null && property.type().element().kind() == JType.Kind.MODEL;
            if (property.requiredContainer() && !everyProperty) { // left empty, and still sent
                json.set(property.json(), property.type().kind() == JType.Kind.LIST ? NODES.arrayNode()
                        : NODES.objectNode());
                continue;
            }
            if (!property.required() && !(everyProperty && !nested)) {
                continue;
            }
            if (property.type().isContainer() && !everyProperty) {
                continue;
            }
            Sample value = value(property.type(), property.java());
            java.append('.').append(property.java()).append('(').append(value.java()).append(')');
            json.set(property.json(), value.json());
        }
        return new Sample(java.append(".build()").toString(), json);
    }

    private Sample value(JType type, String name) {
        return switch (type.kind()) {
            case STRING -> {
                String constraint = type.schema() == null ? "" : type.schema();
                String sample = constraint.startsWith("enum:") ? constraint.substring("enum:".length())
                        : constraint.equals("format:email") ? name + "-1@example.com"
                        : constraint.equals("format:date-time") ? INSTANT : name + "-1";
                yield new Sample(JavaFile.literal(sample), NODES.textNode(sample));
            }
            case OBJECT -> new Sample(JavaFile.literal(name + "-1"), NODES.textNode(name + "-1"));
            case LONG -> new Sample("7L", NODES.numberNode(7L));
            case BOOLEAN -> new Sample("true", NODES.booleanNode(true));
            case DECIMAL -> new Sample("new BigDecimal(\"1.5\")", NODES.numberNode(new java.math.BigDecimal("1.5")));
            case INSTANT -> new Sample("Instant.parse(\"" + INSTANT + "\")", NODES.textNode(INSTANT));
            case ENUM -> {
                String first = type.schema().split("\\|")[0];
                yield new Sample(type.name() + "." + Names.constant(first), NODES.textNode(first));
            }
            case MODEL -> model(type, false);
            case LIST -> {
                Sample item = value(type.element(), name);
                ArrayNode array = NODES.arrayNode().add(item.json());
                yield new Sample("List.of(" + item.java() + ")", array);
            }
            case MAP -> {
                Sample item = value(type.element(), "value");
                ObjectNode object = NODES.objectNode();
                object.set("key", item.json());
                yield new Sample("Map.of(\"key\", " + item.java() + ")", object);
            }
        };
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
