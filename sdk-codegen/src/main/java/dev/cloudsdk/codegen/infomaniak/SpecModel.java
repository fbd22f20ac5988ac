package dev.cloudsdk.codegen.infomaniak;

import java.util.ArrayList;
import java.util.List;

/** What the generator reads out of the spec before writing any Java. */
final class SpecModel {

    private SpecModel() {
    }

    /** How a value is held: alone, in a list, or as free JSON. */
    enum Shape { SCALAR, LIST, MAP }

    /** A property of a model, or a flattened query parameter of a params class. */
    static final class Field {
        String wireName;
        String javaName;
        String type;
        Shape shape = Shape.SCALAR;
        boolean plain;
        boolean required;
        boolean redacted;
        String doc = "";
        Integer minLength;
        Integer maxLength;
        Long minimum;
        Long maximum;

        boolean hasConstraints() {
            return minLength != null || maxLength != null || minimum != null || maximum != null;
        }
    }

    /** An immutable model: a response schema, a request body, or an object nested in one. */
    static final class Model {
        String name;
        String doc;
        boolean request;
        final List<Field> fields = new ArrayList<>();
    }

    /** An open enum. */
    static final class OpenEnumType {
        String name;
        String doc;
        final List<String> values = new ArrayList<>();
    }

    /** The optional query parameters of one or more operations. */
    static final class Params {
        String name;
        boolean paged;
        final List<Field> fields = new ArrayList<>();
        final List<String> usedBy = new ArrayList<>();
    }

    /** What an operation returns. */
    enum ReturnKind { PAGE, MODEL, LIST, STRING, RESULT, FILE }

    /** A positional argument: a path parameter or a required query parameter. */
    static final class Argument {
        String wireName;
        String javaName;
        String type;
        boolean path;
        String doc;
    }

    /** One operation, ready to be written as resource methods. */
    static final class Method {
        OperationTable.Operation operation;
        String summary;
        final List<Argument> arguments = new ArrayList<>();
        String bodyType;
        /** Whether the body may be left out: a DELETE whose body has only optional fields. */
        boolean bodyOptional;
        Params params;
        ReturnKind returnKind;
        String returnType;
    }
}
