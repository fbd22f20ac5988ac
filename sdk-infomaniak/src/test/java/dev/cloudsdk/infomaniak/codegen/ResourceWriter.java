package dev.cloudsdk.infomaniak.codegen;

import dev.cloudsdk.infomaniak.codegen.SpecModel.Argument;
import dev.cloudsdk.infomaniak.codegen.SpecModel.Method;
import dev.cloudsdk.infomaniak.codegen.SpecModel.ReturnKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Writes the resource clients: one class per resource, three or two overloads per operation. */
final class ResourceWriter {

    static final String PACKAGE = "dev.cloudsdk.infomaniak";

    private ResourceWriter() {
    }

    static String resource(OperationTable table, OperationTable.Resource resource,
                           List<OperationTable.Resource> children, List<Method> methods) {
        TreeSet<String> imports = new TreeSet<>(List.of("dev.cloudsdk.core.RequestOptions",
                "dev.cloudsdk.core.spi.ApiRequest", "dev.cloudsdk.core.http.HttpMethod",
                "dev.cloudsdk.infomaniak.internal.InfomaniakCalls", "java.util.Objects"));
        StringBuilder body = new StringBuilder();
        body.append("\n    private final InfomaniakCalls calls;\n");
        for (OperationTable.Resource child : children) {
            body.append("    private final ").append(child.className()).append(' ').append(child.accessor())
                    .append(";\n");
        }
        body.append("\n    ").append(resource.className()).append("(InfomaniakCalls calls) {\n")
                .append("        this.calls = calls;\n");
        for (OperationTable.Resource child : children) {
            body.append("        this.").append(child.accessor()).append(" = new ").append(child.className())
                    .append("(calls);\n");
        }
        body.append("    }\n");
        for (OperationTable.Resource child : children) {
            body.append('\n');
            JavaText.javadoc(body, "    ", List.of("@return " + JavaText.fragment(child.doc())));
            body.append("    public ").append(child.className()).append(' ').append(child.accessor())
                    .append("() {\n        return ").append(child.accessor()).append(";\n    }\n");
        }
        for (Method method : methods) {
            writeMethod(body, resource, method, imports);
        }
        body.append("}\n");

        StringBuilder out = new StringBuilder(InfomaniakCodegen.HEADER).append("package ").append(PACKAGE)
                .append(";\n\n");
        imports.forEach(name -> out.append("import ").append(name).append(";\n"));
        out.append('\n');
        JavaText.javadoc(out, "", List.of(resource.doc(), "Reached through {@link InfomaniakClient#cloud()}"
                + (resource.parent() == null ? "" : path(resource, table)) + ". Thread-safe."));
        out.append("public final class ").append(resource.className()).append(" {\n");
        return out.append(body).toString();
    }

    private static String path(OperationTable.Resource resource, OperationTable table) {
        StringBuilder chain = new StringBuilder();
        OperationTable.Resource current = resource;
        while (current.parent() != null) {
            chain.insert(0, "." + current.accessor() + "()");
            current = table.resources.get(current.parent());
        }
        return " as {@code cloud()" + chain + "}";
    }

    private static void writeMethod(StringBuilder out, OperationTable.Resource resource, Method method,
                                    TreeSet<String> imports) {
        OperationTable.Operation operation = method.operation;
        String returnType = returnType(method, imports);
        List<String> declared = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Argument argument : method.arguments) {
            declared.add(argument.type + " " + argument.javaName);
            names.add(argument.javaName);
            docs.add("@param " + argument.javaName + " " + argument.doc);
        }
        String summary = method.summary + " Sends {@code " + operation.method() + " " + operation.path() + "}.";
        String returns = "@return " + returnDoc(method);
        String throwsDoc = "@throws dev.cloudsdk.core.error.ApiException when the API answers with an error, also "
                + "one sent with HTTP 200";
        String optionsDoc = "@param options per-call options" + (method.returnKind == ReturnKind.PAGE
                ? ", reused for the following pages" : "");
        String name = operation.javaName();
        List<String> required = new ArrayList<>(declared);
        List<String> requiredNames = new ArrayList<>(names);
        List<String> requiredDocs = new ArrayList<>(docs);
        List<String> defaults = new ArrayList<>();
        if (method.bodyType != null) {
            imports.add(ModelWriter.PACKAGE + "." + method.bodyType);
            if (method.bodyOptional) {
                List<String> doc = new ArrayList<>(List.of(summary + " Sends an empty body."));
                doc.addAll(docs);
                doc.add(returns);
                doc.add(throwsDoc);
                signature(out, doc, returnType, name, declared);
                out.append(delegation(name, join(names, method.bodyType + ".builder().build()",
                        "RequestOptions.none()")));
            }
            declared.add(method.bodyType + " body");
            names.add("body");
            docs.add("@param body what to send");
            if (method.bodyOptional) {
                defaults.add(method.bodyType + ".builder().build()");
            } else {
                required.add(method.bodyType + " body");
                requiredNames.add("body");
                requiredDocs.add("@param body what to send");
            }
        }

        if (method.params != null) {
            String paramsType = method.params.name;
            List<String> doc = new ArrayList<>(List.of(summary));
            doc.addAll(docs);
            doc.add(returns);
            doc.add(throwsDoc);
            signature(out, doc, returnType, name, declared);
            out.append(delegation(name, join(names, paramsType + ".builder().build()", "RequestOptions.none()")));
            declared.add(paramsType + " params");
            names.add("params");
            docs.add("@param params optional parameters");
            defaults.add(paramsType + ".builder().build()");
        }
        if (!defaults.isEmpty()) {
            List<String> doc = new ArrayList<>(List.of(summary));
            doc.addAll(requiredDocs);
            doc.add(optionsDoc);
            doc.add(returns);
            doc.add(throwsDoc);
            List<String> withOptions = new ArrayList<>(required);
            withOptions.add("RequestOptions options");
            signature(out, doc, returnType, name, withOptions);
            List<String> arguments = new ArrayList<>(defaults);
            arguments.add("options");
            out.append(delegation(name, join(requiredNames, arguments.toArray(String[]::new))));
        }
        List<String> doc = new ArrayList<>(List.of(summary));
        doc.addAll(docs);
        doc.add(returns);
        doc.add(throwsDoc);
        signature(out, doc, returnType, name, declared);
        out.append(delegation(name, join(names, "RequestOptions.none()")));

        doc.add(doc.size() - 2, optionsDoc);
        declared.add("RequestOptions options");
        signature(out, doc, returnType, name, declared);
        for (Argument argument : method.arguments) {
            out.append("        ").append(argument.type.equals("long") ? "Arguments.requirePositive(" : "Arguments.requireText(")
                    .append(argument.javaName).append(", \"").append(argument.javaName).append("\");\n");
            imports.add("dev.cloudsdk.core.spi.Arguments");
        }
        if (method.bodyType != null) {
            out.append("        Objects.requireNonNull(body, \"body\");\n");
        }
        if (method.params != null) {
            out.append("        Objects.requireNonNull(params, \"params\");\n");
        }
        out.append("        Objects.requireNonNull(options, \"options\");\n");
        String start = "        ApiRequest.Builder request = ApiRequest.builder(HttpMethod." + operation.method() + ",";
        String path = "\"" + operation.path() + "\")";
        out.append(start).append(start.length() + 1 + path.length() <= 120 ? " " : "\n                ").append(path);
        for (Argument argument : method.arguments) {
            out.append("\n                .").append(argument.path ? "pathParameter" : "query").append("(\"")
                    .append(argument.wireName).append("\", ").append(argument.javaName).append(')');
        }
        if (method.bodyType != null) {
            out.append("\n                .jsonBody(body)");
        }
        if (method.returnKind == ReturnKind.FILE) {
            out.append("\n                .header(\"Accept\", \"application/octet-stream, */*;q=0.5\")");
        }
        if (operation.sensitive()) {
            out.append("\n                .sensitive(true)");
        }
        out.append("\n                .operation(\"").append(JavaText.decapitalize(resource.className())).append('.')
                .append(name).append("\");\n");
        if (method.params != null) {
            out.append("        params.applyTo(request);\n");
        }
        out.append("        return ").append(call(method, names)).append(";\n    }\n");
    }

    private static void signature(StringBuilder out, List<String> doc, String returnType, String name,
                                  List<String> declared) {
        out.append('\n');
        JavaText.javadoc(out, "    ", doc);
        String line = "    public " + returnType + " " + name + "(" + String.join(", ", declared) + ") {";
        if (line.length() <= 120) {
            out.append(line).append('\n');
            return;
        }
        String start = "    public " + returnType + " " + name + "(";
        out.append(start);
        int column = start.length();
        for (int i = 0; i < declared.size(); i++) {
            String part = declared.get(i) + (i == declared.size() - 1 ? ") {" : ",");
            if (i > 0 && column + 1 + part.length() > 120) {
                out.append('\n').append(" ".repeat(start.length()));
                column = start.length();
            } else if (i > 0) {
                out.append(' ');
                column++;
            }
            out.append(part);
            column += part.length();
        }
        out.append('\n');
    }

    /** {@code return name(arguments);} and the method's end, the arguments on a second line when too long. */
    private static String delegation(String name, String arguments) {
        String line = "        return " + name + "(" + arguments + ");";
        if (line.length() > 120) {
            line = "        return " + name + "(\n                " + arguments + ");";
        }
        return line + "\n    }\n";
    }

    private static String join(List<String> names, String... extra) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(extra));
        return String.join(", ", all);
    }

    private static String call(Method method, List<String> names) {
        String type = method.returnType;
        switch (method.returnKind) {
            case PAGE:
                List<String> next = new ArrayList<>(names.subList(0, names.size() - 1));
                next.add("params.toBuilder().page(next).build()");
                next.add("options");
                return "calls.page(request.build(), options, " + type + ".class, params.page(),\n"
                        + "                next -> " + method.operation.javaName() + "(" + String.join(", ", next)
                        + "))";
            case LIST:
                return "calls.data(request.build(), options,\n                TypeRef.parameterized(List.class, " + type
                        + ".class))";
            case RESULT:
                return "calls.result(request.build(), options, " + type + ".class)";
            case FILE:
                return "calls.download(request.build(), options)";
            default:
                return "calls.data(request.build(), options, TypeRef.of(" + type + ".class))";
        }
    }

    private static String returnType(Method method, TreeSet<String> imports) {
        String type = method.returnType;
        if (method.returnKind == ReturnKind.FILE) {
            imports.add("dev.cloudsdk.core.http.Download");
            return type;
        }
        if (!type.equals("String") && !type.equals("Boolean") && !type.equals("Long") && !type.equals("Object")) {
            imports.add(ModelWriter.PACKAGE + "." + type);
        }
        switch (method.returnKind) {
            case PAGE:
                imports.add("dev.cloudsdk.core.pagination.Page");
                return "Page<" + type + ">";
            case LIST:
                imports.add("dev.cloudsdk.core.spi.TypeRef");
                imports.add("java.util.List");
                return "List<" + type + ">";
            case RESULT:
                imports.add(ModelWriter.PACKAGE + ".ApiResult");
                return "ApiResult<" + type + ">";
            default:
                imports.add("dev.cloudsdk.core.spi.TypeRef");
                return type;
        }
    }

    private static String returnDoc(Method method) {
        switch (method.returnKind) {
            case PAGE:
                return "the first page with its {@code page}, {@code pages} and total; {@link Page#autoPager()} "
                        + "walks every item of the following pages";
            case LIST:
                return "every item";
            case RESULT:
                if (method.returnType.equals("Long")) {
                    return "the result, whose data is the new resource's identifier; "
                            + "{@link ApiResult#isPending()} tells whether the work continues on the server";
                }
                return "the result, whose data is {@code true} on success; {@link ApiResult#isPending()} tells "
                        + "whether the work continues on the server";
            case STRING:
                return "the text the API returned";
            case FILE:
                return "the file: its bytes, content type and suggested name";
            default:
                return "the " + JavaText.fragment(JavaText.prose(method.returnType.replaceAll("([a-z])([A-Z])",
                        "$1 $2")).toLowerCase());
        }
    }
}
